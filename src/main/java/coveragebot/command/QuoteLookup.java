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
      Comparator.comparingInt((Quotation q) -> q.kind() == Quotation.Kind.FULL ? 0 : 1)
          .thenComparingDouble(q -> -q.attribution().confidence()); // no boxing per comparison

  /**
   * A group as a request sees it: its best passing member, the other passing members (best first)
   * and how many outlets they come from.
   */
  record Shown(Quotation best, List<Quotation> copies, int outlets) {}

  private final List<Quotation> quotes;

  /** Per speaker's name, its number. */
  private final Map<String, Integer> speakerIds = new HashMap<>();

  /** Per quotation: its outlet's number. */
  private final int[] outletOf;

  /** The number of each word of the quotations ({@link Text#words}). */
  private final Map<String, Integer> wordIds = new HashMap<>();

  /**
   * Per distinct text (the same words in the same order), its words' numbers in the compact form of
   * {@link WordCodes}: a phrase is checked once per text instead of once per quotation, and copies
   * of one text (the same quotation carried by many articles) share one array.
   */
  private final byte[][] textCodes;

  /** Per quotation: its text's number in {@link #textCodes}. */
  private final int[] textOf;

  /** Per word number, the texts that have the word. */
  private final int[][] byWord;

  /** Per quotation: its group's place in {@link #groups}. */
  private final int[] groupOf;

  /**
   * Per group, its quotations best first, by text; groups by outlets carrying them (all members),
   * most first, then by their best quotation.
   */
  private final QuotePart[] groups;

  /**
   * Per speaker's number, the groups holding one of its quotations, by how many outlets carry the
   * speaker's own members of the group (most first), then in group order: the order of {@code
   * /quote <name>}'s answer when nothing else filters.
   */
  private final int[][] speakerGroups;

  /**
   * Beside {@link #speakerGroups}: the speaker's members of the group, best first, by text, with
   * how many outlets carry them.
   */
  private final QuotePart[][] speakerParts;

  /** Per text: the groups holding it, in group order. */
  private final int[][] groupsOfText;

  private final int outletCount;

  /** A text's compact words, as a key comparing contents. */
  private record TextKey(byte[] codes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof TextKey k && Arrays.equals(codes, k.codes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(codes);
    }
  }

  /** {@code outlet} names a quotation's outlet. */
  QuoteLookup(
      Collection<Quotation> quotations, java.util.function.Function<Quotation, String> outlet) {
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
    int[] speakerOf = new int[quotes.size()];
    this.textOf = new int[quotes.size()];
    List<SortedInts.Postings> words = new ArrayList<>();
    Map<TextKey, Integer> textIds = new HashMap<>();
    List<byte[]> texts = new ArrayList<>();
    Map<Quotation, Integer> idOf = new IdentityHashMap<>();
    // Copies of a story carry the same quotation text (100k generated articles: 620,951
    // quotations, 168 texts): its words are read and numbered at its first quotation only, and
    // the later ones take its text's number. The distinct texts come in the order of their first
    // quotations, so words and texts are numbered as reading every quotation would number them.
    Map<String, Integer> distinct = new HashMap<>();
    List<String> firsts = new ArrayList<>();
    int[] distinctOf = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      String text = quotes.get(i).text();
      Integer d = distinct.putIfAbsent(text, firsts.size());
      if (d == null) {
        d = firsts.size();
        firsts.add(text);
      }
      distinctOf[i] = d;
    }
    int[] textOfDistinct = new int[firsts.size()];
    InBatches<String, List<String>> wordsOf = new InBatches<>(firsts, 4096, Text::words);
    for (int d = 0; d < firsts.size(); d++) {
      List<String> ws = wordsOf.get(d);
      int[] seq = new int[ws.size()];
      for (int k = 0; k < seq.length; k++) {
        seq[k] = wordIds.computeIfAbsent(ws.get(k), x -> wordIds.size());
        if (seq[k] == words.size()) {
          words.add(new SortedInts.Postings());
        }
      }
      byte[] codes = WordCodes.encode(seq);
      Integer t = textIds.putIfAbsent(new TextKey(codes), texts.size());
      if (t == null) {
        t = texts.size();
        texts.add(codes);
        for (int w : seq) {
          words.get(w).add(t); // texts are numbered in order: postings stay sorted
        }
      }
      textOfDistinct[d] = t;
    }
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      idOf.put(q, i);
      textOf[i] = textOfDistinct[distinctOf[i]];
      outletOf[i] = outletIds.computeIfAbsent(outlet.apply(q), k -> outletIds.size());
      speakerOf[i] = -1;
      if (q.speaker() != null) {
        speakerOf[i] = speakerIds.computeIfAbsent(q.speaker(), k -> speakerIds.size());
      }
    }
    this.outletCount = outletIds.size();
    this.byWord = words.stream().map(SortedInts.Postings::toArray).toArray(int[][]::new);
    this.textCodes = texts.toArray(byte[][]::new);

    List<QuoteGroups.Group> made = QuoteGroups.of(quotes);
    BitSet seen = new BitSet(outletCount);
    QuotePart[] parts = new QuotePart[made.size()];
    for (int g = 0; g < parts.length; g++) {
      QuoteGroups.Group group = made.get(g);
      int[] m = new int[1 + group.copies.size()];
      m[0] = idOf.get(group.best);
      for (int c = 0; c < group.copies.size(); c++) {
        m[c + 1] = idOf.get(group.copies.get(c));
      }
      Arrays.sort(m); // copies join in rank order already; keep it certain
      parts[g] = new QuotePart(m, textOf, outletOf, seen);
    }
    // Most outlets first; among equals, the group whose best quotation ranks first.
    Integer[] order = new Integer[parts.length];
    for (int g = 0; g < order.length; g++) {
      order[g] = g;
    }
    Arrays.sort(
        order, Comparator.comparingInt((Integer g) -> -parts[g].outlets).thenComparingInt(g -> g));
    this.groups = new QuotePart[parts.length];
    this.groupOf = new int[quotes.size()];
    SortedInts.Postings[] holding = new SortedInts.Postings[textCodes.length];
    for (int place = 0; place < order.length; place++) {
      this.groups[place] = parts[order[place]];
      for (int id : this.groups[place].ids) {
        groupOf[id] = place;
      }
      for (int t : this.groups[place].texts) {
        if (holding[t] == null) {
          holding[t] = new SortedInts.Postings();
        }
        holding[t].add(place); // places are visited in order: postings stay sorted
      }
    }
    // Each group's members split by speaker in one sort (speaker, then rank), the parts of a
    // speaker gathered in group order.
    List<List<Integer>> placesOf = new ArrayList<>();
    List<List<QuotePart>> partsOf = new ArrayList<>();
    for (int who = 0; who < speakerIds.size(); who++) {
      placesOf.add(new ArrayList<>());
      partsOf.add(new ArrayList<>());
    }
    for (int place = 0; place < this.groups.length; place++) {
      int[] ids = this.groups[place].ids;
      long[] bySpeaker = new long[ids.length];
      for (int k = 0; k < ids.length; k++) {
        bySpeaker[k] = (long) speakerOf[ids[k]] << 32 | ids[k];
      }
      Arrays.sort(bySpeaker);
      for (int from = 0; from < bySpeaker.length; ) {
        int who = (int) (bySpeaker[from] >> 32);
        int to = from;
        while (to < bySpeaker.length && (int) (bySpeaker[to] >> 32) == who) {
          to++;
        }
        if (who >= 0 && to - from == ids.length) {
          // one speaker for the whole group (every quotation no one else carries): the same part
          placesOf.get(who).add(place);
          partsOf.get(who).add(this.groups[place]);
        } else if (who >= 0) {
          int[] own = new int[to - from];
          for (int k = from; k < to; k++) {
            own[k - from] = (int) bySpeaker[k];
          }
          placesOf.get(who).add(place);
          partsOf.get(who).add(new QuotePart(own, textOf, outletOf, seen));
        }
        from = to;
      }
    }
    this.speakerGroups = new int[speakerIds.size()][];
    this.speakerParts = new QuotePart[speakerIds.size()][];
    for (int who = 0; who < speakerIds.size(); who++) {
      List<Integer> places = placesOf.get(who);
      List<QuotePart> own = partsOf.get(who);
      Integer[] byCount = new Integer[places.size()];
      for (int e = 0; e < byCount.length; e++) {
        byCount[e] = e;
      }
      Arrays.sort(byCount, Comparator.comparingInt((Integer e) -> -own.get(e).outlets)); // stable
      speakerGroups[who] = Arrays.stream(byCount).mapToInt(places::get).toArray();
      speakerParts[who] = Arrays.stream(byCount).map(own::get).toArray(QuotePart[]::new);
    }
    this.groupsOfText = new int[textCodes.length][];
    for (int t = 0; t < holding.length; t++) {
      groupsOfText[t] = holding[t] == null ? new int[0] : holding[t].toArray();
    }
  }

  /**
   * The quotations that may pass the filters, best first: by {@code speaker} (null: any), holding
   * one of {@code anyOf} (null: no such filter) and all of {@code allOf} (null: no such filter). A
   * superset for word filters (word order is the caller's to check), never missing one. A test
   * seam: {@link #top} works on texts and groups instead of listing quotations.
   */
  List<Quotation> candidates(String speaker, Collection<String> anyOf, Collection<String> allOf) {
    int[] texts = candidateTexts(anyOf, allOf);
    if (speaker == null && texts == null) {
      return quotes;
    }
    List<Quotation> out = new ArrayList<>();
    for (int id = 0; id < quotes.size(); id++) {
      if ((speaker == null || speaker.equals(quotes.get(id).speaker()))
          && (texts == null || Arrays.binarySearch(texts, textOf[id]) >= 0)) {
        out.add(quotes.get(id));
      }
    }
    return out;
  }

  /**
   * The {@code limit} groups with the most outlets among their members that pass the filters (among
   * equals, the group that ranks first over all quotations), each with those members. The filters:
   * by {@code speaker} (null: any), holding one of the words {@code anyOf} (null: no such filter),
   * holding the words of {@code phrase} in a row (null: no such filter), and {@code keep} (null:
   * none). The same as filtering every quotation and counting, but it visits only groups holding a
   * candidate (the speaker's own, or those with the words' texts), checks words once per text,
   * counts outlets by text without reading members when there is no other filter (reading, of the
   * groups shown, only the members a reply lists), and stops once no group left can carry as many
   * outlets as the last one kept.
   */
  List<Shown> top(
      String speaker,
      Collection<String> anyOf,
      List<String> phrase,
      Predicate<Quotation> keep,
      int limit) {
    if (speaker != null && !speakerIds.containsKey(speaker)) {
      return List.of(); // never quoted
    }
    int who = speaker == null ? -1 : speakerIds.get(speaker);
    int[] texts = candidateTexts(anyOf, phrase);
    WordCodes.Phrase inARow = null;
    if (phrase != null && phrase.size() > 1) { // one word: its postings are exact already
      int[] phraseIds = new int[phrase.size()];
      for (int k = 0; k < phraseIds.length; k++) {
        phraseIds[k] = wordIds.getOrDefault(phrase.get(k), -1);
      }
      inARow = new WordCodes.Phrase(phraseIds);
    }
    if (who >= 0) {
      return bySpeaker(who, texts, inARow, keep, limit);
    }
    BitSet visit = new BitSet(groups.length);
    if (texts == null) {
      visit.set(0, groups.length);
    } else {
      for (int t : texts) {
        for (int g : groupsOfText[t]) {
          visit.set(g);
        }
      }
    }
    Best best = new Best(limit);
    Counting counting = new Counting(texts, inARow, keep);
    for (int g = visit.nextSetBit(0); g >= 0; g = visit.nextSetBit(g + 1)) {
      // Later groups carry at most as many outlets; with as many they lose the tie: done.
      if (best.closedTo(groups[g].outlets, g)) {
        break;
      }
      counting.offer(groups[g], g, best);
    }
    return best.shown();
  }

  /**
   * {@link #top} for one speaker: it reads only the speaker's own members of each group, in the
   * order of how many outlets carry them, so that with no other filter the answer is the first
   * {@code limit} groups, and with filters it stops once no group left can carry as many outlets as
   * the last one kept.
   */
  private List<Shown> bySpeaker(
      int who, int[] texts, WordCodes.Phrase inARow, Predicate<Quotation> keep, int limit) {
    int[] places = speakerGroups[who];
    QuotePart[] own = speakerParts[who];
    Best best = new Best(limit);
    Counting counting = new Counting(texts, inARow, keep);
    for (int e = 0; e < places.length; e++) {
      // Later entries carry at most as many outlets, and with as many come later in group order.
      if (best.closedTo(own[e].outlets, places[e])) {
        break;
      }
      counting.offer(own[e], places[e], best);
    }
    return best.shown();
  }

  /** What one request keeps of each part it visits: its words, and any other filter. */
  private final class Counting {
    private final int[] texts;
    private final WordCodes.Phrase inARow;
    private final Predicate<Quotation> keep;
    private final BitSet outlets = new BitSet(outletCount);
    private boolean[] pass = new boolean[16];
    private int[] kept = new int[16];

    Counting(int[] texts, WordCodes.Phrase inARow, Predicate<Quotation> keep) {
      this.texts = texts;
      this.inARow = inARow;
      this.keep = keep;
    }

    /**
     * Offers {@code best} the quotations of {@code part} that pass, as the group at {@code place}.
     */
    void offer(QuotePart part, int place, Best best) {
      if (pass.length < part.texts.length) {
        pass = new boolean[Math.max(part.texts.length, 2 * pass.length)];
      }
      // which of the part's texts have the words, each checked once
      int passingTexts = 0;
      for (int k = 0; k < part.texts.length; k++) {
        int t = part.texts[k];
        pass[k] =
            (texts == null || Arrays.binarySearch(texts, t) >= 0)
                && (inARow == null || inARow.in(textCodes[t]));
        passingTexts += pass[k] ? 1 : 0;
      }
      if (passingTexts == 0) {
        return;
      }
      if (keep == null && passingTexts == part.texts.length) {
        if (best.wants(part.outlets, place)) { // every quotation passes: nothing to read
          best.add(place, part.outlets, new Members(part.ids, quotes));
        }
        return;
      }
      if (keep == null) {
        // counted by text; the quotations are read only if the group is shown, and then only as
        // far as the reply lists them
        outlets.clear();
        int size = 0;
        for (int k = 0; k < part.texts.length; k++) {
          if (pass[k]) {
            size += part.having[k];
            for (int o : part.outletsOf[k]) {
              outlets.set(o);
            }
          }
        }
        int count = outlets.cardinality();
        if (best.wants(count, place)) {
          best.add(place, count, new Passing(part, Arrays.copyOf(pass, part.texts.length), size));
        }
        return;
      }
      // another filter: the passing quotations, read one by one
      outlets.clear();
      int passing = 0;
      for (int k = 0; k < part.ids.length; k++) {
        int id = part.ids[k];
        if (!pass[part.textAt[k]] || !keep.test(quotes.get(id))) {
          continue;
        }
        outlets.set(outletOf[id]);
        if (passing == kept.length) {
          kept = Arrays.copyOf(kept, 2 * passing);
        }
        kept[passing++] = id;
      }
      if (passing > 0 && best.wants(outlets.cardinality(), place)) {
        best.add(place, outlets.cardinality(), new Members(Arrays.copyOf(kept, passing), quotes));
      }
    }
  }

  /**
   * The best groups so far: most outlets first, then in group order. Groups are offered in any
   * order; each at most once.
   */
  private static final class Best {
    private final int limit;
    private final List<Shown> shown;
    private final int[] counts;
    private final int[] places;

    Best(int limit) {
      this.limit = limit;
      this.shown = new ArrayList<>(limit + 1);
      this.counts = new int[limit + 1];
      this.places = new int[limit + 1];
    }

    /** Full, and group {@code place} with {@code count} outlets would come after the last kept. */
    boolean closedTo(int count, int place) {
      return !wants(count, place);
    }

    /** Whether a group with {@code count} outlets at {@code place} would be kept. */
    boolean wants(int count, int place) {
      int n = shown.size();
      return n < limit || count > counts[n - 1] || count == counts[n - 1] && place < places[n - 1];
    }

    /**
     * Keeps group {@code place}, which {@link #wants}, with its passing quotations {@code passing}
     * (the best, then the copies).
     */
    void add(int place, int count, Copies passing) {
      int at = shown.size();
      while (at > 0
          && (counts[at - 1] < count || counts[at - 1] == count && places[at - 1] > place)) {
        at--;
      }
      int n = shown.size();
      System.arraycopy(counts, at, counts, at + 1, n - at);
      System.arraycopy(places, at, places, at + 1, n - at);
      counts[at] = count;
      places[at] = place;
      shown.add(at, new Shown(passing.best(), passing, count));
      if (shown.size() > limit) {
        shown.remove(limit);
      }
    }

    List<Shown> shown() {
      return List.copyOf(shown);
    }
  }

  /** The copies of a shown group, best first, and the best quotation they are copies of. */
  private abstract static class Copies extends java.util.AbstractList<Quotation>
      implements java.util.RandomAccess {
    abstract Quotation best();
  }

  /**
   * The passing quotations of a part whose texts pass only in part, found as far as they are read:
   * a group can hold tens of thousands of copies, of which a reply lists ten. Read by the request
   * that made it only.
   */
  private final class Passing extends Copies {
    private final QuotePart part;
    private final boolean[] pass;
    private final int size; // the best and the copies
    private int[] found = new int[12];
    private int count;
    private int next; // the next of the part's quotations to look at

    Passing(QuotePart part, boolean[] pass, int size) {
      this.part = part;
      this.pass = pass;
      this.size = size;
    }

    private int id(int i) {
      while (count <= i) {
        int k = next++;
        if (pass[part.textAt[k]]) {
          if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
          }
          found[count++] = part.ids[k];
        }
      }
      return found[i];
    }

    @Override
    Quotation best() {
      return quotes.get(id(0));
    }

    @Override
    public Quotation get(int index) {
      java.util.Objects.checkIndex(index, size());
      return quotes.get(id(index + 1));
    }

    @Override
    public int size() {
      return size - 1;
    }
  }

  /**
   * The copies of a shown group, as a read-only list over their numbers: a group can hold thousands
   * of copies of one quotation, of which a reply lists a few.
   */
  private static final class Members extends Copies {
    private final int[] ids; // the best, then the copies
    private final List<Quotation> quotes;

    Members(int[] ids, List<Quotation> quotes) {
      this.ids = ids;
      this.quotes = quotes;
    }

    @Override
    Quotation best() {
      return quotes.get(ids[0]);
    }

    @Override
    public Quotation get(int index) {
      java.util.Objects.checkIndex(index, size());
      return quotes.get(ids[index + 1]);
    }

    @Override
    public int size() {
      return ids.length - 1;
    }
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

  /**
   * The texts holding one of {@code anyOf} (null: no such filter) and all of {@code allOf} (null:
   * no such filter), in number order; null when there is no word filter.
   */
  private int[] candidateTexts(Collection<String> anyOf, Collection<String> allOf) {
    int[] ids = null;
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

  /** The texts that have word {@code w}. */
  private int[] having(String w) {
    Integer id = wordIds.get(w);
    return id == null ? new int[0] : byWord[id];
  }
}
