package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import coveragebot.corpus.Article;
import coveragebot.corpus.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

  private static List<Quotation> quotes(String text) {
    Article a = SeedCorpus.article("t.txt", text);
    return SeedCorpus.extract(List.of(a)).all();
  }

  private static List<String> texts(String text) {
    return quotes(text).stream().map(Quotation::text).toList();
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    String body =
        "The story starts here today.\n\nHe’s sure that Nato's plans and the allies' budgets will"
            + " hold, Rutte said on Monday in Berlin.\n";
    assertThat(quotes(body)).isEmpty();
  }

  @Test
  void singleCurlyQuotesAroundAnApostropheAreOneQuote() {
    String body =
        "The story starts here today.\n\nRutte says he’s ‘not concerned’ about Trump’s return.\n";
    assertThat(texts(body)).containsExactly("not concerned");
  }

  @Test
  void straySpacesInsideMarksAreLeftOutOfTheSpan() {
    String body = "The story starts here today.\n\n“ I have no doubt ”, he added.\n";
    assertThat(texts(body)).containsExactly("I have no doubt");
  }

  @Test
  void aQuoteReopenedInTheNextParagraphIsOneQuotation() {
    String body =
        "The story starts here today.\n\n\"We will stay united,\" Rutte said. \"The threat is"
            + " real.\n\n\"And it will not go away.\"\n";
    List<Quotation> q = quotes(body);
    assertThat(q).hasSize(2);
    Quotation running = q.get(1);
    assertThat(running.closed()).isTrue();
    assertThat(running.segments()).hasSize(2);
    assertThat(running.segments().get(0).of(body)).isEqualTo("The threat is real.");
    assertThat(running.segments().get(1).of(body)).isEqualTo("And it will not go away.");
    assertThat(running.speaker()).isEqualTo("Rutte");
  }

  @Test
  void anUnclosedQuoteAtTheEndIsReportedAndKeepsItsText() {
    String body = "The story starts here today.\n\nRutte said the alliance would \"never give up\n";
    List<Quotation> q = quotes(body);
    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.closed()).isFalse();
              assertThat(x.text()).isEqualTo("never give up");
            });
  }

  @Test
  void mismatchedMarksStillPairUp() {
    String body = "The story starts here today.\n\nHe said “first one\" and then \"second one”.\n";
    assertThat(texts(body)).containsExactly("first one", "second one");
  }

  @Test
  void aMarkInsideAWordIsIgnored() {
    String body =
        "The story starts here today.\n\nO\"Brien said the 5\"4 man was \"fine\" today.\n";
    assertThat(texts(body)).containsExactly("fine");
  }

  @Test
  void anArticleMadeOnlyOfQuotesGivesEveryQuote() {
    String body = "\"One.\"\n\n\"Two.\"\n\n“Three.”\n\n'Four.'\n";
    assertThat(texts(body)).containsExactly("One.", "Two.", "Three.", "Four.");
  }

  @Test
  void aHugeSingleLineArticleIsScannedWithoutLosingText() {
    StringBuilder b = new StringBuilder("Headline of a long piece\n\n");
    int n = 0;
    while (b.length() < 200_000) {
      b.append("Rutte said \"part ").append(n++).append("\" and the allies' plans held. ");
    }
    b.append("Then an \"unclosed ending");
    String text = b.toString();
    assertThatCode(() -> quotes(text)).doesNotThrowAnyException();
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(n + 1);
    assertThat(q.get(q.size() - 1).closed()).isFalse();
    assertThat(q.get(q.size() - 1).text()).isEqualTo("unclosed ending");
    for (Quotation x : q) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
      for (Span s : x.segments()) {
        assertThat(s.start()).isBetween(x.start(), x.end());
      }
    }
  }

  @Test
  void boilerplateIsNeverSearched() {
    String body =
        "Top Stories\n\nNATO chief Mark Rutte gestures in Berlin. — Reuters\n\nRutte said the"
            + " alliance was \"united\".\n\nRelated Articles\n\nRutte said \"another story\"\n";
    assertThat(texts(body)).containsExactly("united");
  }

  @Test
  void singleQuotesNestedInADoubleQuoteStayPartOfIt() {
    String body =
        "The story starts here today.\n\n\"He called it 'a disaster', and he was right,\""
            + " Rutte said.\n";
    assertThat(texts(body)).containsExactly("He called it 'a disaster', and he was right,");
  }

  /**
   * Regression for commit cd14898, found by the randomised test below: an opening mark with no
   * words after it (at the end of the text, before a new paragraph, or in the headline) used to be
   * reported as an empty quotation. Minimal inputs of each kind, replayed on every run.
   */
  @Test
  void anOpeningMarkWithNoWordsAfterItIsNotAQuotation() {
    String start = "The story starts here today.\n\n";
    for (String body :
        List.of(
            start + "Rutte said \"",
            start + "Rutte said “\n",
            start + "Rutte said “\n\nThe next paragraph has no marks.\n",
            start + "He added: ‘ \n\nNothing more.\n",
            "Headline “\n\nThe story starts here today.\n")) {
      assertThat(quotes(body)).as(body).isEmpty();
    }
  }

  @Test
  void anUnclosedSingleQuoteDoesNotRunIntoAParagraphThatOpensWithALetter() {
    // Found while writing the regression test above: the next paragraph's first letter was taken
    // for a reopening mark, so the quote ran on without it ("othing more was said.").
    String body =
        "The story starts here today.\n\nHe said ‘we will stay\n\nNothing more was said.\n";
    List<Quotation> q = quotes(body);
    assertThat(q).extracting(Quotation::text).containsExactly("we will stay");
    assertThat(q.get(0).closed()).isFalse();
  }

  @Test
  void randomRunsOfMarksNeverThrowAndAlwaysGiveExactSpans() {
    java.util.Random random = new java.util.Random(4);
    String alphabet = "ab Rutte said.\"'“”‘’«»\n\n:,";
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder("The story starts here today.\n\n");
      for (int i = 0; i < 200; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Quotation q : quotes(text)) {
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.text()).isNotBlank();
      }
    }
  }

  @Test
  void theScannersSkipPassesOverNoMark() {
    // mayBeMark lets the scanner skip a character without the two tests; it must never skip one
    // that either test takes, wherever it stands (alone, after a space, inside a word)
    int kept = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String around : new String[] {"  ", "a ", "aa"}) {
        String text = around.charAt(0) + String.valueOf(c) + around.charAt(1);
        Region region = new Region(0, text.length(), false, 0);
        boolean taken =
            QuoteMarks.doubleMark(text, 1, region) != QuoteMarks.Mark.NONE
                || QuoteMarks.isSingle(c);
        if (taken) {
          assertThat(QuoteMarks.mayBeMark(c)).as("U+%04X", (int) c).isTrue();
        }
      }
      kept += QuoteMarks.mayBeMark(c) ? 1 : 0;
    }
    // and it does skip: below U+2018 only the four marks there (" ' « ») are kept
    assertThat(QuoteMarks.mayBeMark('a')).isFalse();
    assertThat(QuoteMarks.mayBeMark('\u2014')).isFalse();
    assertThat(kept).isEqualTo(4 + Character.MAX_VALUE - '\u2018');
  }
}
