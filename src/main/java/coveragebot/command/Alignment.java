package coveragebot.command;

import java.util.List;

/**
 * Where a claim best lines up with a text, word by word: a local alignment (Smith-Waterman) that
 * tolerates changed, added and dropped words, so a claim finds its source even when reworded.
 */
final class Alignment {
  static final int MATCH = 2;
  private static final int MISMATCH = -1;
  private static final int GAP = -1;

  private Alignment() {}

  /**
   * The best region of {@code text} for {@code claim}.
   *
   * @param from first word of the text in the region
   * @param to one past the last word of the text in the region
   * @param matches how many claim words are matched in order inside the region
   * @param claimFrom first claim word in the alignment
   * @param claimTo one past the last claim word in the alignment
   */
  record Region(int from, int to, int matches, int score, int claimFrom, int claimTo) {}

  static Region best(List<String> claim, List<String> text) {
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    int[] c = new int[claim.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = ids.computeIfAbsent(claim.get(i), k -> ids.size());
    }
    int[] t = new int[text.size()];
    for (int j = 0; j < t.length; j++) {
      t[j] = ids.computeIfAbsent(text.get(j), k -> ids.size());
    }
    return best(c, t);
  }

  /**
   * As {@link #best(List, List)}, for words given as numbers (equal words, equal numbers; a
   * negative number equals no text word).
   *
   * <p>The table is filled one text word (column) at a time, keeping the previous column only. A
   * cell's score falls by at least one per text word that is none of the claim's, so once a whole
   * column is zero every column after it stays zero until a claim word comes: those are skipped,
   * and an article is read at the claim's words and a few words after each instead of cell by cell.
   * Where two cells share the best score, the one the row-by-row table meets first (the lowest
   * claim word, then the lowest text word) is the answer, as before (AlignmentTest compares with
   * the full tables).
   */
  static Region best(int[] claim, int[] text) {
    int n = claim.length;
    int m = text.length;
    long[] mayBeClaimWord = claimFilter(claim);
    int[] hPrev = new int[n + 1];
    int[] h = new int[n + 1];
    int[] samePrev = new int[n + 1];
    int[] same = new int[n + 1];
    int[] startPrev = new int[n + 1];
    int[] startAt = new int[n + 1];
    int[] claimPrev = new int[n + 1];
    int[] claimStart = new int[n + 1];
    int bestScore = 0;
    int bestI = 0;
    int bestJ = 0;
    int bestFrom = 0;
    int bestSame = 0;
    int bestClaimFrom = 0;
    boolean zero = true; // the previous column is all zero
    for (int j = 1; j <= m; j++) {
      int word = text[j - 1];
      if (zero && surelyNotIn(mayBeClaimWord, word)) {
        continue; // surely none of the claim's words: the column stays zero
      }
      boolean any = false;
      for (int i = 1; i <= n; i++) {
        boolean eq = claim[i - 1] == word;
        int diag = hPrev[i - 1] + (eq ? MATCH : MISMATCH);
        int up = h[i - 1] + GAP;
        int left = hPrev[i] + GAP;
        int v = Math.max(0, Math.max(diag, Math.max(up, left)));
        h[i] = v;
        if (v == 0) {
          same[i] = 0;
          startAt[i] = 0;
          claimStart[i] = 0;
          continue;
        }
        any = true;
        if (v == diag) {
          boolean fresh = hPrev[i - 1] == 0;
          startAt[i] = fresh ? j - 1 : startPrev[i - 1];
          claimStart[i] = fresh ? i - 1 : claimPrev[i - 1];
          same[i] = (fresh ? 0 : samePrev[i - 1]) + (eq ? 1 : 0);
        } else if (v == up) {
          startAt[i] = startAt[i - 1];
          claimStart[i] = claimStart[i - 1];
          same[i] = same[i - 1];
        } else {
          startAt[i] = startPrev[i];
          claimStart[i] = claimPrev[i];
          same[i] = samePrev[i];
        }
        // columns come in order: of two equal scores in one row the earlier column is met first
        if (v > bestScore || (v == bestScore && i < bestI)) {
          bestScore = v;
          bestI = i;
          bestJ = j;
          bestFrom = startAt[i];
          bestSame = same[i];
          bestClaimFrom = claimStart[i];
        }
      }
      zero = !any;
      int[] t = hPrev;
      hPrev = h;
      h = t;
      t = samePrev;
      samePrev = same;
      same = t;
      t = startPrev;
      startPrev = startAt;
      startAt = t;
      t = claimPrev;
      claimPrev = claimStart;
      claimStart = t;
    }
    if (bestScore == 0) {
      return new Region(0, 0, 0, 0, 0, 0);
    }
    return new Region(bestFrom, bestJ, bestSame, bestScore, bestClaimFrom, bestI);
  }

  /**
   * The score of {@link #best(int[], int[])} alone, without the table: only where the text has a
   * claim word. An alignment is a chain of matched words (claim word {@code i} on text word {@code
   * j}, both rising), and from one match to the next, {@code di} claim words and {@code dj} text
   * words on, the cheapest way costs {@link #between}; so a match scores {@link #MATCH} plus the
   * best of zero and what an earlier match scored less the way from it. A match further back than
   * twice the claim's length cannot help (the way costs more than any score), so only the matches
   * of the last so many text words are kept. /check scores many articles only to learn they cannot
   * beat the best so far (AlignmentTest compares with the full tables).
   */
  static int score(int[] claim, int[] text) {
    return score(claim, WordCodes.encode(text));
  }

  /**
   * As {@link #score(int[], int[])}, for a text in the compact form of {@link WordCodes}, read as
   * it is (decoding it first took half the time).
   */
  static int score(int[] claim, byte[] text) {
    int n = claim.length;
    long[] mayBeClaimWord = claimFilter(claim);
    int reach = 2 * n; // text words back that a match can still help from
    int[] atI = new int[16]; // the matches kept: claim word, text word, score
    int[] atJ = new int[16];
    int[] scored = new int[16];
    int from = 0;
    int to = 0;
    int best = 0;
    int pos = 0;
    // read as WordCodes.Reader reads, written out: through the Reader this loop took 288-312 ms
    // per 200 claims in JMH Alignments.closest against 270-276 ms (runs alternated, 2026-11-27)
    while (text[pos++] < 0) {} // the count
    for (int j = 0; pos < text.length; j++) {
      int word = text[pos++];
      if (word < 0) { // more bytes follow, seven bits each, low bits first
        word &= 0x7F;
        int b;
        int shift = 7;
        do {
          b = text[pos++];
          word |= (b & 0x7F) << shift;
          shift += 7;
        } while (b < 0);
      }
      if (surelyNotIn(mayBeClaimWord, word)) {
        continue;
      }
      // a match helps only while the way from it costs less than it scored: most are a common
      // word's fresh start, worth one match, and out of reach two words on
      while (from < to && (atJ[from] < j - reach || spent(atJ[from], scored[from], j))) {
        from++;
      }
      int before = to; // the matches of earlier text words
      for (int i = 0; i < n; i++) {
        if (claim[i] != word) {
          continue;
        }
        int v = 0;
        for (int k = from; k < before; k++) {
          if (atI[k] < i && !spent(atJ[k], scored[k], j)) {
            v = Math.max(v, scored[k] - between(i - atI[k], j - atJ[k]));
          }
        }
        v += MATCH;
        best = Math.max(best, v);
        if (to == atI.length) {
          // room: drop what is out of reach, or grow
          int live = to - from;
          if (live * 2 > atI.length) {
            atI = java.util.Arrays.copyOf(atI, 2 * atI.length);
            atJ = java.util.Arrays.copyOf(atJ, atI.length);
            scored = java.util.Arrays.copyOf(scored, atI.length);
          }
          System.arraycopy(atI, from, atI, 0, live);
          System.arraycopy(atJ, from, atJ, 0, live);
          System.arraycopy(scored, from, scored, 0, live);
          before -= from;
          to = live;
          from = 0;
        }
        atI[to] = i;
        atJ[to] = j;
        scored[to++] = v;
      }
    }
    return best;
  }

  /**
   * Whether a match at text word {@code at} that scored {@code scored} can no longer help a match
   * at text word {@code j}: the way from it costs at least that much, whatever the claim words.
   */
  private static boolean spent(int at, int scored, int j) {
    return between(1, j - at) >= scored;
  }

  /**
   * What the cheapest way between two matches costs, {@code di} claim words and {@code dj} text
   * words apart (both at least one): a mismatch for each word skipped on both sides (or two gaps,
   * if cheaper), a gap for each one more on one side.
   */
  private static int between(int di, int dj) {
    int both = Math.min(di, dj) - 1;
    return both * Math.min(-MISMATCH, -2 * GAP) + Math.abs(di - dj) * -GAP;
  }

  /** A filter of the claim's words: {@link #surelyNotIn} says which words are none of them. */
  private static long[] claimFilter(int[] claim) {
    long[] filter = new long[CLAIM_FILTER_LONGS];
    for (int word : claim) {
      if (word >= 0) {
        filter[(word >>> 6) & (CLAIM_FILTER_LONGS - 1)] |= 1L << word;
      }
    }
    return filter;
  }

  private static boolean surelyNotIn(long[] claimFilter, int word) {
    return word < 0 || (claimFilter[(word >>> 6) & (CLAIM_FILTER_LONGS - 1)] & (1L << word)) == 0;
  }

  /**
   * Size of the filter of a claim's words (longs, a power of two): 256 bits, so that a claim of
   * twenty words lets through about one other word in thirteen.
   */
  private static final int CLAIM_FILTER_LONGS = 4;

  /**
   * The region widened by as many text words as the claim has outside the alignment, so a changed
   * word at an end ("of Belgium" against "of the Netherlands") is compared, not just dropped.
   */
  static Region widened(Region r, int claimSize, int textSize) {
    int from = Math.max(0, r.from() - r.claimFrom());
    int to = Math.min(textSize, r.to() + claimSize - r.claimTo());
    return new Region(from, to, r.matches(), r.score(), 0, claimSize);
  }
}
