package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small bench run, so the bench cannot rot: it completes and reports every figure of issue 7's
 * JSON with zero errors. Timings are never asserted.
 */
class BenchCommandTest {

  private static JsonNode bench(String... extra) throws IOException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("bench", "--queries", "40", "--warmup", "10", "--scan-queries", "5", "--json"));
    args.addAll(List.of(extra));
    MainTest.Run r = MainTest.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static void assertEveryFigure(JsonNode json) {
    for (String f : List.of("articles", "passages", "startup_ms")) {
      assertThat(json.get(f).isNumber()).as(f).isTrue();
    }
    for (String f : List.of("build_ms", "passages_per_s", "heap_bytes_per_passage")) {
      assertThat(json.get("index").get(f).isNumber()).as(f).isTrue();
    }
    // what building the bot cost the JVM (HotSpot says all three): it took processor time
    JsonNode index = json.get("index");
    assertThat(index.get("bot_cpu_ms").asLong()).isPositive();
    assertThat(index.get("bot_jit_ms").asLong()).isNotNegative();
    assertThat(index.get("bot_gc_ms").asLong()).isNotNegative();
    for (String command :
        List.of("search", "sources", "help", "quote", "timeline", "check", "autocomplete")) {
      JsonNode c = json.get("commands").get(command);
      for (String f : List.of("p50_ms", "p99_ms", "max_ms", "queries", "errors")) {
        assertThat(c.get(f).isNumber()).as(command + "." + f).isTrue();
      }
      assertThat(c.get("queries").asInt()).isEqualTo(40);
      // at least --warmup (10) untimed queries, at most ten times as many
      assertThat(c.get("warmup_queries").asInt()).as(command).isBetween(10, 100);
      assertThat(c.get("warmup_p99_ms").isNumber()).as(command).isTrue();
      assertThat(c.get("errors").asInt()).as(command + " errors").isZero();
      assertThat(c.get("p50_ms").asDouble()).isLessThanOrEqualTo(c.get("p99_ms").asDouble());
      assertThat(c.get("p99_ms").asDouble()).isLessThanOrEqualTo(c.get("max_ms").asDouble());
    }
    for (String baseline : List.of("scan", "lucene")) {
      JsonNode b = json.get("baselines").get(baseline).get("search");
      assertThat(b.get("p50_ms").isNumber()).as(baseline).isTrue();
      assertThat(b.get("p99_ms").isNumber()).as(baseline).isTrue();
    }
  }

  @Test
  void aGeneratedThousandArticlesReportEveryFigureWithNoErrors() throws IOException {
    JsonNode json = bench("--articles", "1000", "--threads", "2");
    assertEveryFigure(json);
    assertThat(json.get("articles").asInt()).isEqualTo(1000);
    assertThat(json.get("passages").asInt()).isGreaterThan(10_000);
    assertThat(json.get("commands").get("search").get("threads").asInt()).isEqualTo(2);
  }

  @Test
  void theSeedsFolderReportsEveryFigureToo() throws IOException {
    JsonNode json = bench();
    assertEveryFigure(json);
    assertThat(json.get("articles").asInt()).isEqualTo(5);
  }

  @Test
  void badNumbersAreRefusedWithExitCodeTwo() {
    MainTest.Run r = MainTest.run("bench", "--threads", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads");
    MainTest.Run claims = MainTest.run("bench", "--claims", "misquoted");
    assertThat(claims.code()).isEqualTo(2);
    assertThat(claims.err())
        .contains(
            "Invalid value for option '--claims': expected one of [printed, edited]"
                + " (case-insensitive) but was 'misquoted'");
  }

  @Test
  void editedClaimsAreCheckedAndSaidSo() throws IOException {
    JsonNode printed = bench("--articles", "200", "--commands", "check");
    JsonNode edited = bench("--articles", "200", "--commands", "check", "--claims", "edited");
    assertThat(printed.get("claims").asText()).isEqualTo("printed");
    assertThat(edited.get("claims").asText()).isEqualTo("edited");
    for (JsonNode json : List.of(printed, edited)) {
      JsonNode check = json.get("commands").get("check");
      assertThat(check.get("errors").asInt()).isZero();
      assertThat(check.get("queries").asInt()).isEqualTo(40);
      assertThat(json.get("baselines").get("scan").get("check").get("p99_ms").isNumber()).isTrue();
    }
  }

  @Test
  void theWrittenCorpusLoadsWithItsOutletsAsTheBenchSeesIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path folder = dir.resolve("gen");
    MainTest.Run r = MainTest.run("bench", "--articles", "60", "--write-corpus", folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
    java.nio.file.Path config = dir.resolve("gen.sources.json");
    assertThat(r.out()).contains("--seeds " + folder + " --config " + config);

    coveragebot.corpus.Corpus loaded =
        new coveragebot.ingest.CorpusLoader()
            .load(folder, new coveragebot.config.ConfigLoader().load(config, true));
    coveragebot.corpus.Corpus generated = new coveragebot.bench.CorpusGenerator(42).corpus(60);
    assertThat(loaded.skipped()).isEmpty();
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.articles()).hasSize(60);
    for (int i = 0; i < 60; i++) {
      coveragebot.corpus.Article a = loaded.articles().get(i);
      coveragebot.corpus.Article g = generated.articles().get(i);
      assertThat(a.file()).isEqualTo(g.file());
      assertThat(a.source().outlet()).isEqualTo(g.source().outlet());
      assertThat(a.source().url()).isEqualTo(g.source().url()).startsWith("https://");
      assertThat(a.passages().stream().map(coveragebot.corpus.Passage::text).toList())
          .isEqualTo(g.passages().stream().map(coveragebot.corpus.Passage::text).toList());
    }
  }
}
