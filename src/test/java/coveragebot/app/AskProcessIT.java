package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coveragebot.testing.TestLogs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bin/coverage-bot} as a separate process, the way a user does, after {@code package}
 * has built the jar (failsafe). The launcher finds the JDK itself; we only point it at the jar.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AskProcessIT {

  record Result(int code, String out, String err) {}

  private static final Path LOGS = TestLogs.dir("ask-process").toAbsolutePath();

  @BeforeAll
  static void freshLogs() throws Exception {
    Files.deleteIfExists(LOGS.resolve("output.log"));
    Files.deleteIfExists(LOGS.resolve("coverage-bot.log"));
  }

  /** The launcher's environment for a test: no Discord token, the built jar, this JDK. */
  private static ProcessBuilder launcher(ProcessBuilder pb) {
    pb.environment().remove("DISCORD_TOKEN");
    pb.environment()
        .put(
            "COVERAGE_BOT_JAR",
            Path.of(System.getProperty("coveragebot.jar", "target/coverage-bot.jar"))
                .toAbsolutePath()
                .toString());
    pb.environment()
        .put(
            "JAVA_HOME",
            System.getProperty("coveragebot.javaHome", System.getProperty("java.home")));
    // The bot's log goes where TokenScanIT reads it, not into the project's logs/.
    pb.environment().put("COVERAGE_BOT_JAVA_OPTS", "-Dcoveragebot.logDir=" + LOGS);
    return pb;
  }

  static Result launch(List<String> args) throws Exception {
    return launch(args, Map.of());
  }

  static Result launch(List<String> args, Map<String, String> env) throws Exception {
    return launch(args, env, null);
  }

  /** As {@link #launch(List, Map)}, run from {@code folder} (null: the project). */
  static Result launch(List<String> args, Map<String, String> env, Path folder) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                folder == null
                    ? "bin/coverage-bot"
                    : Path.of("bin/coverage-bot").toAbsolutePath().toString()));
    command.addAll(args);
    ProcessBuilder pb = launcher(new ProcessBuilder(command));
    if (folder != null) {
      pb.directory(folder.toFile());
    }
    pb.environment().putAll(env);
    Path out = Files.createTempFile("ask", ".out");
    Path err = Files.createTempFile("ask", ".err");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(new File("/dev/null"));
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("bin/coverage-bot finished").isTrue();
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    // What the user saw, kept for TokenScanIT.
    Files.writeString(
        LOGS.resolve("output.log"),
        "$ " + String.join(" ", command) + "\n" + r.out() + r.err() + "exit " + r.code() + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return r;
  }

  @Test
  void askJsonFromTheLauncherParsesAndQuotesVerbatim() throws Exception {
    Result r = launch(List.of("ask", "/search who will NATO work with", "--json"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("results")).isNotEmpty();
    for (JsonNode item : json.get("results")) {
      String file =
          Files.readString(Path.of("seeds", item.get("file").asText()), StandardCharsets.UTF_8);
      assertThat(file.substring(item.get("start").asInt(), item.get("end").asInt()))
          .isEqualTo(item.get("text").asText());
    }
  }

  /**
   * Under the POSIX locale (LC_ALL=C, as in many containers and cron jobs) the JVM would read the
   * arguments as ASCII and "Zürich" would reach the bot as "Z\uFFFD\uFFFDrich": the launcher picks
   * a UTF-8 locale there.
   */
  @Test
  void aPosixLocaleStillPassesLettersBeyondAscii() throws Exception {
    Result r =
        launch(
            List.of("ask", "/quote Rutte about:Zürich", "--json"),
            Map.of("LC_ALL", "C", "LANG", "C"));
    JsonNode json = new ObjectMapper().readTree(r.out());
    if (utf8LocaleAvailable()) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(json.get("query").asText()).isEqualTo("Zürich");
    } else { // nothing to switch to: the letters are lost, and the bot says so
      assertThat(r.code()).isEqualTo(2);
      assertThat(json.get("error").get("message").asText()).contains("the locale's character set");
    }
  }

  private static boolean utf8LocaleAvailable() throws Exception {
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "for l in C.UTF-8 en_US.UTF-8; do"
                    + " [ \"$(LC_ALL=$l locale charmap 2>/dev/null)\" = UTF-8 ] && echo UTF-8 && break;"
                    + " done; true")
            .redirectErrorStream(true)
            .start();
    String charmap = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return charmap.equals("UTF-8");
  }

  /**
   * The launcher's start-up cache: on JDK 25+ an ahead-of-time cache made by a training run before
   * the first command (one line on stderr, nothing on stdout but the answer), on older JDKs a
   * class-data archive written by the first run. The second run must use the AOT cache: with {@code
   * -XX:AOTMode=on} the JVM refuses to start when it cannot.
   */
  @Test
  @org.junit.jupiter.api.Order(1) // first, so that the other tests here start with the cache
  void theFirstRunPreparesTheStartUpCacheAndTheNextUsesIt() throws Exception {
    String jar = System.getProperty("coveragebot.jar", "target/coverage-bot.jar");
    boolean aot = Runtime.version().feature() >= 25; // the launcher runs this JDK (JAVA_HOME)
    Path cache = Path.of(jar.replaceFirst("\\.jar$", aot ? ".aot" : ".jsa"));
    Files.deleteIfExists(cache);
    Files.deleteIfExists(Path.of(cache + ".failed"));
    Result r = launch(List.of("ask", "/sources", "--json"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("type").asText()).isEqualTo("sources");
    assertThat(cache).exists();
    if (!aot) {
      assertThat(r.err()).isEmpty();
      return;
    }
    assertThat(r.err())
        .isEqualTo(
            "coverage-bot: preparing the start-up cache (once for this jar, about 15 s)...\n");
    assertThat(Path.of(cache + ".log")).content().contains("train: ");
    for (List<String> args :
        List.of(
            List.of("ask", "/sources", "--json"),
            List.of("bench", "--commands", "sources", "--queries", "10", "--json"))) {
      Result again =
          launch(
              args,
              Map.of("COVERAGE_BOT_JAVA_OPTS", "-XX:AOTMode=on -Dcoveragebot.logDir=" + LOGS));
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(again.err()).as("nothing on stderr, no second training").isEmpty();
      assertThat(new ObjectMapper().readTree(again.out()).isObject()).isTrue();
    }
  }

  /**
   * The prompt in a terminal with stderr sent to a file (as {@code bin/coverage-bot 2>log} does):
   * the line editor then loads its native library, which the JDK warns about unless the launcher
   * allows native access. The terminal is a pseudo-terminal made by {@code script}.
   */
  @Test
  void thePromptWithStderrToAFileWarnsNothing() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new File("/usr/bin/script").canExecute(), "needs script(1) for a pseudo-terminal");
    Path err = Files.createTempFile("prompt", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(
            "/usr/bin/script", "-qec", "bin/coverage-bot terminal 2>" + err, "/dev/null");
    launcher(pb);
    Path in = Files.createTempFile("prompt", ".in");
    Files.writeString(in, "/sources\nexit\n");
    Path out = Files.createTempFile("prompt", ".out");
    pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the prompt finished").isTrue();
    String shown = Files.readString(out, StandardCharsets.UTF_8);
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(in);
    Files.delete(out);
    Files.delete(err);
    assertThat(shown).as("the prompt ran").contains("5 articles");
    assertThat(errors).isEmpty();
  }

  /**
   * A log folder the bot cannot write (here a file is in its way): one line on stderr, and the
   * answer on stdout still parses. logback printed its status and a stack trace on stdout.
   */
  @Test
  void aLogFolderThatCannotBeWrittenIsOneLineOnStderr() throws Exception {
    Path blocker = Files.createTempFile("logs", ".file");
    Result r =
        launch(
            List.of("ask", "/quote Rutte", "--json"),
            Map.of("COVERAGE_BOT_JAVA_OPTS", "-Dcoveragebot.logDir=" + blocker));
    Files.delete(blocker);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("type").asText()).isEqualTo("quote");
    assertThat(r.err().lines().toList())
        .containsExactly(
            "coverage-bot: cannot write the log "
                + blocker.resolve("coverage-bot.log")
                + " ("
                + blocker
                + " is a file, not a folder); warnings and errors go to stderr only.");
  }

  @Test
  void withoutAJdk21TheLauncherSaysWhatToInstall() throws Exception {
    Result r =
        launch(
            List.of("ask", "/help"),
            Map.of(
                "JAVA_HOME", "/nonexistent",
                "PATH", "/usr/bin:/bin",
                "COVERAGE_BOT_JDK_DIRS", "/nonexistent/*/"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("coverage-bot needs Java 21 or newer, and none was found")
        .contains("apt-get install openjdk-21-jdk");
  }

  @Test
  void badInputFromTheLauncherExitsTwoWithOneLine() throws Exception {
    Result r = launch(List.of("ask", "/search", "   "));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void exportArticlesFromTheLauncher() throws Exception {
    Result r = launch(List.of("export", "articles", "--json"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("articles")).hasSize(5);
    assertThat(json.get("articles").get(0).get("source").get("published").asText())
        .isEqualTo("2024-11-05T09:07");
  }

  @Test
  void fromAnotherFolderTheUsersPathsAreReadFromThereAndTheDefaultsAreTheProjects()
      throws Exception {
    Path folder = Files.createTempDirectory("ask-elsewhere");
    Path seeds = Files.createDirectories(folder.resolve("c1/seeds"));
    Files.writeString(seeds.resolve("one.txt"), "Headline\nThe only story text here.\n");
    Result mine = launch(List.of("--seeds", "c1/seeds", "ask", "/sources"), Map.of(), folder);
    assertThat(mine.code()).as(mine.err()).isZero();
    assertThat(mine.out()).contains("one.txt").doesNotContain("Khaleej Times");
    Result missing = launch(List.of("--seeds", "c2", "ask", "/sources"), Map.of(), folder);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .contains(
            "Cannot read the articles folder "
                + folder.toRealPath().resolve("c2")
                + ": no such folder");
    Result project = launch(List.of("ask", "/sources"), Map.of(), folder);
    assertThat(project.code()).as(project.err()).isZero();
    assertThat(project.out()).contains("Khaleej Times");
  }
}
