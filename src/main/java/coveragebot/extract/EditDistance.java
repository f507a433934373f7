package coveragebot.extract;

/** Levenshtein distance, for misspelt names ("Rutter") and fuzzy speaker look-up ("rute"). */
public final class EditDistance {
  private EditDistance() {}

  public static int of(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Whether {@code b} is {@code a} with one letter typed wrong, added or left out, both five
   * letters or more: shorter words one letter apart are as often other words ("Rute", "rule").
   */
  public static boolean typo(String a, String b) {
    return a.length() >= 5 && b.length() >= 5 && of(a, b) == 1;
  }

  static boolean atMostOne(String a, String b) {
    return Math.abs(a.length() - b.length()) <= 1 && of(a, b) <= 1;
  }
}
