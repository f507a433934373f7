package coveragebot.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  /** Per field, what the copies beyond each text's first add to its words and to the field. */
  private final Map<String, Added> fields;

  private final long passages;

  private CopiesSearcher(
      IndexReader reader, Executor executor, Map<String, Added> fields, long passages) {
    super(reader, executor);
    this.fields = fields;
    this.passages = passages;
  }

  /**
   * A searcher for {@code reader}, whose document d is the text of {@code copies}' document d.
   * Reads every posting of {@code fieldNames} once to count the copies, the fields side by side.
   */
  static CopiesSearcher of(
      IndexReader reader, Executor executor, Copies copies, List<String> fieldNames) {
    Map<String, Added> fields = new HashMap<>();
    if (copies.docs() < copies.passages()) {
      List<Added> added =
          fieldNames.parallelStream().map(field -> added(reader, field, copies)).toList();
      for (int i = 0; i < added.size(); i++) {
        fields.put(fieldNames.get(i), added.get(i));
      }
    }
    return new CopiesSearcher(reader, executor, fields, copies.passages());
  }

  private static Added added(IndexReader reader, String field, Copies copies) {
    Map<BytesRef, long[]> words = new TreeMap<>();
    long[] total = new long[3];
    boolean[] counted = new boolean[copies.docs()];
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        count(leaf, field, copies, words, total, counted);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading the in-memory index failed", e);
    }
    return Added.of(words, total);
  }

  private static void count(
      LeafReaderContext leaf,
      String field,
      Copies copies,
      Map<BytesRef, long[]> words,
      long[] total,
      boolean[] counted)
      throws IOException {
    Terms t = leaf.reader().terms(field);
    if (t == null) {
      return;
    }
    TermsEnum terms = t.iterator();
    PostingsEnum postings = null;
    while (terms.next() != null) {
      postings = terms.postings(postings, PostingsEnum.FREQS);
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
        long[] sum = words.computeIfAbsent(BytesRef.deepCopyOf(terms.term()), k -> new long[2]);
        sum[0] += docs;
        sum[1] += occurrences;
        total[1] += occurrences;
        total[2] += docs;
      }
    }
  }

  /**
   * What the copies add to one field: to each word (in byte order, their bytes one after another: a
   * few bytes a word instead of a map entry's hundred) the passages that have it and its
   * occurrences, and to the field the passages that have it, its words and its (passage, word)
   * pairs. Read-only once made.
   */
  private record Added(
      byte[] bytes,
      int[] starts,
      long[] docs,
      long[] occurrences,
      long fieldDocs,
      long fieldOccurrences,
      long fieldPairs) {

    static Added of(Map<BytesRef, long[]> words, long[] total) {
      int n = words.size();
      int[] starts = new int[n + 1];
      long[] docs = new long[n];
      long[] occurrences = new long[n];
      int length = 0;
      int i = 0;
      for (var e : words.entrySet()) {
        length += e.getKey().length;
        starts[i + 1] = length;
        docs[i] = e.getValue()[0];
        occurrences[i] = e.getValue()[1];
        i++;
      }
      byte[] bytes = new byte[length];
      i = 0;
      for (BytesRef word : words.keySet()) {
        System.arraycopy(word.bytes, word.offset, bytes, starts[i], word.length);
        i++;
      }
      return new Added(bytes, starts, docs, occurrences, total[0], total[1], total[2]);
    }

    /** The place of {@code word}, or -1. */
    int find(BytesRef word) {
      int lo = 0;
      int hi = docs.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c =
            Arrays.compareUnsigned(
                bytes,
                starts[mid],
                starts[mid + 1],
                word.bytes,
                word.offset,
                word.offset + word.length);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    Added field = fields.get(term.field());
    int at = field == null ? -1 : field.find(term.bytes());
    if (at < 0) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    return new TermStatistics(
        term.bytes(), docFreq + field.docs()[at], totalTermFreq + field.occurrences()[at]);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics own = super.collectionStatistics(field);
    if (own == null) {
      return null;
    }
    Added more = fields.get(field);
    return more == null
        ? withPassages(own, 0, 0, 0)
        : withPassages(own, more.fieldDocs(), more.fieldOccurrences(), more.fieldPairs());
  }

  private CollectionStatistics withPassages(
      CollectionStatistics own, long docs, long occurrences, long pairs) {
    return new CollectionStatistics(
        own.field(),
        passages,
        own.docCount() + docs,
        own.sumTotalTermFreq() + occurrences,
        own.sumDocFreq() + pairs);
  }
}
