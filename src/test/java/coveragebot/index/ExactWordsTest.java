package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Passage;
import coveragebot.corpus.SourceRef;
import coveragebot.testing.RandomTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The index reads each passage once and replays the exact words the stemmed analysis recorded
 * ({@link ExactWords}); its two fields must hold what two separate analyses give: the same words,
 * in the same passages, as often, with the same field lengths (which BM25 scores by).
 */
class ExactWordsTest {
  private static final SourceRef SOURCE = new SourceRef("t.txt", "Test", null, null, null, null);

  private static final String[] PIECES = {
    " ",
    "  ",
    "Nato",
    "NATO’s",
    "don't",
    "“no”",
    "defence",
    "organisation",
    "the",
    "of",
    "and",
    "Rutte's",
    "café",
    "2024",
    "e-mail",
    "x".repeat(70),
    ".",
    ",",
    "\n",
    "Ukraine’s",
    "U.S.",
    "—"
  };

  @Test
  void bothFieldsHoldWhatTwoSeparateAnalysesGive() throws IOException {
    List<Passage> passages = new ArrayList<>();
    for (Passage p : new CorpusGenerator(11).corpus(400).passages()) {
      passages.add(p);
    }
    Random r = new Random(5);
    int at = 0;
    for (int i = 0; i < 500; i++) {
      String t = i == 0 ? "" : RandomTexts.of(r, PIECES, 30);
      passages.add(new Passage(passages.size(), SOURCE, at, at + t.length(), t, 0));
      at += t.length() + 1;
    }
    try (PassageIndex index = PassageIndex.buildWithoutMergingCopies(passages, 1);
        ByteBuffersDirectory plain = plainIndex(passages);
        DirectoryReader expected = DirectoryReader.open(plain)) {
      IndexReader actual = index.searcher().getIndexReader();
      assertThat(actual.maxDoc()).isEqualTo(expected.maxDoc());
      for (String field : List.of(Fields.TEXT, Fields.EXACT)) {
        assertSamePostings(field, expected, actual);
        assertSameNorms(field, expected, actual);
      }
    }
  }

  /** Both fields analysed from the passage text, each by its own analyzer, as before the tap. */
  private static ByteBuffersDirectory plainIndex(List<Passage> passages) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    var analyzer =
        new PerFieldAnalyzerWrapper(
            new CoverageAnalyzer(true),
            java.util.Map.of(Fields.EXACT, new CoverageAnalyzer(false)));
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Passage p : passages) {
        Document doc = new Document();
        doc.add(new TextField(Fields.TEXT, p.text(), Field.Store.NO));
        doc.add(new TextField(Fields.EXACT, p.text(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return dir;
  }

  private static void assertSamePostings(String field, IndexReader expected, IndexReader actual)
      throws IOException {
    Terms want = MultiTerms.getTerms(expected, field);
    Terms got = MultiTerms.getTerms(actual, field);
    assertThat(got.size()).as(field + " words").isEqualTo(want.size());
    TermsEnum w = want.iterator();
    TermsEnum g = got.iterator();
    int words = 0;
    for (BytesRef term = w.next(); term != null; term = w.next()) {
      assertThat(g.next()).as(field).isEqualTo(term);
      PostingsEnum wp = w.postings(null, PostingsEnum.FREQS);
      PostingsEnum gp = g.postings(null, PostingsEnum.FREQS);
      for (int doc = wp.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = wp.nextDoc()) {
        assertThat(gp.nextDoc()).as(field + " " + term.utf8ToString()).isEqualTo(doc);
        assertThat(gp.freq()).as(field + " " + term.utf8ToString()).isEqualTo(wp.freq());
      }
      assertThat(gp.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
      words++;
    }
    assertThat(g.next()).isNull();
    assertThat(words).as(field + " words compared").isGreaterThan(500);
  }

  private static void assertSameNorms(String field, IndexReader expected, IndexReader actual)
      throws IOException {
    NumericDocValues want = MultiDocValues.getNormValues(expected, field);
    NumericDocValues got = MultiDocValues.getNormValues(actual, field);
    for (int doc = want.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = want.nextDoc()) {
      assertThat(got.advance(doc)).as(field + " norms").isEqualTo(doc);
      assertThat(got.longValue()).as(field + " length of " + doc).isEqualTo(want.longValue());
    }
  }
}
