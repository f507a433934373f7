package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteTest {

  @Test
  void shortTextIsShownWholeWithoutEllipsis() {
    Quote q = Quote.fit("He said *yes*.", 100);
    assertThat(q.cut()).isFalse();
    assertThat(q.shown()).isEqualTo("He said \\*yes\\*.");
    assertThat(q.length()).isEqualTo(14);
  }

  @Test
  void longTextIsCutAfterAWordWithTheEllipsisOutside() {
    String s = "one two three four five six seven";
    Quote q = Quote.fit(s, 20);
    assertThat(q.cut()).isTrue();
    assertThat(q.shown()).isEqualTo("one two three four …");
    assertThat(s).startsWith(s.substring(0, q.length()));
    assertThat(q.shown().length()).isLessThanOrEqualTo(20);
  }

  @Test
  void aCutNeverSplitsAnEscapeOrASurrogatePair() {
    String s = "😀😀😀😀😀 ****** ______";
    for (int budget = 0; budget < 40; budget++) {
      Quote q = Quote.fit(s, budget);
      assertThat(q.shown().length()).isLessThanOrEqualTo(Math.max(budget, 0));
      String verbatim =
          q.cut() && q.shown().endsWith(Quote.ELLIPSIS)
              ? q.shown().substring(0, q.shown().length() - Quote.ELLIPSIS.length())
              : q.cut() ? "" : q.shown();
      assertThat(Markdown.unescape(verbatim)).isEqualTo(s.substring(0, q.length()));
      if (q.length() > 0) {
        assertThat(Character.isHighSurrogate(s.charAt(q.length() - 1))).isFalse();
      }
    }
  }

  @Test
  void everyCutOfRandomTextIsAnExactPrefix() {
    Random random = new Random(42);
    String alphabet = "abc  \n*_`\\<>-#|~[]😀";
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(300);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int budget = 3 + random.nextInt(400);
      Quote q = Quote.fit(s, budget);
      assertThat(q.shown().length()).isLessThanOrEqualTo(budget);
      String shown = q.shown();
      if (q.cut() && q.length() > 0) {
        assertThat(shown).endsWith(Quote.ELLIPSIS);
        shown = shown.substring(0, shown.length() - Quote.ELLIPSIS.length());
      }
      if (q.length() > 0 || !q.cut()) {
        assertThat(Markdown.unescape(shown)).isEqualTo(s.substring(0, q.length()));
      }
    }
  }
}
