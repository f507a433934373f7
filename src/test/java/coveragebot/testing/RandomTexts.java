package coveragebot.testing;

import java.util.Random;

/**
 * Random strings made of given pieces, for tests that compare a hand-written reader with the regex
 * it replaced: the pieces are the characters and words that matter to it.
 */
public final class RandomTexts {
  private RandomTexts() {}

  /** One to {@code maxPieces} pieces, drawn with repetition. */
  public static String of(Random r, String[] pieces, int maxPieces) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(maxPieces); k >= 0; k--) {
      b.append(pieces[r.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
