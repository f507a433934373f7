package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The filter rescoring puts beside a phrase: exactly the listed documents, in every segment. */
class DocsQueryTest {

  private static ByteBuffersDirectory segment(int from, int count) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = from; i < from + count; i++) {
        Document d = new Document();
        d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        w.addDocument(d);
      }
    }
    return dir;
  }

  private static TreeSet<Integer> found(IndexSearcher searcher, Query q) throws IOException {
    TreeSet<Integer> out = new TreeSet<>();
    for (ScoreDoc d : searcher.search(q, 1000).scoreDocs) {
      out.add(d.doc);
    }
    return out;
  }

  @Test
  void matchesTheListedDocumentsAloneAndBesideAnotherQuery() throws IOException {
    // two segments of 50 and 70 documents, read as one index as PassageIndex reads its shares
    IndexReader reader =
        new MultiReader(
            DirectoryReader.open(segment(0, 50)), DirectoryReader.open(segment(50, 70)));
    IndexSearcher searcher = new IndexSearcher(reader);
    Random r = new Random(3);
    for (int round = 0; round < 50; round++) {
      TreeSet<Integer> listed = new TreeSet<>();
      for (int k = r.nextInt(30); k > 0; k--) {
        listed.add(r.nextInt(120));
      }
      int[] docs = listed.stream().mapToInt(Integer::intValue).toArray();
      assertThat(found(searcher, new DocsQuery(docs))).isEqualTo(listed);
      TreeSet<Integer> even = new TreeSet<>();
      listed.stream().filter(d -> d % 2 == 0).forEach(even::add);
      Query both =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term("parity", "even")), Occur.MUST)
              .add(new DocsQuery(docs), Occur.FILTER)
              .build();
      assertThat(found(searcher, both)).as(listed.toString()).isEqualTo(even);
    }
  }
}
