package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * For any article text, however hostile, parsing never throws, every span is the exact text at its
 * offsets, and no visible character is lost: each lands in a passage or a boilerplate block.
 */
class IngestProperties {

  static final List<String> FRAGMENTS =
      List.of(
          "\n",
          "\n\n",
          "\r\n",
          "\r",
          "\uFEFF",
          "\u0000",
          " ",
          "\t",
          "\u00A0",
          "\u200B",
          "\u2060",
          "“",
          "”",
          "‘",
          "’",
          "\"",
          "'",
          "«",
          "»",
          "Mr.",
          "U.S.",
          "J.",
          "e.g.",
          ". ",
          "? ",
          "! ",
          "…",
          "—",
          "–",
          "-",
          "|",
          " | ",
          "•",
          "Published: Tue 5 Nov 2024, 9:07 AM",
          "05.11.2024, 13:50",
          "Nov 06,2024",
          "By AFP",
          "AFP",
          "Top Stories",
          "Next Story",
          "Related Articles",
          "You are here",
          "— Reuters",
          "(AFP photo)",
          "0°C",
          "😀",
          "👍🏽",
          "e\u0301",
          "\u202E",
          "مرحبا بالعالم",
          "שלום",
          "Rutte said",
          "NATO",
          "Nato's",
          "allies'",
          "x".repeat(1200),
          "word ".repeat(300),
          "Sentence one. Sentence two? ");

  @Provide
  Arbitrary<String> articleText() {
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, fragment),
            net.jqwik.api.Tuple.of(2, anyChars),
            net.jqwik.api.Tuple.of(5, words))
        .list()
        .ofMaxSize(150)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 600)
  void parsingAnyTextKeepsEverySpanExactAndLosesNothing(@ForAll("articleText") String text) {
    assertParsesExactly(text);
  }

  @Test
  void aOneMegabyteSingleLineParsesIntoExactPassages() {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (b.length() < 1 << 20) {
      b.append("Word").append(i++).append(i % 17 == 0 ? ". " : " ");
    }
    assertParsesExactly(b.toString());
  }

  static void assertParsesExactly(String text) {
    Article a = new ArticleParser().parse("any.txt", text, null, 0);
    assertThat(a.text()).isSameAs(text);
    List<int[]> covered = new ArrayList<>();
    int previousEnd = 0;
    for (Passage p : a.passages()) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.text().length()).isBetween(1, ArticleParser.MAX_PASSAGE_CHARS);
      previousEnd = p.end();
      covered.add(new int[] {p.start(), p.end()});
    }
    for (Boilerplate b : a.boilerplate()) {
      assertThat(text.substring(b.start(), b.end())).isEqualTo(b.text());
      covered.add(new int[] {b.start(), b.end()});
    }
    covered.sort(Comparator.comparingInt(r -> r[0]));
    int at = 0;
    for (int[] r : covered) {
      assertThat(r[0]).as("spans overlap").isGreaterThanOrEqualTo(at);
      assertOnlySpace(text, at, r[0]);
      at = r[1];
    }
    assertOnlySpace(text, at, text.length());
  }

  private static void assertOnlySpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      assertThat(
              SentenceSplitter.isSpace(text.charAt(i))
                  || text.charAt(i) == '\n'
                  || text.charAt(i) == '\r')
          .as("character %d (U+%04X) between spans was lost", i, (int) text.charAt(i))
          .isTrue();
    }
  }
}
