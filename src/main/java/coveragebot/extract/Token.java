package coveragebot.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of story text with its exact offsets; a possessive ('s, ’s) stays on the word. Its text is
 * cut from the story only when asked for: most words are only looked at (is it capitalised?), and a
 * substring of every word read was the largest allocation of finding people at 100,000 articles.
 */
final class Token {
  private final String source;
  private final int start;
  private final int end;
  private String text;
  private String lower;

  /** A word whose text is already cut (tests). */
  Token(int start, int end, String text) {
    this(text, start, end, text);
  }

  private Token(String source, int start, int end, String text) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.text = text;
  }

  /** The word at {@code source[start, end)}, cut when first asked for. */
  private static Token in(String source, int start, int end) {
    return new Token(source, start, end, null);
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    if (text == null) {
      text = source.substring(start, end);
    }
    return text;
  }

  /** The i-th character of the word. */
  private char charAt(int i) {
    return text != null ? text.charAt(i) : source.charAt(start + i);
  }

  /**
   * The words of {@code text[from, to)}: what the regex {@code
   * \\p{L}[\\p{L}\\p{M}\\p{Nd}-]*(?:['’]s\\b)?|\\p{Nd}+} finds there, read by hand (the regex was
   * the largest single cost of finding people at 100,000 articles; TokenTest keeps it as the
   * reference). ASCII letters and digits are told apart without the Unicode tables.
   */
  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
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
            break;
          }
          i += Character.charCount(d);
        }
        if (i + 1 < to
            && (text.charAt(i) == '\'' || text.charAt(i) == '’')
            && text.charAt(i + 1) == 's'
            && (i + 2 == to || !isWordForBoundary(text.codePointAt(i + 2)))) {
          i += 2;
        }
        out.add(in(text, start, i));
      } else if (ch < 128 ? ch >= '0' && ch <= '9' : Character.isDigit(c)) {
        i += Character.charCount(c);
        for (int d; i < to && Character.isDigit(d = at(text, i, to)); ) {
          i += Character.charCount(d);
        }
        out.add(in(text, start, i));
      } else {
        i += Character.charCount(c);
      }
    }
    return out;
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
  private static boolean isMark(int c) {
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

  /** The word without a possessive ending. */
  String base() {
    return possessive() ? text().substring(0, end - start - 2) : text();
  }

  /** {@link #base()} in lower case, worked out once. */
  String lower() {
    if (lower == null) {
      lower = Lexicon.lower(base());
    }
    return lower;
  }

  /**
   * Whether {@link #lower()} is {@code word} (lower-case ASCII), read in place for a word of ASCII
   * characters instead of cut and lower-cased: most words are only asked whether they are one of a
   * few ("he", "she"). Lower-casing never shortens a string, and only characters beyond ASCII can
   * lower-case to more than one character or to an ASCII one (U+0130, U+212A), so those go the long
   * way.
   */
  boolean lowerIs(String word) {
    if (lower != null) {
      return lower.equals(word);
    }
    int n = baseLength();
    if (n > word.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = charAt(i);
      if (c >= 128) {
        return lower().equals(word);
      }
      if (asciiLower(c) != word.charAt(i)) {
        return false;
      }
    }
    return n == word.length();
  }

  /**
   * False only when {@link #lower()} is surely none of a set of lower-case ASCII words, all of two
   * characters or more and at most {@code longest}, whose first two characters are marked in {@code
   * starts} (index {@code first << 7 | second}): told without making the lower-case form, by the
   * length and the first two characters when they are ASCII (as in {@link #lowerIs}).
   */
  boolean lowerMayBeOneOf(boolean[] starts, int longest) {
    if (lower != null) {
      return true;
    }
    int n = baseLength();
    if (n > longest) {
      return false;
    }
    char a = charAt(0);
    if (n < 2) {
      return a >= 128; // an ASCII character lower-cases to one: shorter than every word
    }
    char b = charAt(1);
    return a >= 128 || b >= 128 || starts[asciiLower(a) << 7 | asciiLower(b)];
  }

  /**
   * The table {@link #lowerMayBeOneOf} reads: the first two characters of each of {@code words}
   * (lower-case ASCII, two characters or more), marked at {@code first << 7 | second}.
   */
  static boolean[] starts(java.util.Collection<String> words) {
    boolean[] starts = new boolean[128 * 128];
    for (String w : words) {
      if (w.length() < 2 || !w.chars().allMatch(c -> c < 128 && !Character.isUpperCase(c))) {
        throw new IllegalArgumentException("not lower-case ASCII of two characters or more: " + w);
      }
      starts[w.charAt(0) << 7 | w.charAt(1)] = true;
    }
    return starts;
  }

  private int baseLength() {
    return end - start - (possessive() ? 2 : 0);
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** How many characters the word has, possessive included. */
  int length() {
    return end - start;
  }

  boolean possessive() {
    int n = end - start;
    return n > 2 && charAt(n - 1) == 's' && (charAt(n - 2) == '\'' || charAt(n - 2) == '’');
  }

  /** Starts with a capital letter (the first character as {@link Character#isUpperCase(char)}). */
  boolean capitalised() {
    return Character.isUpperCase(charAt(0));
  }

  /**
   * Capitalized like a name (Rutte, Stoltenberg), not shouted like an acronym (NATO): a capital
   * first, and a character that upper-casing changes. ASCII words are read without the upper-cased
   * copy (TokenTest compares with it).
   */
  boolean properCase() {
    if (!capitalised()) {
      return false;
    }
    int n = possessive() ? end - start - 2 : end - start;
    if (n == 1) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = charAt(i);
      if (c >= 128) {
        String b = base();
        return !b.equals(b.toUpperCase(java.util.Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.text().equals(text());
  }

  @Override
  public int hashCode() {
    return 31 * (31 * start + end) + text().hashCode();
  }

  @Override
  public String toString() {
    return "Token[start=" + start + ", end=" + end + ", text=" + text() + "]";
  }
}
