package coveragebot.extract;

import coveragebot.corpus.ComposedForm;
import java.util.Arrays;

/**
 * The words of a stretch of story text, kept as offsets into it: word {@code k} is {@code
 * text[start(k), end(k))}, a possessive ('s, ’s) on the word. Most words are only looked at (is it
 * capitalised? is it "said"?), so nothing is cut from the text unless asked for: a word object, its
 * list slot and its cut text for each word read by the name and mention readers were three
 * gigabytes of garbage per 100,000-article build.
 */
final class Tokens {
  private String text;
  private int[] bounds; // start and end of word k at 2k and 2k + 1
  private int size;
  private String[] lower; // worked out when first asked for; null where not yet
  private boolean format; // whether the stretch holds a format character (Cf), in a word or not

  /** A reader of stretch after stretch ({@link #read}), its arrays grown as they need. */
  Tokens() {
    this(64);
  }

  private Tokens(int words) {
    this.bounds = new int[2 * words];
  }

  /** The words of {@code text[from, to)}, in arrays of the size such a stretch usually needs. */
  static Tokens of(String text, int from, int to) {
    return new Tokens(Math.max(4, (to - from) / 6)).read(text, from, to);
  }

  /**
   * The words of {@code text[from, to)}: what the regex {@code
   * \\p{L}[\\p{L}\\p{M}\\p{Nd}-]*(?:['’]s\\b)?|\\p{Nd}+} finds there, read by hand (the regex was
   * the largest single cost of finding people at 100,000 articles; TokensTest keeps it as the
   * reference). ASCII letters and digits are told apart without the Unicode tables. The words read
   * before are forgotten, and their arrays reused: a reader of many stretches keeps one (new arrays
   * for every stretch were 0.8 GB of garbage per 100k build).
   */
  Tokens read(String text, int from, int to) {
    if (lower != null) {
      Arrays.fill(lower, 0, Math.min(size, lower.length), null);
    }
    this.text = text;
    this.size = 0;
    this.format = false;
    int i = from;
    while (i < to) {
      char ch = text.charAt(i);
      int c = ch < 128 ? ch : at(text, i, to);
      int start = i;
      if (ch < 128 ? asciiLetter(ch) : Character.isLetter(c)) {
        i += Character.charCount(c);
        while (i < to) {
          char dh = text.charAt(i);
          if (dh < 128) {
            if (!(asciiLetter(dh) || (dh >= '0' && dh <= '9') || dh == '-')) {
              break;
            }
            i++;
            continue;
          }
          int d = at(text, i, to);
          if (!(Character.isLetter(d) || isMark(d) || Character.isDigit(d))) {
            int after = formatRun(text, i, to);
            if (after == i || after == to || !continuesWord(at(text, after, to))) {
              break;
            }
            format = true; // "Ru\u00ADtte": a soft hyphen inside a word is part of it
            i = after;
            continue;
          }
          i += Character.charCount(d);
        }
        if (i + 1 < to
            && (text.charAt(i) == '\'' || text.charAt(i) == '’')
            && text.charAt(i + 1) == 's'
            && (i + 2 == to || !isWordForBoundary(text.codePointAt(i + 2)))) {
          i += 2;
        }
        add(start, i);
      } else if (ch < 128 ? ch >= '0' && ch <= '9' : Character.isDigit(c)) {
        i += Character.charCount(c);
        for (int d; i < to && Character.isDigit(d = at(text, i, to)); ) {
          i += Character.charCount(d);
        }
        add(start, i);
      } else {
        if (ch >= 128 && Character.getType(c) == Character.FORMAT) {
          format = true;
        }
        i += Character.charCount(c);
      }
    }
    return this;
  }

  /**
   * Where the format characters (Cf) that start at {@code i} end: {@code i} when there are none.
   */
  private static int formatRun(String text, int i, int to) {
    while (i < to) {
      int c = at(text, i, to);
      if (c < 128 || Character.getType(c) != Character.FORMAT) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** Whether code point {@code c} goes on a word begun before it: a letter, mark, digit or "-". */
  private static boolean continuesWord(int c) {
    return c < 128
        ? asciiLetter((char) c) || (c >= '0' && c <= '9') || c == '-'
        : Character.isLetter(c) || isMark(c) || Character.isDigit(c);
  }

  /** {@code text[from, to)} without format characters, as the words are read. */
  String cut(int from, int to) {
    String s = text.substring(from, to);
    return format ? ComposedForm.withoutFormat(s) : s;
  }

  private void add(int start, int end) {
    if (2 * size == bounds.length) {
      bounds = Arrays.copyOf(bounds, 2 * bounds.length);
    }
    bounds[2 * size] = start;
    bounds[2 * size + 1] = end;
    size++;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The code point at {@code i}, or its lone char when the pair would cross {@code to}. */
  private static int at(String text, int i, int to) {
    int c = text.codePointAt(i);
    return i + Character.charCount(c) <= to ? c : text.charAt(i);
  }

  /** {@code \\p{M}}: a combining mark of any kind. */
  static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Whether {@code c}, just after "'s", continues a word for the regex's {@code \\b}: since Java 19
   * an ASCII letter, digit or underscore (as {@code \\w}), or a non-spacing mark (whose base, the
   * "s", is a letter).
   */
  private static boolean isWordForBoundary(int c) {
    return c == '_'
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** How many words. */
  int size() {
    return size;
  }

  int start(int k) {
    return bounds[2 * checked(k)];
  }

  int end(int k) {
    return bounds[2 * checked(k) + 1];
  }

  private int checked(int k) {
    if (k >= size) {
      throw new IndexOutOfBoundsException(k + " of " + size + " words");
    }
    return k;
  }

  /** How many characters word {@code k} has, possessive included. */
  int length(int k) {
    return end(k) - start(k);
  }

  /** Word {@code k} as written, possessive included, without format characters ({@link #cut}). */
  String text(int k) {
    return cut(start(k), end(k));
  }

  boolean possessive(int k) {
    int s = start(k);
    int e = end(k);
    return e - s > 2
        && text.charAt(e - 1) == 's'
        && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’');
  }

  /** Where word {@code k} ends without its possessive ending. */
  int baseEnd(int k) {
    return possessive(k) ? end(k) - 2 : end(k);
  }

  /** Word {@code k} without a possessive ending, nor format characters. */
  String base(int k) {
    return cut(start(k), baseEnd(k));
  }

  /** {@link #base} in lower case, worked out once. */
  String lower(int k) {
    if (lower == null || lower.length < size) {
      lower = new String[bounds.length / 2]; // as many as the words read so far could be
    }
    String l = lower[checked(k)];
    if (l == null) {
      l = lower[k] = Lexicon.lower(base(k));
    }
    return l;
  }

  /** Whether {@link #lower} of word {@code k} is one of {@code words}, read in place. */
  boolean lowerIn(WordSet words, int k) {
    if (format) {
      return words.contains(lower(k)); // rare: the in-place reading would see the format characters
    }
    return words.containsLowered(text, start(k), baseEnd(k));
  }

  /**
   * Whether word {@code k} as written, possessive included, lower-cased is one of {@code words}.
   */
  boolean wholeLowerIn(WordSet words, int k) {
    if (format) {
      return words.contains(Lexicon.lower(text(k)));
    }
    return words.containsLowered(text, start(k), end(k));
  }

  /** Whether {@link #lower} of word {@code k} is {@code word} (lower-case), read in place. */
  boolean lowerIs(int k, String word) {
    int s = start(k);
    int n = baseEnd(k) - s;
    if (format) {
      return lower(k).equals(word);
    }
    if (n > word.length()) {
      return false; // lower-casing never shortens a string
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(s + i);
      if (c >= 128) {
        return lower(k).equals(word);
      }
      if (WordSet.lower(c) != word.charAt(i)) {
        return false;
      }
    }
    return n == word.length();
  }

  /** Starts with a capital letter (the first character as {@link Character#isUpperCase(char)}). */
  boolean capitalised(int k) {
    return Character.isUpperCase(text.charAt(start(k)));
  }

  /**
   * Capitalized like a name (Rutte, Stoltenberg), not shouted like an acronym (NATO): a capital
   * first, and a character that upper-casing changes. ASCII words are read without the upper-cased
   * copy (TokensTest compares with it).
   */
  boolean properCase(int k) {
    if (!capitalised(k)) {
      return false;
    }
    int s = start(k);
    int e = baseEnd(k);
    if (e - s == 1) {
      return true;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        String b = base(k);
        return !b.equals(b.toUpperCase(java.util.Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** Whether only {@code gap} (" ", ". ") stands between words {@code k - 1} and {@code k}. */
  boolean between(int k, String gap) {
    int from = end(k - 1);
    if (format) {
      return cut(from, start(k)).equals(gap);
    }
    return start(k) - from == gap.length() && text.startsWith(gap, from);
  }

  /** Whether only whitespace (or nothing) stands between {@code from} and word {@code k}. */
  boolean blankBefore(int from, int k) {
    for (int i = from, e = start(k); i < e; ) {
      int c = text.codePointAt(i);
      if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
