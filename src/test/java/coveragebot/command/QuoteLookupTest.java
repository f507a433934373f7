package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import coveragebot.extract.QuoteExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The look-up /quote narrows quotations with never loses one: over generated articles, for speakers
 * and words taken from the quotations themselves, it returns every quotation that reading them all
 * would keep, in the same order.
 */
class QuoteLookupTest {
  private static final Quotations QUOTES =
      new QuoteExtractor().extract(new CorpusGenerator(11).corpus(300).articles());
  private static final QuoteLookup LOOKUP = new QuoteLookup(QUOTES);

  private static List<Quotation> byReading(String speaker, Set<String> any, List<String> all) {
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : QUOTES.all()) {
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
}
