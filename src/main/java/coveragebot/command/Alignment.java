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

  /** As {@link #best(List, List)}, for words given as numbers (equal words, equal numbers). */
  static Region best(int[] claim, int[] text) {
    int n = claim.length;
    int m = text.length;
    // Row by row: each cell needs only the row above and the cell to its left, so two rows of
    // each table are kept instead of four (n+1) x (m+1) tables per article.
    int[] hPrev = new int[m + 1];
    int[] h = new int[m + 1];
    int[] samePrev = new int[m + 1];
    int[] same = new int[m + 1];
    int[] startPrev = new int[m + 1];
    int[] startAt = new int[m + 1];
    int[] claimPrev = new int[m + 1];
    int[] claimStart = new int[m + 1];
    int bestScore = 0;
    int bestI = 0;
    int bestJ = 0;
    int bestFrom = 0;
    int bestSame = 0;
    int bestClaimFrom = 0;
    for (int i = 1; i <= n; i++) {
      int word = claim[i - 1];
      h[0] = 0;
      same[0] = 0;
      startAt[0] = 0;
      claimStart[0] = 0;
      for (int j = 1; j <= m; j++) {
        boolean eq = word == text[j - 1];
        int diag = hPrev[j - 1] + (eq ? MATCH : MISMATCH);
        int up = hPrev[j] + GAP;
        int left = h[j - 1] + GAP;
        int v = Math.max(0, Math.max(diag, Math.max(up, left)));
        h[j] = v;
        if (v == 0) {
          same[j] = 0;
          startAt[j] = 0;
          claimStart[j] = 0;
          continue;
        }
        if (v == diag) {
          boolean fresh = hPrev[j - 1] == 0;
          startAt[j] = fresh ? j - 1 : startPrev[j - 1];
          claimStart[j] = fresh ? i - 1 : claimPrev[j - 1];
          same[j] = (fresh ? 0 : samePrev[j - 1]) + (eq ? 1 : 0);
        } else if (v == up) {
          startAt[j] = startPrev[j];
          claimStart[j] = claimPrev[j];
          same[j] = samePrev[j];
        } else {
          startAt[j] = startAt[j - 1];
          claimStart[j] = claimStart[j - 1];
          same[j] = same[j - 1];
        }
        if (v > bestScore) {
          bestScore = v;
          bestI = i;
          bestJ = j;
          bestFrom = startAt[j];
          bestSame = same[j];
          bestClaimFrom = claimStart[j];
        }
      }
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
   * The region widened by as many text words as the claim has outside the alignment, so a changed
   * word at an end ("of Belgium" against "of the Netherlands") is compared, not just dropped.
   */
  static Region widened(Region r, int claimSize, int textSize) {
    int from = Math.max(0, r.from() - r.claimFrom());
    int to = Math.min(textSize, r.to() + claimSize - r.claimTo());
    return new Region(from, to, r.matches(), r.score(), 0, claimSize);
  }
}
