package coveragebot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.Workloads.Query;
import coveragebot.command.CommandSpec;
import coveragebot.command.OptionSpec;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's questions: repeatable, and ready for a command that has not been written yet. */
class WorkloadsTest {
  private static final Corpus CORPUS = new CorpusGenerator(3).corpus(20);
  private final Workloads workloads = new Workloads(CORPUS);

  private static CommandSpec spec(String name, boolean takesText) {
    return new CommandSpec(
        name,
        "test command",
        takesText ? List.of(OptionSpec.text("words", "words", true, true)) : List.of(),
        List.of());
  }

  @Test
  void theSameSeedAsksTheSameQuestions() {
    CommandSpec search = spec("search", true);
    assertThat(workloads.queries(search, 30, 5)).isEqualTo(workloads.queries(search, 30, 5));
    assertThat(workloads.queries(search, 30, 5)).isNotEqualTo(workloads.queries(search, 30, 6));
  }

  @Test
  void aNewTextCommandIsAskedWordsOfAPassageWithNoChangeToTheBench() {
    List<Query> queries = workloads.queries(spec("compare", true), 50, 1);
    assertThat(queries).hasSize(50);
    for (Query q : queries) {
      assertThat(q.line()).isEqualTo("/compare " + q.text());
      assertThat(CORPUS.passages()).map(Passage::text).anyMatch(t -> t.contains(q.text()));
    }
  }

  @Test
  void quoteIsAskedWhoSaidWordsOfAPassage() {
    for (Query q : workloads.queries(spec("quote", false), 20, 1)) {
      assertThat(q.line()).isEqualTo("/quote text:" + q.text());
      assertThat(CORPUS.passages()).map(Passage::text).anyMatch(t -> t.contains(q.text()));
    }
  }

  @Test
  void editedClaimsAreMostlyNotAsPrinted() {
    Workloads edited = new Workloads(CORPUS, List.of(), Workloads.Claims.edited);
    CommandSpec check = spec("check", true);
    List<Query> claims = edited.queries(check, 400, 1);
    assertThat(claims).isEqualTo(edited.queries(check, 400, 1));
    int printed = 0;
    for (Query q : claims) {
      assertThat(q.line()).isEqualTo("/check " + q.text());
      assertThat(q.text().split(" ")).hasSizeBetween(5, 12);
      printed += CORPUS.passages().stream().anyMatch(p -> p.text().contains(q.text())) ? 1 : 0;
    }
    // a replaced word can be the same word, and words drawn at random can happen to be in a row
    assertThat(printed).isLessThan(claims.size() / 4);
    // the other commands are asked as before
    CommandSpec search = spec("search", true);
    assertThat(edited.queries(search, 30, 5)).isEqualTo(workloads.queries(search, 30, 5));
    assertThat(workloads.queries(check, 30, 5))
        .allSatisfy(q -> assertThat(CORPUS.passages()).anyMatch(p -> p.text().contains(q.text())));
  }

  @Test
  void commandsWithoutTextHaveNoBaseline() {
    assertThat(workloads.queries(spec("sources", false), 3, 1))
        .containsOnly(new Query("/sources", null));
    assertThat(workloads.queries(spec("stats", false), 3, 1))
        .containsOnly(new Query("/stats", null));
  }

  @Test
  void percentilesUseTheNearestRank() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(LatencyStats.percentile(sorted, 0.5)).isEqualTo(5);
    assertThat(LatencyStats.percentile(sorted, 0.99)).isEqualTo(10);
    assertThat(LatencyStats.percentile(new long[0], 0.5)).isZero();
  }

  @Test
  void quoteIsAskedAboutPeopleAndAboutWords() {
    CommandSpec quote = spec("quote", true);
    List<Query> asked =
        new Workloads(CORPUS, List.of("Mark Rutte", "Ursula von der Leyen")).queries(quote, 200, 1);
    assertThat(asked).anyMatch(q -> q.line().equals("/quote Mark Rutte"));
    assertThat(asked)
        .anyMatch(q -> q.line().startsWith("/quote speaker:Ursula von der Leyen about:"));
    assertThat(asked).anyMatch(q -> q.line().startsWith("/quote text:"));
    assertThat(workloads.queries(quote, 50, 1)).allMatch(q -> q.line().startsWith("/quote text:"));
  }
}
