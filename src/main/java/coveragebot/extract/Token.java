package coveragebot.extract;

import java.util.ArrayList;
import java.util.List;

/** A word of story text with its exact offsets; a possessive ('s, ’s) stays on the word. */
record Token(int start, int end, String text) {

  /**
   * The words of {@code text[from, to)}: what the regex {@code
   * \\p{L}[\\p{L}\\p{M}\\p{Nd}-]*(?:['’]s\\b)?|\\p{Nd}+} finds there, read by hand (the regex was
   * the largest single cost of finding people at 100,000 articles; TokenTest keeps it as the
   * reference).
   */
  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int c = at(text, i, to);
      int start = i;
      if (Character.isLetter(c)) {
        i += Character.charCount(c);
        while (i < to) {
          int d = at(text, i, to);
          if (!(Character.isLetter(d) || isMark(d) || Character.isDigit(d) || d == '-')) {
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
        out.add(new Token(start, i, text.substring(start, i)));
      } else if (Character.isDigit(c)) {
        i += Character.charCount(c);
        for (int d; i < to && Character.isDigit(d = at(text, i, to)); ) {
          i += Character.charCount(d);
        }
        out.add(new Token(start, i, text.substring(start, i)));
      } else {
        i += Character.charCount(c);
      }
    }
    return out;
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
    if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"))) {
      return text.substring(0, text.length() - 2);
    }
    return text;
  }

  String lower() {
    return Lexicon.lower(base());
  }

  boolean possessive() {
    return base().length() != text.length();
  }

  /**
   * Capitalized like a name (Rutte, Stoltenberg), not shouted like an acronym (NATO): a capital
   * first, and a character that upper-casing changes. ASCII words are read without the upper-cased
   * copy (TokenTest compares with it).
   */
  boolean properCase() {
    String b = base();
    if (!Character.isUpperCase(b.charAt(0))) {
      return false;
    }
    if (b.length() == 1) {
      return true;
    }
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c >= 128) {
        return !b.equals(b.toUpperCase(java.util.Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }
}
