package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import coveragebot.extract.QuoteExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The look-up /quote narrows quotations with never loses one: over generated articles, for speakers
 * and words taken from the quotations themselves, it returns every quotation that reading them all
 * would keep, in the same order; and the groups it shows are those that counting every quotation
 * would show.
 */
class QuoteLookupTest {
  private static final Quotations QUOTES =
      new QuoteExtractor().extract(new CorpusGenerator(11).corpus(300).articles());

  /** Ten outlets, by the file's number, so that groups carry different counts of them. */
  private static String outlet(String file) {
    return "outlet " + (Math.abs(file.hashCode()) % 10);
  }

  private static final QuoteLookup LOOKUP = new QuoteLookup(QUOTES.all(), q -> outlet(q.file()));

  private static List<Quotation> byReading(String speaker, Set<String> any, List<String> all) {
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : LOOKUP.all()) {
      List<String> words = Text.words(q.text());
      if (q.kind() == Quotation.Kind.TITLE
          || (speaker != null && !speaker.equals(q.speaker()))
          || (any != null && words.stream().noneMatch(any::contains))
          || (all != null && (all.isEmpty() || !words.containsAll(all)))) {
        continue;
      }
      out.add(q);
    }
    return out;
  }

  @Test
  void everyQuotationThatReadingAllWouldKeepIsACandidateInOrder() {
    assertThat(QUOTES.all()).hasSizeGreaterThan(500);
    Random r = new Random(5);
    List<Quotation> all = QUOTES.all();
    for (int i = 0; i < 300; i++) {
      Quotation q = all.get(r.nextInt(all.size()));
      List<String> words = Text.words(q.text());
      String speaker = r.nextBoolean() ? q.speaker() : null;
      Set<String> any = null;
      List<String> phrase = null;
      if (!words.isEmpty() && r.nextBoolean()) {
        any = new HashSet<>(List.of(words.get(r.nextInt(words.size())), "zeppelin"));
      }
      if (!words.isEmpty() && r.nextBoolean()) {
        int from = r.nextInt(words.size());
        phrase = words.subList(from, Math.min(words.size(), from + 1 + r.nextInt(4)));
      }
      List<Quotation> expected = byReading(speaker, any, phrase);
      assertThat(LOOKUP.candidates(speaker, any, phrase))
          .as("speaker %s, any of %s, all of %s", speaker, any, phrase)
          .containsSubsequence(expected)
          .allMatch(c -> c.kind() != Quotation.Kind.TITLE);
      if (any != null || phrase != null) {
        assertThat(LOOKUP.candidates(speaker, any, phrase)).isEqualTo(expected);
      }
    }
    assertThat(LOOKUP.candidates(null, Set.of(), null)).isEmpty();
    assertThat(LOOKUP.candidates(null, null, List.of())).isEmpty();
    assertThat(LOOKUP.candidates("Nobody At All", null, null)).isEmpty();
  }

  /**
   * What /quote shows, worked out the slow way: every quotation read with the filter, the passing
   * members of each group counted, groups sorted by outlets then by group order.
   */
  private static List<String> byCounting(Predicate<Quotation> keep, int limit) {
    Map<Integer, List<Quotation>> passing = new TreeMap<>();
    for (int rank = 0; rank < LOOKUP.size(); rank++) {
      Quotation q = LOOKUP.all().get(rank);
      if (keep.test(q)) {
        passing.computeIfAbsent(LOOKUP.groupOf(rank), g -> new ArrayList<>()).add(q);
      }
    }
    return passing.values().stream()
        .sorted(
            Comparator.comparingInt(
                (List<Quotation> m) ->
                    -(int) m.stream().map(q -> outlet(q.file())).distinct().count()))
        .limit(limit)
        .map(QuoteLookupTest::describe)
        .toList();
  }

  private static boolean inARow(List<String> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(List<Quotation> members) {
    long outlets = members.stream().map(q -> outlet(q.file())).distinct().count();
    return outlets + " " + members.stream().map(q -> q.file() + "@" + q.start()).toList();
  }

  @Test
  void quotationsAreRankedFullFirstThenByConfidenceThenInExtractionOrder() {
    // the reference: each quotation's place in extraction order breaks ties
    List<Quotation> extracted =
        QUOTES.all().stream().filter(q -> q.kind() != Quotation.Kind.TITLE).toList();
    Integer[] order = new Integer[extracted.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (a, b) -> {
          Quotation x = extracted.get(a);
          Quotation y = extracted.get(b);
          boolean fullX = x.kind() == Quotation.Kind.FULL;
          boolean fullY = y.kind() == Quotation.Kind.FULL;
          if (fullX != fullY) {
            return fullX ? -1 : 1;
          }
          int byConfidence =
              Double.compare(y.attribution().confidence(), x.attribution().confidence());
          return byConfidence != 0 ? byConfidence : Integer.compare(a, b);
        });
    List<Quotation> expected = java.util.Arrays.stream(order).map(extracted::get).toList();
    assertThat(LOOKUP.all()).containsExactlyElementsOf(expected);
    // not trivially so: the corpus has both kinds and several confidences
    assertThat(extracted.stream().map(Quotation::kind).distinct().count()).isGreaterThan(1);
    assertThat(extracted.stream().map(q -> q.attribution().confidence()).distinct().count())
        .isGreaterThan(2);
  }

  @Test
  void theGroupsShownAreThoseCountingEveryQuotationWouldShow() {
    Random r = new Random(8);
    List<Quotation> all = LOOKUP.all();
    int compared = 0;
    int multiOutlet = 0;
    for (int i = 0; i < 400; i++) {
      Quotation q = all.get(r.nextInt(all.size()));
      List<String> words = Text.words(q.text());
      String speaker = r.nextInt(3) > 0 ? q.speaker() : null;
      Set<String> any = null;
      List<String> phrase = null;
      if (!words.isEmpty() && r.nextBoolean()) {
        any = new HashSet<>(List.of(words.get(r.nextInt(words.size()))));
      }
      if (speaker == null && r.nextInt(5) > 0 || (!words.isEmpty() && r.nextInt(4) == 0)) {
        int from = r.nextInt(Math.max(1, words.size()));
        phrase =
            words.isEmpty()
                ? List.of("the")
                : words.subList(from, Math.min(words.size(), from + 1 + r.nextInt(3)));
        if (r.nextInt(4) == 0) {
          phrase = phrase.reversed(); // words it holds, often not in that order
        }
      }
      String who = speaker;
      Set<String> anyOf = any;
      List<String> all2 = phrase;
      // no other filter (whole groups counted without reading members), one that keeps all, one
      // that leaves an outlet out
      Predicate<Quotation> other =
          switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> c -> true;
            default -> c -> !outlet(c.file()).equals("outlet 3");
          };
      Predicate<Quotation> keep =
          c ->
              (who == null || who.equals(c.speaker()))
                  && (anyOf == null || Text.words(c.text()).stream().anyMatch(anyOf::contains))
                  && (all2 == null || inARow(Text.words(c.text()), all2))
                  && (other == null || other.test(c));
      int limit = 1 + r.nextInt(8);
      List<String> expected = byCounting(keep, limit);
      List<String> shown =
          LOOKUP.top(speaker, any, phrase, other, limit).stream()
              .map(
                  s -> {
                    List<Quotation> m = new ArrayList<>();
                    m.add(s.best());
                    m.addAll(s.copies());
                    assertThat(s.outlets())
                        .isEqualTo(m.stream().map(c -> outlet(c.file())).distinct().count());
                    return describe(m);
                  })
              .toList();
      assertThat(shown)
          .as("speaker %s, any of %s, all of %s, limit %d", speaker, any, phrase, limit)
          .isEqualTo(expected);
      compared += expected.size();
      multiOutlet += (int) expected.stream().filter(e -> !e.startsWith("1 ")).count();
    }
    assertThat(compared).isGreaterThan(400);
    assertThat(multiOutlet).as("groups carried by several outlets").isGreaterThan(100);
  }
}
