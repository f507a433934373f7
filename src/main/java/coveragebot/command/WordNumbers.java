package coveragebot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbers words as {@link Words} norms them (case and apostrophe style folded), 0, 1, 2... in the
 * order they are first met. A word of plain ASCII is looked up with the text's own characters, so a
 * word met before costs no string: at 100,000 articles the coverage's 100 million words were as
 * many strings, the largest allocation of the start-up build. Not thread-safe.
 */
final class WordNumbers {
  private String[] keys = new String[1 << 12];
  private int[] numbers = new int[1 << 12];
  private final List<String> norms = new ArrayList<>();

  /**
   * The number of the word {@code [start, end)} of {@code text}, as {@link Words#scan} found it.
   */
  int number(String text, int start, int end, boolean curly) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '.') { // an acronym's dots ("U.S") are no part of its norm
        return number(Words.norm(text, start, end, curly));
      }
      hash = 31 * hash + lower(c); // String.hashCode of the norm
    }
    int mask = keys.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return add(slot, text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      if (key.hashCode() == hash && sameAscii(key, text, start, end)) {
        return numbers[slot];
      }
    }
  }

  /** The number of a word already normed. */
  int number(String norm) {
    int mask = keys.length - 1;
    for (int slot = spread(norm.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return add(slot, norm);
      }
      if (key.equals(norm)) {
        return numbers[slot];
      }
    }
  }

  /** Every word numbered, by number. */
  List<String> norms() {
    return norms;
  }

  private int add(int slot, String norm) {
    int number = norms.size();
    norms.add(norm);
    keys[slot] = norm;
    numbers[slot] = number;
    if (2 * norms.size() > keys.length) {
      grow();
    }
    return number;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new String[oldKeys.length * 2];
    numbers = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        int slot = spread(oldKeys[k].hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[k];
        numbers[slot] = oldNumbers[k];
      }
    }
  }

  private static boolean sameAscii(String key, String text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16) ^ (hash >>> 7);
  }
}
