package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Passage;
import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class PassageIndexTest {
  private static final SourceRef SOURCE = new SourceRef("t.txt", "Test", null, null, null, null);

  private static PassageIndex index(String... texts) {
    List<Passage> passages = new ArrayList<>();
    int at = 0;
    for (String t : texts) {
      passages.add(new Passage(passages.size(), SOURCE, at, at + t.length(), t, passages.size()));
      at += t.length() + 1;
    }
    return PassageIndex.build(passages);
  }

  private static List<Integer> ids(PassageIndex index, String query) {
    return index.search(query, 10).stream().map(Hit::passageId).toList();
  }

  @Test
  void britishAndAmericanSpellingsMatch() {
    PassageIndex idx = index("the defence alliance", "organisation of labour", "nothing here");
    assertThat(ids(idx, "defense")).containsExactly(0);
    assertThat(ids(idx, "organization labor")).containsExactly(1);
    assertThat(ids(idx, "promise")).isEmpty();
  }

  @Test
  void caseQuotesAndApostrophesDoNotMatter() {
    PassageIndex idx = index("Nato’s chief said “no”", "NATO's budget");
    assertThat(ids(idx, "NATO")).containsExactlyInAnyOrder(0, 1);
    assertThat(ids(idx, "nato's chief")).first().isEqualTo(0);
  }

  @Test
  void precomposedAndCombiningAccentsAreTheSameWord() {
    // "été" and "Αθήνα" with combining accents; "brûlée" and "Zürich" precomposed
    String decomposed = "the e\u0301te\u0301 season in \u0391\u03b8\u03b7\u0301\u03bd\u03b1";
    String precomposed = "cr\u00e8me br\u00fbl\u00e9e in Z\u00fcrich";
    PassageIndex idx = index(decomposed, precomposed, "nothing here");
    assertThat(ids(idx, "\u00e9t\u00e9")).containsExactly(0);
    assertThat(ids(idx, "\u0391\u03b8\u03ae\u03bd\u03b1")).containsExactly(0);
    assertThat(ids(idx, "bru\u0302le\u0301e zu\u0308rich")).containsExactly(1);
    // the highlights are the text as written, not as composed
    List<Span> spans = idx.matches("\u00e9t\u00e9 \u0391\u03b8\u03ae\u03bd\u03b1", decomposed);
    assertThat(spans.stream().map(s -> s.of(decomposed)))
        .containsExactly("e\u0301te\u0301", "\u0391\u03b8\u03b7\u0301\u03bd\u03b1");
    assertThat(idx.terms("\u0391\u03b8\u03b7\u0301\u03bd\u03b1"))
        .isEqualTo(idx.terms("\u0391\u03b8\u03ae\u03bd\u03b1"));
  }

  @Test
  void stemmingFindsOtherFormsOfAWord() {
    PassageIndex idx = index("allies were working together", "an ally works");
    assertThat(ids(idx, "work")).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void anIrregularPastFormFindsItsVerb() {
    PassageIndex idx =
        index("whoever wins the election", "since taking office in October", "a new win", "no");
    assertThat(ids(idx, "who won the election")).first().isEqualTo(0);
    assertThat(ids(idx, "won")).containsExactlyInAnyOrder(0, 2);
    assertThat(ids(idx, "took office")).containsExactly(1);
    assertThat(idx.terms("took")).isEqualTo(idx.terms("taking"));
    // the word as written still counts for more: "won" is not "win" in the exact field
    PassageIndex both = index("Trump will win", "Trump won");
    assertThat(ids(both, "Trump won")).containsExactly(1, 0);
  }

  /** The passages with every stem, from the postings, are those whose own terms have them all. */
  @Test
  void passagesWithAllWordsAreThoseWhoseTermsHaveThemAll() {
    List<coveragebot.corpus.Passage> passages =
        new coveragebot.bench.CorpusGenerator(3).corpus(60).passages();
    PassageIndex idx = PassageIndex.build(passages);
    java.util.Random r = new java.util.Random(11);
    int nonEmpty = 0;
    for (int q = 0; q < 200; q++) {
      String words = coveragebot.bench.Workloads.someWords(passages, r, 3);
      List<String> stems = idx.terms(words);
      java.util.BitSet expected = new java.util.BitSet();
      for (coveragebot.corpus.Passage p : passages) {
        if (!stems.isEmpty() && idx.terms(p.text()).containsAll(stems)) {
          expected.set(p.id());
        }
      }
      assertThat(idx.passagesWithAll(stems)).as(words).isEqualTo(expected);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(150);
    assertThat(idx.passagesWithAll(idx.terms("zzyzx nato")).cardinality()).isZero();
  }

  @Test
  void stopWordOnlyQueriesStillFindExactWords() {
    PassageIndex idx = index("whoever wins", "it is what it is");
    assertThat(ids(idx, "it is")).containsExactly(1);
  }

  @Test
  void aStopWordQueryGivesTheSameBestPassagesHoweverManyAreAsked() {
    // stop-word-only queries ask Lucene for exactly n (nothing is rescored): the best n must be
    // the first n of a longer list, ties (many here) broken on the passage id alike
    java.util.Random r = new java.util.Random(7);
    String[] words = {"it", "is", "the", "that", "in", "of", "what", "and", "nato"};
    String[] texts = new String[600];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 1 + r.nextInt(8); w > 0; w--) {
        b.append(words[r.nextInt(words.length)]).append(' ');
      }
      texts[i] = b.toString().strip();
    }
    PassageIndex idx = index(texts);
    for (String q : List.of("it is", "the", "that the", "what is it", "of and in")) {
      List<Integer> many = idx.search(q, 500).stream().map(Hit::passageId).toList();
      assertThat(many).as(q).hasSizeGreaterThan(60);
      for (int n : new int[] {1, 5, 50}) {
        assertThat(idx.search(q, n).stream().map(Hit::passageId).toList())
            .as(q + " top " + n)
            .isEqualTo(many.subList(0, n));
      }
    }
  }

  /**
   * /check searches once for a claim and shows the first three of the five passages it proposed as
   * the nearest: the same three a search for three gives.
   */
  @Test
  void aSearchGivesTheSameBestPassagesHoweverManyAreAsked() {
    java.util.List<coveragebot.corpus.Passage> passages =
        new coveragebot.bench.CorpusGenerator(3).corpus(300).passages();
    java.util.Random r = new java.util.Random(9);
    int compared = 0;
    try (PassageIndex idx = PassageIndex.build(passages, 2)) {
      for (int i = 0; i < 300; i++) {
        String q = coveragebot.bench.Workloads.someWords(passages, r, 12);
        List<Hit> five = idx.search(q, 5);
        for (int n : new int[] {1, 3}) {
          assertThat(idx.search(q, n))
              .as(q + " top " + n)
              .isEqualTo(five.subList(0, Math.min(n, five.size())));
        }
        compared += five.size() == 5 ? 1 : 0;
      }
    }
    assertThat(compared).as("questions with five passages").isGreaterThan(250);
  }

  @Test
  void tiesBreakOnThePassageId() {
    PassageIndex idx = index("same words", "same words", "same words");
    assertThat(ids(idx, "same words")).containsExactly(0, 1, 2);
  }

  @Test
  void wordOrderRanksAPhraseFirst() {
    PassageIndex idx = index("work hard for allies", "allies work hard");
    assertThat(ids(idx, "allies work")).containsExactly(1, 0);
  }

  @Test
  void matchesGivesTheOffsetsOfMatchedWords() {
    PassageIndex idx = index("x");
    String text = "Rutte said allies’ defence works.";
    List<Span> spans = idx.matches("defense work ally", text);
    assertThat(spans.stream().map(s -> s.of(text))).containsExactly("allies", "defence", "works");
  }

  @Test
  void anEmptyIndexAnswersNothing() {
    assertThat(PassageIndex.build(List.of()).search("nato", 3)).isEmpty();
  }

  @Test
  void rescoredHitsAreOrderedByScoreThenDocumentAsTheComparatorOrdersThem() {
    Random r = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      int n = r.nextInt(300);
      // few distinct scores, so that ties are common; zero, tiny and huge scores too
      float[] scores = {0f, Float.MIN_VALUE, 0.5f, 1f, 1.0000001f, 7.25f, 1e30f, Float.MAX_VALUE};
      List<Integer> docs = new ArrayList<>();
      for (int d = 0; docs.size() < n; d += 1 + r.nextInt(round % 2 == 0 ? 3 : 100_000)) {
        docs.add(d);
      }
      ScoreDoc[] inDocOrder = new ScoreDoc[n];
      for (int i = 0; i < n; i++) {
        inDocOrder[i] =
            new ScoreDoc(
                docs.get(i),
                r.nextBoolean() ? scores[r.nextInt(scores.length)] : r.nextFloat() * 30);
      }
      ScoreDoc[] expected = inDocOrder.clone();
      Arrays.sort(
          expected,
          (x, y) ->
              x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
      assertThat(PassageIndex.byScore(inDocOrder)).containsExactly(expected);
    }
  }

  /**
   * An acronym with dots is the word without them, both ways: "U.S. election" finds "the US
   * election" and "US" finds "the U.S. vote" (before 2026-11-29 "U.S." was stemmed to "u." and
   * found nothing; a QA pass). "Mr." and a sentence's "A." are no acronyms.
   */
  @Test
  void anAcronymWithDotsIsTheWordWithout() {
    PassageIndex idx =
        index(
            "Rutte spoke before the US election.",
            "Allies watch the U.S. vote.",
            "Plan A. Then B.");
    assertThat(ids(idx, "U.S. election")).first().isEqualTo(0);
    assertThat(ids(idx, "US vote")).first().isEqualTo(1);
    assertThat(ids(idx, "u.s.")).containsExactlyInAnyOrder(0, 1);
    assertThat(idx.terms("the U.S.A. and U.K.")).containsExactly("usa", "uk");
    assertThat(idx.terms("Mr. Rutte")).containsExactly("mr", "rutt");
    assertThat(AcronymFilter.acronym("U.S", 3)).isTrue();
    assertThat(AcronymFilter.acronym("U.S.A.", 6)).isTrue();
    assertThat(AcronymFilter.acronym("Mr.", 3)).isFalse();
    assertThat(AcronymFilter.acronym("No.1", 4)).isFalse();
    assertThat(AcronymFilter.acronym("A.", 2)).isFalse();
  }
}
