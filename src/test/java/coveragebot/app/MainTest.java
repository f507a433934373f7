package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, messages and JSON, as a user sees them. */
class MainTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void askPrintsTheAnswerAndExitsZero() {
    Run r = run("ask", "/search", "who", "will", "NATO", "work", "with");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("we will work with Kamala Harris").contains("also in:");
  }

  @Test
  void askJsonFollowsTheContract() throws IOException {
    Run r = run("ask", "/search who will NATO work with", "--json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("type").asText()).isEqualTo("search");
    for (String field : new String[] {"query", "limit", "results", "note", "missing"}) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    assertThat(json.get("missing").isArray()).isTrue();
    JsonNode first = json.get("results").get(0);
    for (String field :
        new String[] {"text", "file", "start", "end", "source", "link", "score", "also_in"}) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    for (String field : new String[] {"file", "outlet", "title", "url", "published", "byline"}) {
      assertThat(first.get("source").has(field)).as("source." + field).isTrue();
    }
  }

  @Test
  void badInputIsOneLineOnStdoutAndExitCodeTwo() {
    Run empty = run("ask", "/search");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.out().strip())
        .isEqualTo("/search needs a question. For example: /search who will NATO work with");
    Run unknown = run("ask", "/bogus");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.out()).startsWith("Unknown command /bogus.");
    Run tooLong = run("ask", "/search " + "x".repeat(1001));
    assertThat(tooLong.code()).isEqualTo(2);
    assertThat(tooLong.out()).startsWith("question is 1001 characters long; the limit is 1000.");
    for (Run r : new Run[] {empty, unknown, tooLong}) {
      assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void anErrorInJsonModeIsJsonToo() throws IOException {
    Run r = run("ask", "--json", "/nope");
    assertThat(r.code()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("error").get("kind").asText()).isEqualTo("unknown_command");
  }

  @Test
  void anUnknownCommandLineOptionExitsTwo() {
    Run r = run("ask", "--fast", "/sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--fast'");
  }

  @Test
  void aBadCommandLineSaysWhyAndWhereTheOptionsAreNotTheWholeUsage() {
    Run r = run("export", "bogus");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .hasSize(2)
        .first()
        .asString()
        .contains("expected one of [passages, articles, quotes, events]", "'bogus'");
    assertThat(r.err()).contains("See 'coverage-bot export --help' for its options.");
    assertThat(r.err()).doesNotContain("Usage:");
    assertThat(run("export", "SOURCES-NOT").code()).isEqualTo(2);
    assertThat(run("export", "QUOTES").code()).isZero();
    Run typo = run("exprot", "quotes");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("export").doesNotContain("Usage:");
  }

  @Test
  void aBadCommandLineWithJsonIsAJsonErrorToo() throws IOException {
    for (String[] args :
        List.of(
            new String[] {"ask", "--json", "--max-article-bytes", "abc", "/sources"},
            new String[] {"ask", "--bogus", "--json", "/sources"},
            new String[] {"export", "foo", "--json"},
            new String[] {"ask", "--json"})) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.get("error").get("kind").asText()).isEqualTo("usage");
      assertThat(r.err()).startsWith(json.get("error").get("message").asText());
    }
  }

  @Test
  void aNumberOptionThatIsNotANumberIsSaidWithoutJavasTypes() {
    Run r = run("ask", "--max-article-bytes", "abc", "/sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("Invalid value for option '--max-article-bytes': 'abc' is not a whole number")
        .doesNotContain("long");
    assertThat(run("bench", "--articles", "x").err()).contains("'x' is not a whole number");
  }

  @Test
  void aBrokenConfigNamesFileLineAndColumnAndTheBotDoesNotStart() throws IOException {
    Path cfg = dir.resolve("bad.json");
    Files.writeString(cfg, "{\n  \"sources\": {\n    \"a.txt\": {\"outlet\": }\n  }\n}\n");
    Run r = run("ask", "--config", cfg.toString(), "/sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("Configuration error: " + cfg + ":3:");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aBotThatCannotStartSaysWhyInJsonToo() throws IOException {
    Path cfg = Files.writeString(dir.resolve("bad.json"), "{\n  \"sources\": [1,\n");
    for (String[] args :
        List.of(
            new String[] {
              "ask", "--json", "--seeds", dir.resolve("missing").toString(), "/sources"
            },
            new String[] {"export", "quotes", "--json", "--config", cfg.toString()},
            new String[] {"ask", "--json", "--max-article-bytes", "0", "/sources"})) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.get("type").asText()).isEqualTo("error");
      assertThat(json.get("error").get("kind").asText()).isEqualTo("startup");
      // The same words as the line on stderr, for people.
      assertThat(r.err().strip()).isEqualTo(json.get("error").get("message").asText());
    }
    // Without --json, stdout stays empty.
    assertThat(run("ask", "--seeds", dir.resolve("missing").toString(), "/sources").out())
        .isEmpty();
  }

  /** Bytes the JVM could not decode in the arguments (U+FFFD) are refused, not searched. */
  @Test
  void anArgumentWithUndecodedBytesIsRefusedInWords() throws IOException {
    Run r = run("ask", "--json", "/search Z\uFFFDrich");
    assertThat(r.code()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("type").asText()).isEqualTo("error");
    assertThat(json.get("error").get("kind").asText()).isEqualTo("usage");
    assertThat(json.get("error").get("message").asText()).contains("U+FFFD");
    assertThat(run("ask", "/search Zürich").code()).isZero(); // letters beyond ASCII are fine
  }

  @Test
  void anAnswerThatCannotBeWrittenExitsOneAndSaysSo() {
    for (String[] args :
        List.of(
            new String[] {"ask", "/sources"},
            new String[] {"ask", "--json", "/quote Rutte"},
            new String[] {"export", "quotes", "--json"},
            new String[] {"ask", "--seeds", dir.resolve("missing").toString(), "--json", "/x"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      OutputStream full =
          new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              throw new IOException("No space left on device");
            }
          };
      int code =
          Main.run(
              args,
              new PrintStream(full, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).as(String.join(" ", args)).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("the answer could not be written to standard output");
    }
  }

  @Test
  void aMissingSeedsFolderIsNamed() {
    Run r = run("ask", "--seeds", dir.resolve("missing").toString(), "/sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "Cannot read the articles folder " + dir.resolve("missing") + ": no such folder");
  }

  @Test
  void aFileGivenAsTheSeedsFolderIsCalledAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("one.txt"), "Headline\nText.\n");
    Run r = run("ask", "--seeds", file.toString(), "/sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "Cannot read the articles folder " + file + ": it is a file, not a folder (give the");
  }

  @Test
  void aRelativeSeedsFolderIsReadFromTheCurrentFolderAndNamedInFull() {
    Run r = run("ask", "--seeds", "no/such/folder", "/sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "Cannot read the articles folder "
                + Path.of("").toAbsolutePath().resolve("no/such/folder")
                + ": no such folder");
  }

  @Test
  void theDefaultsAreTheProjectsSeedsAndConfigWhereverTheCommandRuns() throws IOException {
    Path home = dir.resolve("project");
    Files.createDirectories(home.resolve("seeds"));
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("seeds/one.txt"), "Headline\nThe only story text here.\n");
    Files.writeString(
        home.resolve("config/sources.json"),
        "{\"sources\": {\"one.txt\": {\"outlet\": \"The Home Outlet\"}}}");
    String before = System.getProperty(Main.HOME);
    System.setProperty(Main.HOME, home.toString());
    try {
      Run r = run("ask", "/sources");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("The Home Outlet").doesNotContain("Khaleej Times");
    } finally {
      if (before == null) {
        System.clearProperty(Main.HOME);
      } else {
        System.setProperty(Main.HOME, before);
      }
    }
  }

  @Test
  void anEmptySeedsOrConfigPathIsRefusedNotReadAsTheCurrentFolder() {
    Run seeds = run("--seeds", "", "ask", "/sources");
    assertThat(seeds.code()).isEqualTo(2);
    assertThat(seeds.out()).isEmpty();
    assertThat(seeds.err().strip())
        .isEqualTo(
            "--seeds is empty: give the folder of .txt articles (for example --seeds"
                + " my/articles), or leave the option out for the project's seeds/ folder.");
    Run config = run("ask", "--config", " ", "/sources");
    assertThat(config.code()).isEqualTo(2);
    assertThat(config.out()).isEmpty();
    assertThat(config.err()).startsWith("--config is empty: give the sources file");
    Run terminal = run("--seeds", "", "terminal");
    assertThat(terminal.code()).isEqualTo(2);
    assertThat(terminal.err()).startsWith("--seeds is empty");
  }

  @Test
  void aSizeLimitBelowOneIsRefused() {
    for (String option : new String[] {"--max-article-bytes", "--max-corpus-bytes"}) {
      for (String value : new String[] {"-1", "0"}) {
        Run r = run("ask", option, value, "/sources");
        assertThat(r.code()).as(option + " " + value).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip())
            .isEqualTo(
                option
                    + " must be at least 1 (a number of bytes), not "
                    + value
                    + ": every article would be skipped.");
      }
    }
    Run one = run("ask", "--max-article-bytes", "1", "/sources");
    assertThat(one.code()).isZero();
  }

  @Test
  void anEmptyFolderStartsButSaysItHasNoArticles() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run r = run("ask", "--seeds", empty.toString(), "/search NATO");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains(
            "note: "
                + empty
                + " has no articles: it holds no .txt file, so every answer will be empty.");
    Files.writeString(empty.resolve("notes.md"), "not an article");
    Run sources = run("ask", "--seeds", empty.toString(), "/sources");
    assertThat(sources.code()).isZero();
    assertThat(sources.out())
        .contains(
            empty
                + " has no articles: none of its files could be loaded (1 file skipped), so every"
                + " answer will be empty.");
  }

  @Test
  void countsOfOneAreSingular() throws IOException {
    Files.writeString(dir.resolve("one.txt"), "Headline\nThe only story text here.\n");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Run r = run("ask", "--seeds", dir.toString(), "/sources");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("1 article, 1 file skipped:\n").contains(" · 1 passage\n");
    assertThat(r.out() + r.err()).doesNotContain("1 articles", "1 files", "1 passages");
    Files.delete(dir.resolve("notes.md"));
    assertThat(run("ask", "--seeds", dir.toString(), "/sources").out()).startsWith("1 article:\n");
    assertThat(run("ask", "/sources").out()).startsWith("5 articles:\n");
  }

  @Test
  void globalOptionsWorkBeforeAndAfterTheSubcommand() throws IOException {
    Files.writeString(dir.resolve("one.txt"), "Headline\nThe only story text here.\n");
    Run before = run("--seeds", dir.toString(), "ask", "/sources");
    Run after = run("ask", "--seeds", dir.toString(), "/sources");
    assertThat(before.code()).isZero();
    assertThat(before.out()).contains("one.txt").doesNotContain("000_");
    assertThat(after.out()).isEqualTo(before.out());
  }

  @Test
  void skippedFilesAreReportedOnStderr() throws IOException {
    Files.writeString(dir.resolve("one.txt"), "Headline\nThe only story text here.\n");
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    Run r = run("ask", "--seeds", dir.toString(), "/sources");
    assertThat(r.err()).contains("skipped bad.txt: not valid UTF-8 (first bad byte at offset 0)");
    assertThat(r.out()).contains("skipped bad.txt");
  }

  @Test
  void theSizeLimitsAreSetOnTheCommandLineAndReportedWhenHit() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Headline\nThe first story text here.\n");
    Files.writeString(
        dir.resolve("b.txt"), "Headline\nA second story, " + "long ".repeat(40) + "\n");
    Files.writeString(dir.resolve("c.txt"), "Headline\nThe third story text.\n");
    Run article = run("ask", "--seeds", dir.toString(), "--max-article-bytes", "100", "/sources");
    assertThat(article.code()).isZero();
    assertThat(article.err())
        .contains("skipped b.txt: larger than the article size limit (")
        .doesNotContain("skipped a.txt")
        .doesNotContain("skipped c.txt");
    assertThat(article.out()).contains("skipped b.txt");
    Run corpus = run("ask", "--seeds", dir.toString(), "--max-corpus-bytes", "60", "/sources");
    assertThat(corpus.code()).isZero();
    assertThat(corpus.err())
        .doesNotContain("skipped a.txt")
        .contains("skipped b.txt: corpus size limit of 60 bytes reached")
        .contains("skipped c.txt: corpus size limit of 60 bytes reached");
    assertThat(corpus.out()).contains("skipped c.txt");
  }

  @Test
  void exportPassagesAndArticlesAsJson() throws IOException {
    Run passages = run("export", "passages", "--json");
    assertThat(passages.code()).isZero();
    JsonNode p = new ObjectMapper().readTree(passages.out());
    assertThat(p.get("count").asInt()).isEqualTo(p.get("passages").size()).isGreaterThan(40);
    Run articles = run("export", "articles", "--json");
    JsonNode a = new ObjectMapper().readTree(articles.out());
    assertThat(a.get("articles")).hasSize(5);
    assertThat(a.get("articles").get(0).get("boilerplate").get(0).get("kind").asText())
        .isEqualTo("page_chrome");
  }

  @Test
  void exportOfAnUnknownViewExitsTwo() {
    Run r = run("export", "tweets");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("tweets");
  }

  // timeline (issue 5)
  @Test
  void exportEventsAsJsonHasTheDocumentedFieldsForResolvedAndUnresolvedOnes() throws IOException {
    Run r = run("export", "events", "--json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("type").asText()).isEqualTo("events");
    JsonNode events = root.get("events");
    assertThat(root.get("count").asInt()).isEqualTo(events.size()).isGreaterThan(10);
    boolean sawResolved = false;
    boolean sawUnresolved = false;
    for (JsonNode e : events) {
      for (String field :
          new String[] {
            "text",
            "file",
            "start",
            "end",
            "source",
            "link",
            "expression",
            "value",
            "granularity",
            "resolved",
            "reason",
            "event"
          }) {
        assertThat(e.has(field)).as(field).isTrue();
      }
      assertThat(e.get("expression").get("start").asInt())
          .isBetween(e.get("start").asInt(), e.get("end").asInt());
      if (e.get("resolved").asBoolean()) {
        sawResolved = true;
        assertThat(e.get("value").asText()).matches("\\d{4}.*");
        assertThat(e.get("reason").isNull()).isTrue();
      } else {
        sawUnresolved = true;
        assertThat(e.get("value").isNull()).isTrue();
        assertThat(e.get("reason").asText()).isNotBlank();
      }
    }
    assertThat(sawResolved).isTrue();
    assertThat(sawUnresolved).isTrue();
  }

  @Test
  void timelineBadDatesExitTwoWithTheMessage() {
    Run r = run("ask", "/timeline from:2024-12 to:2024-11-06");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("from:2024-12 is after to:2024-11-06.");
  }

  @Test
  void runningOutOfMemoryIsSaidAsSuchWhereverItSurfaced() {
    long oneGb = 1L << 30;
    Throwable wrapped =
        new java.io.UncheckedIOException(
            "building the in-memory index failed",
            new java.io.IOException(
                new java.util.concurrent.CompletionException(
                    new OutOfMemoryError("Java heap space"))));
    assertThat(Main.unexpected(wrapped, oneGb))
        .startsWith("coverage-bot ran out of memory (its heap may grow to 1.0 GB).")
        .contains("COVERAGE_BOT_JAVA_OPTS=-Xmx2g")
        .contains("100,000 articles want about 3 GB to run and 4 GB to reload")
        .doesNotContain("Exception");
    assertThat(Main.unexpected(new OutOfMemoryError("Java heap space"), 3 * oneGb))
        .contains("3.0 GB", "-Xmx6g");
    assertThat(Main.unexpected(new IllegalStateException("boom"), oneGb))
        .isEqualTo(
            "coverage-bot failed unexpectedly: java.lang.IllegalStateException: boom. The log has"
                + " the details.");
  }
}
