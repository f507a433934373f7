package coveragebot.index;

import coveragebot.corpus.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages grouped by text: wire copies repeat whole paragraphs across outlets (a third of a
 * generated corpus's passages are word-for-word copies of an earlier one), and copies score alike
 * for every query, so the index holds each distinct text once, as one document, and a search hands
 * each hit on to all its passages. Document d's passages are {@link #first(int)} and the rest in
 * passage order; documents are numbered in the order of their first passage.
 */
final class Copies {
  /** Passages of document d: {@code ids[start[d] .. start[d + 1])}, in passage order. */
  private final int[] start;

  private final int[] ids;

  /** The document of passage i. */
  private final int[] docOf;

  private final List<String> texts;

  private Copies(int[] start, int[] ids, int[] docOf, List<String> texts) {
    this.start = start;
    this.ids = ids;
    this.docOf = docOf;
    this.texts = texts;
  }

  /** Groups {@code passages}, whose ids must be 0..n-1 in order. */
  static Copies of(List<Passage> passages) {
    return of(passages, true);
  }

  /** Every passage its own document, copies or not: the index as it was before (tests). */
  static Copies none(List<Passage> passages) {
    return of(passages, false);
  }

  private static Copies of(List<Passage> passages, boolean merged) {
    int n = passages.size();
    Map<String, Integer> docs = merged ? new HashMap<>(Math.max(16, n * 4 / 3 + 1)) : null;
    int[] docOf = new int[n];
    int[] count = new int[n + 1];
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Passage p = passages.get(i);
      if (p.id() != i) {
        throw new IllegalArgumentException("passage " + i + " has id " + p.id());
      }
      Integer d = merged ? docs.putIfAbsent(p.text(), texts.size()) : null;
      if (d == null) {
        d = texts.size();
        texts.add(p.text());
      }
      docOf[i] = d;
      count[d + 1]++;
    }
    return grouped(docOf, count, texts);
  }

  private static Copies grouped(int[] docOf, int[] count, List<String> texts) {
    int m = texts.size();
    int[] start = new int[m + 1];
    for (int d = 0; d < m; d++) {
      start[d + 1] = start[d] + count[d + 1];
    }
    int[] next = java.util.Arrays.copyOf(start, m);
    int[] ids = new int[docOf.length];
    for (int i = 0; i < docOf.length; i++) {
      ids[next[docOf[i]]++] = i;
    }
    return new Copies(start, ids, docOf, List.copyOf(texts));
  }

  /** How many documents: distinct texts. */
  int docs() {
    return texts.size();
  }

  /** How many passages. */
  int passages() {
    return ids.length;
  }

  /** The texts of the documents, in document order. */
  List<String> texts() {
    return texts;
  }

  int count(int doc) {
    return start[doc + 1] - start[doc];
  }

  /** The first passage of document d; increases with d. */
  int first(int doc) {
    return ids[start[doc]];
  }

  /** The k-th passage of document d, in passage order. */
  int passage(int doc, int k) {
    return ids[start[doc] + k];
  }

  int docOf(int passage) {
    return docOf[passage];
  }
}
