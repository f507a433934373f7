package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Published;
import coveragebot.corpus.SourceRef;
import coveragebot.ingest.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private final TimelineBuilder builder =
      new TimelineBuilder(
          new EventExtractor(new TemporalRecognizer(), new SentenceSplitter()::split));

  private static final LocalDate TUE = LocalDate.of(2024, 11, 5);

  /** An article whose paragraphs are all story passages; {@code chrome} is boilerplate above. */
  private static Article article(String file, LocalDate published, String chrome, String... paras) {
    SourceRef src =
        new SourceRef(
            file,
            "Outlet " + file,
            null,
            null,
            published == null ? null : new Published(published, null),
            null);
    StringBuilder text = new StringBuilder(chrome).append('\n');
    List<Passage> passages = new ArrayList<>();
    for (String p : paras) {
      int start = text.length();
      text.append(p).append('\n');
      passages.add(
          new Passage(passages.size(), src, start, start + p.length(), p, passages.size()));
    }
    List<Boilerplate> bp =
        chrome.isEmpty()
            ? List.of()
            : List.of(
                new Boilerplate(
                    Boilerplate.Kind.PAGE_CHROME, 0, chrome.length(), chrome, "site header"));
    return new Article(src, text.toString(), passages, bp, List.of());
  }

  @Test
  void theSameReportFromTwoOutletsIsOneEventWithBothTellings() {
    Timeline t =
        builder.build(
            List.of(
                article("a", TUE, "", "Rutte said in Berlin on Monday that NATO will stay united."),
                article(
                    "b",
                    TUE,
                    "",
                    "NATO will stay united, Rutte told reporters in Berlin Monday.")));
    assertThat(t.groups()).hasSize(1);
    assertThat(t.groups().get(0).value().iso()).isEqualTo("2024-11-04");
    assertThat(t.groups().get(0).tellings())
        .extracting(TemporalEvent::file)
        .containsExactly("a", "b");
  }

  @Test
  void unrelatedThingsOnTheSameDayStaySeparate() {
    Timeline t =
        builder.build(
            List.of(
                article("a", TUE, "", "Rutte said in Berlin on Monday that NATO will stay united."),
                article("b", TUE, "", "Floods closed three schools in Valencia on Monday.")));
    assertThat(t.groups()).hasSize(2);
  }

  @Test
  void twoSentencesOfOneArticleAreNeverMergedIntoOneEvent() {
    Timeline t =
        builder.build(
            List.of(
                article(
                    "a",
                    TUE,
                    "",
                    "Rutte said in Berlin on Monday that NATO will stay united.",
                    "In Berlin on Monday Rutte said NATO will stay united.")));
    assertThat(t.groups()).hasSize(2);
  }

  @Test
  void anUndatedCopyIsListedWithTheEventOnlyWhenItSaysTheSameDay() {
    Timeline t =
        builder.build(
            List.of(
                article("a", TUE, "", "Rutte said in Berlin on Monday that NATO will stay united."),
                article(
                    "b", null, "", "Rutte said in Berlin on Monday that NATO will stay united."),
                article(
                    "c", null, "", "Rutte said in Berlin on Sunday that NATO will stay united.")));
    assertThat(t.groups()).hasSize(1);
    assertThat(t.groups().get(0).undated()).extracting(TemporalEvent::file).containsExactly("b");
    assertThat(t.unresolved()).extracting(TemporalEvent::file).containsExactly("b", "c");
  }

  @Test
  void datesInBoilerplateNeverBecomeEvents() {
    Timeline t =
        builder.build(
            List.of(
                article(
                    "a",
                    TUE,
                    "Fri, Jan 03, 2025 | Updated Monday 4 November 2024",
                    "No dates here.")));
    assertThat(t.events()).isEmpty();
  }

  /**
   * On a generated corpus, the dated events are merged as the plain rule says, checked by comparing
   * each sentence with every earlier event of its value: the first event (in creation order) one of
   * whose first {@link TimelineBuilder#COMPARED_TELLINGS} tellings shares enough content words with
   * it and that has no telling from its article.
   */
  @Test
  void mergingOnAGeneratedCorpusFollowsThePlainRule() {
    Timeline t = builder.build(new coveragebot.bench.CorpusGenerator(9).corpus(400).articles());
    List<List<TemporalEvent>> expected = byRule(t, Integer.MAX_VALUE);
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(t.groups().stream().map(EventGroup::tellings).toList()).isEqualTo(expected);
  }

  /**
   * One date told in 1,300 different sentences, all with "Rutte": the words more than {@link
   * TimelineBuilder#COMMON} tellings have do not find candidates, but count for those found through
   * rarer words. The plain rule with that one exception, checked sentence by sentence.
   */
  @Test
  void wordsOfMoreThanCommonTellingsFindNoCandidatesButStillCount() {
    java.util.Random r = new java.util.Random(21);
    List<Article> articles = new ArrayList<>();
    List<List<String>> said = new ArrayList<>();
    for (int i = 0; i < 1_300; i++) {
      List<String> words = new ArrayList<>();
      if (i > 1_150 && i % 7 == 0) {
        // a retelling past the limit: two words of an earlier sentence, and the common ones
        List<String> earlier = said.get(r.nextInt(said.size()));
        words.addAll(earlier.subList(0, 2));
        while (words.size() < 10) {
          words.add(word(r));
        }
      } else if (i > 1_150 && i % 11 == 0) {
        words.add(word(r)); // shares only the common words with every other sentence
      } else {
        while (words.size() < 10) {
          words.add(word(r));
        }
      }
      said.add(words);
      articles.add(
          article(
              String.format("f%04d", i),
              TUE,
              "",
              "On 5 November 2024 Rutte met " + String.join(" ", words) + "."));
    }
    Timeline t = builder.build(articles);
    assertThat(t.events()).hasSize(1_300);
    List<List<TemporalEvent>> expected = byRule(t, TimelineBuilder.COMMON);
    assertThat(t.groups().stream().map(EventGroup::tellings).toList()).isEqualTo(expected);
    // the retellings merged through their rare words, the common ones counted to reach the share
    assertThat(expected.stream().filter(g -> g.size() > 1).count()).isGreaterThan(15);
    // and the limit changed something: the plain rule merges the short sentences
    assertThat(expected).isNotEqualTo(byRule(t, Integer.MAX_VALUE));
  }

  /**
   * Undated articles' "on Monday" joins the first event told with the same time words one of whose
   * first tellings shares enough words with it, from an outlet not in it yet: the plain rule,
   * sentence by sentence, on 80 dated and 80 undated articles that share words often.
   */
  @Test
  void undatedSentencesJoinTheFirstEventWithTheSameTimeWordsAsThePlainRuleSays() {
    java.util.Random r = new java.util.Random(31);
    String[] vocabulary = new String[40];
    for (int k = 0; k < vocabulary.length; k++) {
      vocabulary[k] = word(r);
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 0; n < 3; n++) {
        text.append(n == 0 ? "" : " ").append("Rutte said on Monday that");
        for (int k = 0; k < 5; k++) {
          text.append(' ').append(vocabulary[r.nextInt(vocabulary.length)]);
        }
        text.append('.');
      }
      articles.add(
          article(String.format("a%03d", i), i % 2 == 0 ? TUE : null, "", text.toString()));
    }
    Timeline t = builder.build(articles);
    List<List<TemporalEvent>> expected = new ArrayList<>();
    List<java.util.Set<String>> files = new ArrayList<>();
    java.util.Map<String, List<Integer>> byTimeWords = new java.util.HashMap<>();
    for (EventGroup g : t.groups()) {
      expected.add(new ArrayList<>());
      files.add(new java.util.HashSet<>(g.tellings().stream().map(TemporalEvent::file).toList()));
      g.tellings().stream()
          .map(e -> TimelineBuilder.timeWords(e.mention().text()))
          .distinct()
          .forEach(
              w -> byTimeWords.computeIfAbsent(w, k -> new ArrayList<>()).add(expected.size() - 1));
    }
    int undated = 0;
    for (TemporalEvent e : t.events()) {
      if (e.resolved() || e.source().published() != null) {
        continue;
      }
      undated++;
      java.util.Set<String> words = SameStory.words(e.context().toString());
      for (int g :
          byTimeWords.getOrDefault(TimelineBuilder.timeWords(e.mention().text()), List.of())) {
        boolean shares =
            t.groups().get(g).tellings().stream()
                .limit(TimelineBuilder.COMPARED_TELLINGS)
                .anyMatch(
                    told ->
                        shared(words, SameStory.words(told.context().toString()))
                            >= TimelineBuilder.SAME_REPORT);
        if (shares && !files.get(g).contains(e.file())) {
          expected.get(g).add(e);
          files.get(g).add(e.file());
          break;
        }
      }
    }
    assertThat(undated).isEqualTo(240);
    assertThat(t.groups().stream().map(EventGroup::undated).toList()).isEqualTo(expected);
    assertThat(expected.stream().mapToInt(List::size).sum())
        .as("undated joined")
        .isGreaterThan(100);
  }

  /** A made-up word of five letters with no s (a final s would be read as a plural). */
  private static String word(java.util.Random r) {
    StringBuilder w = new StringBuilder();
    for (int k = 0; k < 5; k++) {
      w.append("abcdefghijklmnopqrtuvwxyz".charAt(r.nextInt(25)));
    }
    return w.toString();
  }

  /**
   * The events the merging rule makes of a timeline's dated events, sentence by sentence in the
   * timeline's order: the first event of the same value (in creation order) one of whose first
   * {@link TimelineBuilder#COMPARED_TELLINGS} tellings shares enough content words with the
   * sentence, one of them a word at most {@code common} of those tellings of the value had before
   * it, and that has no telling from its article.
   */
  private static List<List<TemporalEvent>> byRule(Timeline t, int common) {
    List<TemporalEvent> dated = new ArrayList<>();
    t.groups().forEach(g -> dated.addAll(g.tellings()));
    dated.sort(
        java.util.Comparator.comparing((TemporalEvent e) -> e.mention().value().first())
            .thenComparing(e -> e.mention().value().last(), java.util.Comparator.reverseOrder())
            .thenComparing(e -> e.mention().value().iso())
            .thenComparing(TemporalEvent::file)
            .thenComparingInt(e -> e.sentence().start()));
    List<List<TemporalEvent>> expected = new ArrayList<>();
    java.util.Map<String, List<List<TemporalEvent>>> byValue = new java.util.HashMap<>();
    java.util.Map<String, java.util.Map<String, Integer>> holding = new java.util.HashMap<>();
    for (TemporalEvent e : dated) {
      String value = e.mention().value().iso();
      java.util.Set<String> words = SameStory.words(e.context().toString());
      java.util.Map<String, Integer> held =
          holding.computeIfAbsent(value, k -> new java.util.HashMap<>());
      List<TemporalEvent> home = null;
      for (List<TemporalEvent> event : byValue.getOrDefault(value, List.of())) {
        boolean shares =
            event.stream()
                .limit(TimelineBuilder.COMPARED_TELLINGS)
                .map(told -> SameStory.words(told.context().toString()))
                .anyMatch(
                    told ->
                        shared(words, told) >= TimelineBuilder.SAME_REPORT
                            && told.stream()
                                .anyMatch(w -> words.contains(w) && held.get(w) <= common));
        if (shares && event.stream().noneMatch(told -> told.file().equals(e.file()))) {
          home = event;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        expected.add(home);
        byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(home);
      }
      home.add(e);
      if (home.size() <= TimelineBuilder.COMPARED_TELLINGS) {
        words.forEach(w -> held.merge(w, 1, Integer::sum));
      }
    }
    return expected;
  }

  /** The share of words two sets have in common, over the smaller one. */
  private static double shared(java.util.Set<String> a, java.util.Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    java.util.Set<String> common = new java.util.HashSet<>(a);
    common.retainAll(b);
    return common.size() / (double) Math.min(a.size(), b.size());
  }

  /**
   * The order the timeline sorts its events in is the one the library's comparator chain gave (the
   * code it replaced), on every pair of dated events of 200 generated articles, ties included.
   */
  @Test
  void chronologicalOrdersAsTheComparatorChainItReplaced() {
    java.util.Comparator<TemporalEvent> chain =
        java.util.Comparator.comparing((TemporalEvent e) -> e.mention().value().first())
            .thenComparing(e -> e.mention().value().last(), java.util.Comparator.reverseOrder())
            .thenComparing(e -> e.mention().value().iso())
            .thenComparing(TemporalEvent::file)
            .thenComparingInt(e -> e.sentence().start());
    EventExtractor extractor =
        new EventExtractor(new TemporalRecognizer(), new SentenceSplitter()::split);
    List<TemporalEvent> dated = new ArrayList<>();
    List<Article> articles =
        new ArrayList<>(new coveragebot.bench.CorpusGenerator(13).corpus(200).articles());
    for (String file : List.of("y1", "y2")) { // spans that start on the same day
      articles.add(
          article(
              file,
              TUE,
              "",
              "In 2024 the alliance grew.",
              "In January 2024 it met.",
              "The first quarter of 2024 was calm.",
              "On 1 January 2024 it began.",
              "In the first half of 2024 it spent more."));
    }
    for (Article a : articles) {
      extractor.events(a).stream().filter(TemporalEvent::resolved).forEach(dated::add);
    }
    assertThat(dated).hasSizeGreaterThan(500);
    int sameValue = 0; // pairs told apart by file or place only: the last keys are exercised
    for (TemporalEvent a : dated) {
      for (TemporalEvent b : dated) {
        int expected = Integer.signum(chain.compare(a, b));
        assertThat(Integer.signum(TimelineBuilder.chronological(a, b))).isEqualTo(expected);
        if (expected != 0 && a.mention().value().equals(b.mention().value())) {
          sameValue++;
        }
      }
    }
    assertThat(sameValue).isGreaterThan(1000);
    assertThat(dated)
        .as("spans from the same first day")
        .anyMatch(
            a ->
                dated.stream()
                    .anyMatch(
                        b ->
                            a.mention().value().first().equals(b.mention().value().first())
                                && !a.mention().value().last().equals(b.mention().value().last())));
  }
}
