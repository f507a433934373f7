package coveragebot.command;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Quotations best first, split by text: per text, how many of them have it and from which outlets,
 * so that the outlets of those whose text passes a request's words are counted without reading
 * them: a group's members, or one speaker's members of a group ({@link QuoteLookup}). Read-only
 * once made.
 */
final class QuotePart {
  /** The quotations, best first. */
  final int[] ids;

  /** Their texts, each once, in number order. */
  final int[] texts;

  /** Per quotation (beside {@link #ids}): its text's place in {@link #texts}. */
  final int[] textAt;

  /** Per text: how many of the quotations have it. */
  final int[] having;

  /** Per text: the outlets of the quotations that have it, each once, ascending. */
  final int[][] outletsOf;

  /** How many outlets carry the quotations. */
  final int outlets;

  /** A quotation alone (most of a real coverage's): its one text, at place 0, held once. */
  private static final int[] ONE = {1};

  private static final int[] ZERO = {0};

  /**
   * {@code ids} best first; {@code textOf} and {@code outletOf} number each quotation's text and
   * outlet; {@code scratch} is a set of outlets to reuse.
   */
  QuotePart(int[] ids, int[] textOf, int[] outletOf, BitSet scratch) {
    this.ids = ids;
    if (ids.length == 1) {
      this.texts = new int[] {textOf[ids[0]]};
      this.textAt = ZERO;
      this.having = ONE;
      this.outletsOf = new int[][] {{outletOf[ids[0]]}};
      this.outlets = 1;
      return;
    }
    this.texts = Arrays.stream(ids).map(id -> textOf[id]).sorted().distinct().toArray();
    this.textAt = new int[ids.length];
    this.having = new int[texts.length];
    // each (text, outlet) once, in order: one sort, however many texts and outlets there are
    long[] pairs = new long[ids.length];
    scratch.clear();
    for (int k = 0; k < ids.length; k++) {
      textAt[k] = Arrays.binarySearch(texts, textOf[ids[k]]);
      having[textAt[k]]++;
      pairs[k] = (long) textAt[k] << 32 | outletOf[ids[k]];
      scratch.set(outletOf[ids[k]]);
    }
    this.outlets = scratch.cardinality();
    long[] distinct = Arrays.stream(pairs).sorted().distinct().toArray();
    this.outletsOf = new int[texts.length][];
    int from = 0;
    for (int t = 0; t < texts.length; t++) {
      int to = from;
      while (to < distinct.length && (int) (distinct[to] >>> 32) == t) {
        to++;
      }
      outletsOf[t] = new int[to - from];
      for (int k = from; k < to; k++) {
        outletsOf[t][k - from] = (int) distinct[k];
      }
      from = to;
    }
  }
}
