package coveragebot;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.Reply;
import coveragebot.testing.FakeTokens;
import coveragebot.testing.TestLogs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs last (its own failsafe execution, after every unit and *IT test; see the pom) and reads
 * everything the run logged: each test JVM's log (logback-test.xml: the bot and JDA at DEBUG, every
 * reply of the command layer, every request sent to the fake Discord), the logs and output of the
 * bot processes, and the test reports. No token value the tests used, and nothing shaped like a
 * Discord bot token, may appear anywhere. Checks first that the logs hold what they should, so the
 * scan cannot pass on empty files.
 */
class TokenScanIT {
  private static final Map<Path, List<String>> LOGS = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    Path dir = TestLogs.dir();
    Path target = dir.toAbsolutePath().getParent();
    for (Path root :
        List.of(dir, target.resolve("surefire-reports"), target.resolve("failsafe-reports"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          LOGS.put(f, lines(f));
        }
      }
    }
  }

  /** Lines of a file, with any byte that is not UTF-8 replaced rather than failing the read. */
  private static List<String> lines(Path f) throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  private static List<String> linesOf(String glob) {
    var matcher = TestLogs.dir().getFileSystem().getPathMatcher("glob:" + glob);
    List<String> out = new ArrayList<>();
    LOGS.forEach(
        (f, lines) -> {
          if (matcher.matches(TestLogs.dir().relativize(f)) || matcher.matches(f.getFileName())) {
            out.addAll(lines);
          }
        });
    return out;
  }

  private static long count(List<String> lines, String part) {
    return lines.stream().filter(l -> l.contains(part)).count();
  }

  @Test
  void theLogsOfTheWholeRunAreThereAndHoldEveryKindOfReply() {
    List<String> unit = linesOf("unit-tests-*.log");
    assertThat(unit).as("the unit tests' log (did the unit tests run?)").isNotEmpty();
    List<String> replies =
        unit.stream().filter(l -> l.contains(" coveragebot.replies - ")).toList();
    assertThat(replies).as("replies of the command layer").hasSizeGreaterThan(1_000);
    for (Class<?> type : Reply.class.getPermittedSubclasses()) {
      assertThat(count(replies, "-> " + type.getSimpleName() + "["))
          .as("replies of type " + type.getSimpleName())
          .isPositive();
    }
    assertThat(count(unit, " coveragebot.test.discord - POST /api/v10/interactions/"))
        .as("replies sent to the fake Discord")
        .isGreaterThan(10);
    assertThat(count(unit, " net.dv8tion.")).as("JDA's own lines").isGreaterThan(10);

    List<String> it = linesOf("integration-tests-*.log");
    assertThat(count(it, " coveragebot.test.discord - POST /api/v10/interactions/"))
        .as("the bot process's replies to the fake Discord")
        .isPositive();
    assertThat(linesOf("discord-process/coverage-bot.log"))
        .as("the Discord bot process's log")
        .anyMatch(l -> l.contains("Registered"));
    assertThat(linesOf("discord-process/output.log"))
        .as("what the Discord bot process printed")
        .anyMatch(l -> l.contains("Invite it with"));
    assertThat(linesOf("ask-process/output.log"))
        .as("what bin/coverage-bot printed")
        .anyMatch(l -> l.contains("\"type\" : \"search\"") || l.contains("\"type\":\"search\""));
    assertThat(linesOf("ask-process/coverage-bot.log")).as("bin/coverage-bot's log").isNotEmpty();
  }

  @Test
  void noTokenAndNothingShapedLikeOneAppearsAnywhere() {
    List<String> tokens = new ArrayList<>(FakeTokens.ALL);
    String real = System.getenv("DISCORD_TOKEN");
    if (real != null && !real.isBlank()) {
      tokens.add(real.strip());
    }
    assertThat(LOGS).as("files scanned").hasSizeGreaterThan(5);
    List<String> found = new ArrayList<>();
    LOGS.forEach((file, lines) -> found.addAll(findings(file.toString(), lines, tokens)));
    assertThat(found).as("token values or token-shaped strings in the test run's output").isEmpty();
  }

  @Test
  void theScanFindsATokenAndATokenShape() {
    String line = "12:00 DEBUG x - sent " + FakeTokens.BOT + " to Discord";
    assertThat(findings("sample", List.of(line), FakeTokens.ALL))
        .containsExactly(
            "sample:1: token value " + FakeTokens.BOT.substring(0, 4) + "…",
            "sample:1: shaped like a Discord token: " + FakeTokens.BOT.substring(0, 4) + "…");
    assertThat(findings("sample", List.of("auth " + FakeTokens.REFUSED), FakeTokens.ALL))
        .hasSize(1);
    assertThat(findings("sample", List.of("U.S. NATO 2024-11-05 a.b.c"), FakeTokens.ALL)).isEmpty();
  }

  /**
   * Where a token value or a token-shaped string occurs, as {@code file:line: what}; the finding
   * shows only the first four characters, so a real token found would not be printed again.
   */
  static List<String> findings(String file, List<String> lines, List<String> tokens) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (String t : tokens) {
        if (line.contains(t)) {
          found.add(file + ":" + (i + 1) + ": token value " + t.substring(0, 4) + "…");
        }
      }
      Matcher m = FakeTokens.SHAPE.matcher(line);
      while (m.find()) {
        found.add(
            file
                + ":"
                + (i + 1)
                + ": shaped like a Discord token: "
                + m.group().substring(0, 4)
                + "…");
      }
    }
    return found;
  }
}
