package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The column-by-column alignment, which skips the text words after which nothing can score, gives
 * exactly what the full-table version it replaced gave.
 */
class AlignmentTest {

  @Test
  void rowByRowEqualsTheFullTables() {
    Random r = new Random(7);
    String[] vocabulary = {"a", "b", "c", "d", "e", "f", "nato", "will", "work"};
    for (int run = 0; run < 20_000; run++) {
      List<String> claim = words(r, vocabulary, r.nextInt(9));
      List<String> text = words(r, vocabulary, r.nextInt(40));
      assertThat(Alignment.best(claim, text))
          .as("%s in %s", claim, text)
          .isEqualTo(bestByTables(claim, text));
    }
  }

  /**
   * Long texts where the claim's words are rare (most columns skipped), common (few skipped) or
   * repeated (ties), numbers past the claim filter's 256 bits and of one to four bytes in the
   * compact form, and claim words no text has.
   */
  @Test
  void skippingColumnsEqualsTheFullTables() {
    Random r = new Random(11);
    int[] vocabularies = {3, 12, 60, 700, 5_000, 3_000_000};
    for (int run = 0; run < 6_000; run++) {
      int vocabulary = vocabularies[r.nextInt(vocabularies.length)];
      int[] claim = new int[r.nextInt(25)];
      for (int i = 0; i < claim.length; i++) {
        claim[i] = r.nextInt(12) == 0 ? -1 : r.nextInt(vocabulary);
      }
      int[] text = new int[r.nextInt(r.nextBoolean() ? 40 : 600)];
      for (int j = 0; j < text.length; j++) {
        // now and then a stretch of the claim itself, with its words changed here and there
        if (claim.length > 0 && r.nextInt(50) == 0) {
          for (int k = 0; k < claim.length && j < text.length; k++, j++) {
            text[j] = r.nextInt(4) == 0 || claim[k] < 0 ? r.nextInt(vocabulary) : claim[k];
          }
          j--;
        } else {
          text[j] = r.nextInt(vocabulary);
        }
      }
      Alignment.Region expected = bestByTables(strings(claim), strings(text));
      assertThat(Alignment.best(claim, text))
          .as("%s in %s", java.util.Arrays.toString(claim), java.util.Arrays.toString(text))
          .isEqualTo(expected);
      assertThat(Alignment.score(claim, text))
          .as(
              "score of %s in %s",
              java.util.Arrays.toString(claim), java.util.Arrays.toString(text))
          .isEqualTo(expected.score());
    }
  }

  private static List<String> strings(int[] words) {
    List<String> out = new ArrayList<>();
    for (int w : words) {
      out.add(Integer.toString(w));
    }
    return out;
  }

  private static List<String> words(Random r, String[] vocabulary, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(vocabulary[r.nextInt(r.nextBoolean() ? 3 : vocabulary.length)]);
    }
    return out;
  }

  /** The implementation before: four (n+1) x (m+1) tables. */
  static Alignment.Region bestByTables(List<String> claim, List<String> text) {
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
        int diag = h[i - 1][j - 1] + (eq ? 2 : -1);
        int up = h[i - 1][j] + -1;
        int left = h[i][j - 1] + -1;
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
      return new Alignment.Region(0, 0, 0, 0, 0, 0);
    }
    return new Alignment.Region(
        startAt[bestI][bestJ],
        bestJ,
        same[bestI][bestJ],
        bestScore,
        claimStart[bestI][bestJ],
        bestI);
  }
}
