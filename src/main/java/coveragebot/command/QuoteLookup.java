package coveragebot.command;

import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotations /quote can show (titles left out), looked up by speaker and by word instead of
 * read one by one per request: at 100,000 articles there are hundreds of thousands of them. Built
 * once; read-only afterwards, so safe to share between threads.
 */
final class QuoteLookup {
  private final List<Quotation> quotes;
  private final Map<String, int[]> bySpeaker;
  private final Map<String, int[]> byWord;

  QuoteLookup(Quotations quotations) {
    List<Quotation> kept = new ArrayList<>();
    for (Quotation q : quotations.all()) {
      if (q.kind() != Quotation.Kind.TITLE) {
        kept.add(q);
      }
    }
    this.quotes = List.copyOf(kept);
    Map<String, Postings> speakers = new HashMap<>();
    Map<String, Postings> words = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      if (q.speaker() != null) {
        speakers.computeIfAbsent(q.speaker(), k -> new Postings()).add(i);
      }
      for (String w : Text.words(q.text())) {
        words.computeIfAbsent(w, k -> new Postings()).add(i);
      }
    }
    this.bySpeaker = freeze(speakers);
    this.byWord = freeze(words);
  }

  /**
   * The quotations that may pass the filters, in extraction order: by {@code speaker} (null: any),
   * holding one of {@code anyOf} (null: no such filter) and all of {@code allOf} (null: no such
   * filter). A superset for word filters (word order is the caller's to check), never missing one.
   */
  List<Quotation> candidates(String speaker, Collection<String> anyOf, Collection<String> allOf) {
    int[] ids = null;
    if (speaker != null) {
      ids = bySpeaker.getOrDefault(speaker, new int[0]);
    }
    if (allOf != null) {
      for (String w : allOf) {
        int[] p = byWord.getOrDefault(w, new int[0]);
        ids = ids == null ? p : intersect(ids, p);
      }
      if (allOf.isEmpty()) {
        ids = new int[0];
      }
    }
    if (anyOf != null) {
      int[] union = new int[0];
      for (String w : anyOf) {
        union = union(union, byWord.getOrDefault(w, new int[0]));
      }
      ids = ids == null ? union : intersect(ids, union);
    }
    if (ids == null) {
      return quotes;
    }
    List<Quotation> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(quotes.get(id));
    }
    return out;
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      int next;
      if (j >= b.length || (i < a.length && a[i] <= b[j])) {
        next = a[i++];
      } else {
        next = b[j++];
      }
      if (n == 0 || out[n - 1] != next) {
        out[n++] = next;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static Map<String, int[]> freeze(Map<String, Postings> m) {
    Map<String, int[]> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }

  /** Increasing quotation numbers, each once. */
  private static final class Postings {
    private int[] ids = new int[2];
    private int n;

    void add(int id) {
      if (n > 0 && ids[n - 1] == id) {
        return;
      }
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, n * 2);
      }
      ids[n++] = id;
    }

    int[] toArray() {
      return Arrays.copyOf(ids, n);
    }
  }
}
