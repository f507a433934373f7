package coveragebot.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher over the index of distinct texts whose statistics count every copy, as if each passage
 * were its own document: how many passages have a word, how often it occurs in them all, how many
 * passages there are and how long they are. Scoring (BM25) reads nothing else of the corpus, and a
 * passage's own words and length are its text's, so every passage gets the score the index of all
 * passages would give it, to the last bit (CopiesTest compares the two).
 */
final class CopiesSearcher extends IndexSearcher {
  /** What the copies beyond each text's first add to a word: passages, then occurrences. */
  private final Map<String, Map<BytesRef, long[]>> terms;

  /** What they add to a field: passages with the field, words, then (passage, word) pairs. */
  private final Map<String, long[]> fields;

  private final long passages;

  private CopiesSearcher(
      IndexReader reader,
      Executor executor,
      Map<String, Map<BytesRef, long[]>> terms,
      Map<String, long[]> fields,
      long passages) {
    super(reader, executor);
    this.terms = terms;
    this.fields = fields;
    this.passages = passages;
  }

  /**
   * A searcher for {@code reader}, whose document d is the text of {@code copies}' document d.
   * Reads every posting of {@code fieldNames} once to count the copies.
   */
  static CopiesSearcher of(
      IndexReader reader, Executor executor, Copies copies, List<String> fieldNames)
      throws IOException {
    Map<String, Map<BytesRef, long[]>> terms = new HashMap<>();
    Map<String, long[]> fields = new HashMap<>();
    if (copies.docs() < copies.passages()) {
      for (String field : fieldNames) {
        Map<BytesRef, long[]> added = new HashMap<>();
        long[] total = new long[3];
        boolean[] counted = new boolean[copies.docs()];
        for (LeafReaderContext leaf : reader.leaves()) {
          count(leaf, field, copies, added, total, counted);
        }
        terms.put(field, added);
        fields.put(field, total);
      }
    }
    return new CopiesSearcher(reader, executor, terms, fields, copies.passages());
  }

  private static void count(
      LeafReaderContext leaf,
      String field,
      Copies copies,
      Map<BytesRef, long[]> added,
      long[] total,
      boolean[] counted)
      throws IOException {
    Terms t = leaf.reader().terms(field);
    if (t == null) {
      return;
    }
    TermsEnum words = t.iterator();
    PostingsEnum postings = null;
    while (words.next() != null) {
      postings = words.postings(postings, PostingsEnum.FREQS);
      long docs = 0;
      long occurrences = 0;
      for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
        int doc = leaf.docBase + d;
        int more = copies.count(doc) - 1;
        if (more > 0) {
          docs += more;
          occurrences += (long) more * postings.freq();
          if (!counted[doc]) {
            counted[doc] = true;
            total[0] += more;
          }
        }
      }
      if (docs > 0) {
        long[] sum = added.computeIfAbsent(BytesRef.deepCopyOf(words.term()), k -> new long[2]);
        sum[0] += docs;
        sum[1] += occurrences;
        total[1] += occurrences;
        total[2] += docs;
      }
    }
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    Map<BytesRef, long[]> field = terms.get(term.field());
    long[] more = field == null ? null : field.get(term.bytes());
    if (more == null) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    return new TermStatistics(term.bytes(), docFreq + more[0], totalTermFreq + more[1]);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics own = super.collectionStatistics(field);
    if (own == null) {
      return null;
    }
    long[] more = fields.getOrDefault(field, new long[3]);
    return new CollectionStatistics(
        field,
        passages,
        own.docCount() + more[0],
        own.sumTotalTermFreq() + more[1],
        own.sumDocFreq() + more[2]);
  }
}
