package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any run of quote marks, apostrophes, words and paragraph breaks, extraction never throws and
 * every quotation is the exact, non-blank text at its offsets, each piece starting and ending at a
 * word's edge (never with a letter cut off). The {@code @Example}s replay inputs that once failed.
 */
public class QuoteProperties {
  static final String START = "The story starts here today.\n\n";

  /** Also the raw material of BotProperties' articles. */
  public static final List<String> PIECES =
      List.of(
          "“",
          "”",
          "‘",
          "’",
          "\"",
          "'",
          "«",
          "»",
          " ",
          " ",
          " ",
          "\n",
          "\n\n",
          "\n\n",
          "Rutte said",
          "he added",
          ", ",
          ". ",
          ": ",
          "He’s",
          "Nato's",
          "allies'",
          "’90s",
          "we will stay united",
          "Nothing more",
          "the alliance",
          "a",
          "x",
          "2024",
          "—");

  @Provide
  Arbitrary<String> body() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(p -> START + String.join("", p));
  }

  @Property(tries = 500)
  void everyQuotationIsExactNonBlankAndCutsNoWord(@ForAll("body") String text) {
    assertQuotationsSound(text);
  }

  /** cd14898: an opening mark with nothing after it was an empty quotation. */
  @Example
  void anOpeningMarkAtTheEnd() {
    assertQuotationsSound(START + "Rutte said \"");
    assertThat(quotes(START + "Rutte said \"")).isEmpty();
  }

  /** The next paragraph's first letter was taken for a reopening single mark ("othing more."). */
  @Example
  void anUnclosedSingleQuoteBeforeAParagraphOpeningWithALetter() {
    assertQuotationsSound(START + "He added: ‘ \n\nNothing more.\n");
    assertQuotationsSound(START + "He said ‘we will stay\n\nNothing more was said.\n");
  }

  /**
   * The same bug as jqwik found it on its own (seed -6633749906972814248, before the fix), shrunk
   * to: {@code "The story starts here today.\n\n‘\nRutte said"} ("utte said" was quoted).
   */
  @Example
  void shrunkSampleOfTheSameBug() {
    assertQuotationsSound(START + "‘\nRutte said");
  }

  static List<Quotation> quotes(String text) {
    return SeedCorpus.extract(List.of(SeedCorpus.article("t.txt", text))).all();
  }

  static void assertQuotationsSound(String text) {
    for (Quotation q : quotes(text)) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.text()).as("quotation text").isNotBlank();
      for (Span s : q.segments()) {
        assertThat(s.start()).isGreaterThan(0);
        assertThat(Character.isLetterOrDigit(text.charAt(s.start() - 1)))
            .as("piece %s of %s starts inside a word", s, q)
            .isFalse();
        assertThat(s.end() < text.length() && Character.isLetterOrDigit(text.charAt(s.end())))
            .as("piece %s of %s ends inside a word", s, q)
            .isFalse();
      }
    }
  }
}
