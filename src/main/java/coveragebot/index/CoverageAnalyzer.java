package coveragebot.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for news text. Curly and straight quotes and apostrophes are the same, NATO and
 * Nato are the same, a word with precomposed accents and the same word with combining ones are the
 * same ({@link ComposedFormFilter}), British and American spellings are the same; {@code stemmed}
 * adds stop words, irregular past forms as their verbs ({@link IrregularVerbs}) and Porter stemming
 * for recall, the unstemmed form keeps every word as written (in lower case) for exact checks.
 */
final class CoverageAnalyzer extends Analyzer {

  /**
   * Lucene's English stop words plus the words questions are made of ("who did", "how does"): in a
   * passage they carry no topic, and in a question they pull in passages that merely share them.
   * "us" stays a word: it is also the US.
   */
  private static final CharArraySet STOP_WORDS = stopWords();

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    set.addAll(
        java.util.List.of(
            "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "do", "does",
            "did", "has", "have", "had", "would", "could", "should", "can", "may", "might"));
    return CharArraySet.unmodifiableSet(set);
  }

  /** Whether search drops {@code word} (lower case) as a stop word. */
  static boolean stopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  private final boolean stemmed;

  /** Where the stemmed chain records the exact words it reads, or null. */
  private final ExactWords exactWords;

  CoverageAnalyzer(boolean stemmed) {
    this.stemmed = stemmed;
    this.exactWords = null;
  }

  /**
   * The stemmed analysis, recording on its way each passage's exact words into {@code exactWords}
   * for the exact field to replay. One thread only: the recording is the last text read.
   */
  CoverageAnalyzer(ExactWords exactWords) {
    this.stemmed = true;
    this.exactWords = exactWords;
  }

  /**
   * Curly and other apostrophes to {@code '}, curly and angle quotes to {@code "}: one character
   * for one, so offsets need no correcting.
   */
  static char foldQuote(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u2032', '\uFF07' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
      default -> c;
    };
  }

  /**
   * {@link #foldQuote} over the text as the tokenizer reads it. Lucene's MappingCharFilter did the
   * same through a per-character map look-up, about a fifth of indexing time (CoverageAnalyzerTest
   * compares the two).
   */
  static final class QuoteFolder extends CharFilter {
    QuoteFolder(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = input.read(buf, off, len);
      for (int i = off; i < off + n; i++) {
        buf[i] = foldQuote(buf[i]);
      }
      return n;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new QuoteFolder(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(64);
    TokenStream t = new AcronymFilter(new ComposedFormFilter(source));
    t = new EnglishPossessiveFilter(t);
    t = new LowerCaseFilter(t);
    t = new ASCIIFoldingFilter(t);
    t = new SpellingVariantFilter(t, SpellingVariants.BRITISH_TO_AMERICAN);
    if (exactWords != null) {
      t = ExactWords.tap(t, exactWords);
    }
    if (stemmed) {
      t = new StopFilter(t, STOP_WORDS);
      t = new SpellingVariantFilter(t, IrregularVerbs.PAST_TO_BASE);
      t = new PorterStemFilter(t);
    }
    return new TokenStreamComponents(source, t);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(new ComposedFormFilter(in)));
  }
}
