package coveragebot.command;

import coveragebot.extract.Quotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The quotations /quote can show (titles left out), best first, grouped once into the same words
 * carried by several outlets, and looked up by speaker and by word instead of read one by one per
 * request: at 100,000 articles there are hundreds of thousands of them. Built once; read-only
 * afterwards, so safe to share between threads.
 *
 * <p>Best first: full quotations before partial ones, then by attribution confidence, then in
 * extraction order. Groups are made once over all quotations ({@link QuoteGroups}), so the same
 * words are grouped the same way whatever a request filters; a request sees, of each group, the
 * members that pass its filters.
 */
final class QuoteLookup {

  /** Best first, as {@code /quote} ranks them. */
  static final Comparator<Quotation> BEST_FIRST =
      Comparator.comparing((Quotation q) -> q.kind() != Quotation.Kind.FULL)
          .thenComparing(q -> -q.attribution().confidence());

  /**
   * A group as a request sees it: its best passing member, the other passing members (best first)
   * and how many outlets they come from.
   */
  record Shown(Quotation best, List<Quotation> copies, int outlets) {}

  private final List<Quotation> quotes;
  private final Map<String, int[]> bySpeaker;

  /** The number of each word of the quotations ({@link Text#words}). */
  private final Map<String, Integer> wordIds = new HashMap<>();

  /** Per word number, the quotations that have the word. */
  private final int[][] byWord;

  /**
   * Per quotation, its words' numbers in the compact form of {@link WordCodes}: a phrase is checked
   * against these bytes instead of splitting the quotation's text again per request.
   */
  private final byte[][] wordCodes;

  /** Per quotation: its group's place in {@link #members}. */
  private final int[] groupOf;

  /**
   * Per group, its quotations best first; groups by outlets carrying them (all members), most
   * first, then by their best quotation.
   */
  private final int[][] members;

  /** Per group: how many outlets carry it, counting every member (no request sees more). */
  private final int[] groupOutlets;

  /** Per quotation: its outlet's number. */
  private final int[] outletOf;

  private final int outletCount;

  /** {@code outlet} names a quotation's outlet (by its file). */
  QuoteLookup(
      Collection<Quotation> quotations, java.util.function.Function<String, String> outlet) {
    List<Quotation> kept = new ArrayList<>();
    for (Quotation q : quotations) {
      if (q.kind() != Quotation.Kind.TITLE) {
        kept.add(q);
      }
    }
    kept.sort(BEST_FIRST); // stable: extraction order among equals
    this.quotes = List.copyOf(kept);
    Map<String, Integer> outletIds = new HashMap<>();
    this.outletOf = new int[quotes.size()];
    Map<String, SortedInts.Postings> speakers = new HashMap<>();
    List<SortedInts.Postings> words = new ArrayList<>();
    Map<Quotation, Integer> idOf = new IdentityHashMap<>();
    this.wordCodes = new byte[quotes.size()][];
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      idOf.put(q, i);
      List<String> ws = Text.words(q.text());
      int[] seq = new int[ws.size()];
      for (int k = 0; k < seq.length; k++) {
        seq[k] = wordIds.computeIfAbsent(ws.get(k), x -> wordIds.size());
        if (seq[k] == words.size()) {
          words.add(new SortedInts.Postings());
        }
        words.get(seq[k]).add(i);
      }
      wordCodes[i] = WordCodes.encode(seq);
      outletOf[i] = outletIds.computeIfAbsent(outlet.apply(q.file()), k -> outletIds.size());
      if (q.speaker() != null) {
        speakers.computeIfAbsent(q.speaker(), k -> new SortedInts.Postings()).add(i);
      }
    }
    this.outletCount = outletIds.size();
    this.bySpeaker = freeze(speakers);
    this.byWord = words.stream().map(SortedInts.Postings::toArray).toArray(int[][]::new);

    List<QuoteGroups.Group> made = QuoteGroups.of(quotes);
    int[][] groups = new int[made.size()][];
    int[] counts = new int[made.size()];
    BitSet seen = new BitSet(outletCount);
    for (int g = 0; g < groups.length; g++) {
      QuoteGroups.Group group = made.get(g);
      int[] m = new int[1 + group.copies.size()];
      m[0] = idOf.get(group.best);
      for (int c = 0; c < group.copies.size(); c++) {
        m[c + 1] = idOf.get(group.copies.get(c));
      }
      Arrays.sort(m); // copies join in rank order already; keep it certain
      groups[g] = m;
      seen.clear();
      for (int id : m) {
        seen.set(outletOf[id]);
      }
      counts[g] = seen.cardinality();
    }
    // Most outlets first; among equals, the group whose best quotation ranks first.
    Integer[] order = new Integer[groups.length];
    for (int g = 0; g < order.length; g++) {
      order[g] = g;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer g) -> -counts[g]).thenComparingInt(g -> g));
    this.members = new int[groups.length][];
    this.groupOutlets = new int[groups.length];
    this.groupOf = new int[quotes.size()];
    for (int place = 0; place < order.length; place++) {
      members[place] = groups[order[place]];
      groupOutlets[place] = counts[order[place]];
      for (int id : members[place]) {
        groupOf[id] = place;
      }
    }
  }

  /**
   * The quotations that may pass the filters, best first: by {@code speaker} (null: any), holding
   * one of {@code anyOf} (null: no such filter) and all of {@code allOf} (null: no such filter). A
   * superset for word filters (word order is the caller's to check), never missing one.
   */
  List<Quotation> candidates(String speaker, Collection<String> anyOf, Collection<String> allOf) {
    int[] ids = candidateIds(speaker, anyOf, allOf);
    if (ids == null) {
      return quotes;
    }
    List<Quotation> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(quotes.get(id));
    }
    return out;
  }

  /**
   * The {@code limit} groups with the most outlets among their members that pass the filters (among
   * equals, the group that ranks first over all quotations), each with those members. The filters:
   * by {@code speaker} (null: any), holding one of the words {@code anyOf} (null: no such filter),
   * holding the words of {@code phrase} in a row (null: no such filter), and {@code keep} (null:
   * none). The same as filtering every quotation and counting, but it visits only groups holding a
   * candidate (see {@link #candidates}), and stops once no group left can carry as many outlets as
   * the last one kept.
   */
  List<Shown> top(
      String speaker,
      Collection<String> anyOf,
      List<String> phrase,
      Predicate<Quotation> keep,
      int limit) {
    int[] ids = candidateIds(speaker, anyOf, phrase);
    WordCodes.Phrase inARow = null;
    if (phrase != null && phrase.size() > 1) { // one word: its postings are exact already
      int[] phraseIds = new int[phrase.size()];
      for (int k = 0; k < phraseIds.length; k++) {
        phraseIds[k] = wordIds.getOrDefault(phrase.get(k), -1);
      }
      inARow = new WordCodes.Phrase(phraseIds);
    }
    BitSet candidate = null;
    BitSet groups = new BitSet(members.length);
    if (ids == null) {
      groups.set(0, members.length);
    } else {
      candidate = new BitSet(quotes.size());
      for (int id : ids) {
        candidate.set(id);
        groups.set(groupOf[id]);
      }
    }
    // The best so far, most outlets first, then in group order (the order they are visited in).
    List<Shown> best = new ArrayList<>(limit + 1);
    List<Integer> bestCounts = new ArrayList<>(limit + 1);
    BitSet outlets = new BitSet(outletCount);
    int[] kept = new int[16];
    for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
      // Later groups carry at most as many outlets; with as many they lose the tie: done.
      if (best.size() == limit && groupOutlets[g] <= bestCounts.get(limit - 1)) {
        break;
      }
      // the passing members, best first; made into quotations only if the group is shown
      int passing = 0;
      outlets.clear();
      for (int id : members[g]) {
        if (candidate != null && !candidate.get(id)) {
          continue;
        }
        if (inARow != null && !inARow.in(wordCodes[id])) {
          continue;
        }
        Quotation q = quotes.get(id);
        if (speaker != null && !speaker.equals(q.speaker()) || keep != null && !keep.test(q)) {
          continue;
        }
        outlets.set(outletOf[id]);
        if (passing == kept.length) {
          kept = Arrays.copyOf(kept, 2 * passing);
        }
        kept[passing++] = id;
      }
      if (passing == 0) {
        continue;
      }
      int count = outlets.cardinality();
      int at = best.size();
      while (at > 0 && bestCounts.get(at - 1) < count) {
        at--;
      }
      if (at < limit) {
        List<Quotation> copies = new ArrayList<>(passing - 1);
        for (int k = 1; k < passing; k++) {
          copies.add(quotes.get(kept[k]));
        }
        best.add(at, new Shown(quotes.get(kept[0]), List.copyOf(copies), count));
        bestCounts.add(at, count);
        if (best.size() > limit) {
          best.remove(limit);
          bestCounts.remove(limit);
        }
      }
    }
    return List.copyOf(best);
  }

  /** Number of quotations that /quote can show (titles left out). */
  int size() {
    return quotes.size();
  }

  /** The group of the quotation at {@code rank} (0: the best), as places in group order. */
  int groupOf(int rank) {
    return groupOf[rank];
  }

  /** Quotations best first. */
  List<Quotation> all() {
    return quotes;
  }

  /** Test seam: the outlet number of a quotation, by rank. */
  int outletOf(int rank) {
    return outletOf[rank];
  }

  private int[] candidateIds(String speaker, Collection<String> anyOf, Collection<String> allOf) {
    int[] ids = null;
    if (speaker != null) {
      ids = bySpeaker.getOrDefault(speaker, new int[0]);
    }
    if (allOf != null) {
      // rarest first: the intersection shrinks fastest
      List<int[]> lists = new ArrayList<>();
      for (String w : allOf) {
        lists.add(having(w));
      }
      lists.sort(Comparator.comparingInt((ToIntFunction<int[]>) p -> p.length));
      for (int[] p : lists) {
        ids = ids == null ? p : SortedInts.intersect(ids, p);
      }
      if (allOf.isEmpty()) {
        ids = new int[0];
      }
    }
    if (anyOf != null) {
      int[] union = new int[0];
      for (String w : anyOf) {
        union = SortedInts.union(union, having(w));
      }
      ids = ids == null ? union : SortedInts.intersect(ids, union);
    }
    return ids;
  }

  /** The quotations that have word {@code w}. */
  private int[] having(String w) {
    Integer id = wordIds.get(w);
    return id == null ? new int[0] : byWord[id];
  }

  private static Map<String, int[]> freeze(Map<String, SortedInts.Postings> m) {
    Map<String, int[]> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }
}
