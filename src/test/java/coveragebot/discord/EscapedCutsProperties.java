package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated text made of markdown characters, backslashes, line starts and astral characters, cut
 * at any length: escaped text is never cut inside an escape or a surrogate pair (see {@link
 * EscapedCutsTest} for the cut at every position of one text).
 */
class EscapedCutsProperties {

  private static final List<String> TOKENS =
      List.of(
          "*",
          "_",
          "~",
          "`",
          "|",
          ">",
          "[",
          "]",
          "(",
          ")",
          "<",
          "#",
          "-",
          "+",
          ".",
          "1",
          "\\",
          " ",
          "\n",
          "a",
          "word",
          "é",
          "\uD83D\uDE00",
          "\uD83D\uDC4D\uD83C\uDFFD",
          "@everyone");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(400).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void quoteFitIsACleanExactPrefix(@ForAll("text") String s, @ForAll @IntRange(max = 900) int n) {
    Quote q = Quote.fit(s, n);
    EscapedCutsTest.assertCleanCut("Quote.fit to " + n, q.shown());
    assertThat(q.shown().length()).isLessThanOrEqualTo(n);
  }

  @Property(tries = 1000)
  void cutShownIsACleanPrefixOfTheEscapedText(
      @ForAll("text") String s, @ForAll @IntRange(max = 900) int n) {
    String escaped = Markdown.escape(s);
    String cut = Quote.cutShown(escaped, n);
    EscapedCutsTest.assertCleanCut("cutShown to " + n, cut);
    assertThat(cut.length()).isLessThanOrEqualTo(n);
    String kept =
        cut.endsWith("…") && !cut.equals(escaped) ? cut.substring(0, cut.length() - 1) : cut;
    assertThat(escaped).startsWith(kept);
    assertThat(s).startsWith(Markdown.unescape(kept));
  }

  /** Long generated text through every place that cuts (the texts pass Discord's limits). */
  @Property(tries = 100)
  void everyPlaceThatCutsLeavesNoStrayBackslash(@ForAll("text") String s) {
    String longText = "x" + s.repeat(1 + 2600 / Math.max(1, s.length()));
    for (Map.Entry<String, UnaryOperator<String>> site : EscapedCutsTest.SITES.entrySet()) {
      EscapedCutsTest.assertCleanCut(site.getKey(), site.getValue().apply(longText));
    }
  }
}
