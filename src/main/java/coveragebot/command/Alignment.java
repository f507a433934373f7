package coveragebot.command;

import java.util.List;

/**
 * Where a claim best lines up with a text, word by word: a local alignment (Smith-Waterman) that
 * tolerates changed, added and dropped words, so a claim finds its source even when reworded.
 */
final class Alignment {
  private static final int MATCH = 2;
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
    int n = claim.size();
    int m = text.size();
    int[][] h = new int[n + 1][m + 1];
    int[][] same = new int[n + 1][m + 1];
    int[][] startAt = new int[n + 1][m + 1];
    int[][] claimStart = new int[n + 1][m + 1];
    int bestScore = 0;
    int bestI = 0;
    int bestJ = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        boolean eq = claim.get(i - 1).equals(text.get(j - 1));
        int diag = h[i - 1][j - 1] + (eq ? MATCH : MISMATCH);
        int up = h[i - 1][j] + GAP;
        int left = h[i][j - 1] + GAP;
        int v = Math.max(0, Math.max(diag, Math.max(up, left)));
        h[i][j] = v;
        if (v == 0) {
          continue;
        }
        if (v == diag) {
          boolean fresh = h[i - 1][j - 1] == 0;
          startAt[i][j] = fresh ? j - 1 : startAt[i - 1][j - 1];
          claimStart[i][j] = fresh ? i - 1 : claimStart[i - 1][j - 1];
          same[i][j] = (fresh ? 0 : same[i - 1][j - 1]) + (eq ? 1 : 0);
        } else if (v == up) {
          startAt[i][j] = startAt[i - 1][j];
          claimStart[i][j] = claimStart[i - 1][j];
          same[i][j] = same[i - 1][j];
        } else {
          startAt[i][j] = startAt[i][j - 1];
          claimStart[i][j] = claimStart[i][j - 1];
          same[i][j] = same[i][j - 1];
        }
        if (v > bestScore) {
          bestScore = v;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestScore == 0) {
      return new Region(0, 0, 0, 0, 0, 0);
    }
    return new Region(
        startAt[bestI][bestJ],
        bestJ,
        same[bestI][bestJ],
        bestScore,
        claimStart[bestI][bestJ],
        bestI);
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
