package coveragebot.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small text helpers for the commands: edit distance, and word shingles for near-duplicates. */
final class Text {
  private Text() {}

  static int editDistance(String a, String b) {
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

  /** Lower-case words, with quote and apostrophe styles made equal. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if ((c == '\'' || c == '\u2019') && w.length() > 0) {
        w.append('\'');
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** Word pairs of a text, for near-duplicate tests that survive small edits. */
  static Set<String> shingles(String text) {
    List<String> words = words(text.toLowerCase(Locale.ROOT));
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    if (words.size() == 1) {
      out.add(words.get(0));
    }
    return out;
  }

  /** Jaccard similarity of two shingle sets. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int common = 0;
    for (String s : small) {
      if (large.contains(s)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  static Set<String> set(String... values) {
    return new HashSet<>(List.of(values));
  }
}
