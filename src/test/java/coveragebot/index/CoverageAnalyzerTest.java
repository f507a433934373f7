package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Passage;
import coveragebot.testing.RandomTexts;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * Quotes are folded as Lucene's MappingCharFilter over the same pairs folded them (the analyzer's
 * first form): same terms, positions and offsets, stemmed and not, on generated passages in every
 * house style and on random strings of quotes, apostrophes and words.
 */
class CoverageAnalyzerTest {
  private static final NormalizeCharMap PAIRS = pairs();

  private static NormalizeCharMap pairs() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\u2032", "\uFF07"}) {
      b.add(apostrophe, "'");
    }
    for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
      b.add(quote, "\"");
    }
    return b.build();
  }

  /** The analyzer with MappingCharFilter in front (its own folding then finds nothing to do). */
  private static Analyzer mapped(Analyzer analyzer) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return new MappingCharFilter(PAIRS, reader);
      }
    };
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "+"
                + inc.getPositionIncrement()
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }

  private static final String[] PIECES = {
    "Rutte", "’s", "'s", "‘", "’", "ʼ", "′", "＇", "“", "”", "„", "«", "»", "\"", "'", "Kallas",
    "rock", "’n’", "roll", " ", ", ", ".", "the", "isn’t", "colour", "NATO", "é", "7", "\n"
  };

  /**
   * ComposedFormFilter's fast path: a word of characters below U+0300 alone is in NFC already, as
   * each of them is and no two of them compose.
   */
  @Test
  void charactersBelowTheCombiningMarksAreComposedAlready() {
    for (char a = 0; a < '\u0300'; a++) {
      assertThat(
              java.text.Normalizer.isNormalized(String.valueOf(a), java.text.Normalizer.Form.NFC))
          .as("U+%04X", (int) a)
          .isTrue();
      for (char b = 0; b < '\u0300'; b++) {
        String pair = new String(new char[] {a, b});
        if (!java.text.Normalizer.isNormalized(pair, java.text.Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X composes", (int) a, (int) b));
        }
      }
    }
  }

  @Test
  void foldsQuotesAsTheMappingCharFilterDid() throws IOException {
    for (boolean stemmed : new boolean[] {true, false}) {
      Analyzer analyzer = new CoverageAnalyzer(stemmed);
      Analyzer reference = mapped(new CoverageAnalyzer(stemmed));
      int curly = 0;
      for (Passage p : new CorpusGenerator(8).corpus(120).passages()) {
        assertThat(tokens(analyzer, p.text())).isEqualTo(tokens(reference, p.text()));
        curly += p.text().indexOf('’') >= 0 || p.text().indexOf('“') >= 0 ? 1 : 0;
      }
      assertThat(curly).isGreaterThan(50);
      Random r = new Random(5);
      for (int t = 0; t < 5_000; t++) {
        String text = RandomTexts.of(r, PIECES, 14);
        assertThat(tokens(analyzer, text)).as("[%s]", text).isEqualTo(tokens(reference, text));
      }
    }
  }
}
