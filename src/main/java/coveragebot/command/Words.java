package coveragebot.command;

import coveragebot.corpus.ComposedForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words with their offsets in the original text, so a match on words maps back to an exact span.
 * Case, apostrophe style and Unicode form (NFC: precomposed or combining accents) are folded; all
 * other punctuation separates words and is ignored.
 */
final class Words {
  private Words() {}

  /**
   * @param norm the lower-cased word with {@code ’} folded to {@code '}, in NFC
   * @param capital true when the word starts with a capital letter mid-sentence (a likely name)
   */
  record Word(String norm, int start, int end, boolean capital) {}

  /** Where {@link #scan} finds a word: {@code [start, end)}; {@code curly}: it holds a ’. */
  interface Sink {
    void word(int start, int end, boolean curly);
  }

  /**
   * Finds the words of {@code text} in order: runs of letters and digits, with an apostrophe
   * ({@code '} or {@code ’}) kept inside a word when a letter follows it (I'm, Nato's), the
   * combining marks after a letter or digit and the format characters (a soft hyphen, a zero-width
   * joiner) between two; quote marks around words are not kept.
   */
  static void scan(String text, Sink sink) {
    scan(text, 0, Integer.MAX_VALUE, sink);
  }

  /**
   * As {@link #scan(String, Sink)} from {@code from} (0, or where a word starts: the words found
   * from there are the same), stopping after {@code max} words.
   */
  static void scan(String text, int from, int max, Sink sink) {
    int i = from;
    int n = text.length();
    int found = 0;
    while (i < n && found < max) {
      if (!letterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean curly = false;
      while (i < n) {
        char c = text.charAt(i);
        if (letterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '\u2019') && i + 1 < n && letter(text.charAt(i + 1))) {
          curly |= c == '\u2019';
          i++;
        } else if (c == '.' && acronymGoesOn(text, start, i)) {
          i++; // "U.S.": one word, "us" without its dots, as the search reads it
        } else if (c >= '\u0300' && mark(c)) {
          i++; // a combining accent is part of its letter's word: "e\u0301te\u0301" is one word
        } else if ((c == '\u00AD' || c >= '\u0600' && Character.getType(c) == Character.FORMAT)
            && i + 1 < n
            && letterOrDigit(text.charAt(i + 1))) {
          i++; // an invisible soft hyphen or joiner inside a word: "Rut\u00ADte" is one word
        } else {
          break;
        }
      }
      sink.word(start, i, curly);
      found++;
    }
  }

  /**
   * Whether the dot at {@code dot} goes on the acronym {@code [start, dot)}: single letters with a
   * dot after each ("U", "U.S"), and a single letter after it that ends the word ("U.S.", "U.K.";
   * not "Mr.", nor the "A." of "plan A. Then").
   */
  static boolean acronymGoesOn(String text, int start, int dot) {
    int n = text.length();
    if ((dot - start) % 2 == 0
        || dot + 1 >= n
        || !letter(text.charAt(dot + 1))
        || dot + 2 < n && letterOrDigit(text.charAt(dot + 2))) {
      return false;
    }
    for (int k = start; k < dot; k++) {
      if ((k - start) % 2 == 0 ? !letter(text.charAt(k)) : text.charAt(k) != '.') {
        return false;
      }
    }
    return true;
  }

  // Character.isLetterOrDigit and isLetter for ASCII, by table: the Unicode look-up was a fifth of
  // numbering the coverage's words at 100k articles (JFR samples).
  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
  private static final boolean[] ASCII_LETTER = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
      ASCII_LETTER[c] = Character.isLetter(c);
    }
  }

  private static boolean letterOrDigit(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static boolean letter(char c) {
    return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
  }

  /** Whether {@code c} is a combining mark (Mn, Mc, Me): an accent or vowel sign of a letter. */
  private static boolean mark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The norm of the word {@code [start, end)} of {@code text}: as {@link Word#norm}, in Unicode's
   * composed form (NFC, {@link ComposedForm}), so "été" typed with precomposed letters or with
   * combining accents is one norm.
   */
  static String norm(String text, int start, int end, boolean curly) {
    String word = text.substring(start, end);
    if (end - start >= 3 && text.charAt(start + 1) == '.') {
      word = word.replace(".", ""); // an acronym: "U.S" is "us"
    }
    if (curly) {
      word = word.replace('\u2019', '\''); // every ’ kept inside a word is an apostrophe
    }
    word = word.toLowerCase(Locale.ROOT);
    return ComposedForm.needed(word) ? ComposedForm.of(word) : word;
  }

  /**
   * The words of {@code text}. Each word's norm is one substring, lower-cased only when it has
   * capitals (a string builder and two strings per word were the largest allocation of the start-up
   * build at 100,000 articles; WordsTest keeps that version as the reference).
   */
  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    scan(
        text,
        (start, end, curly) -> {
          boolean capital =
              Character.isUpperCase(text.charAt(start))
                  && !sentenceStart(text, start, out.isEmpty());
          out.add(new Word(norm(text, start, end, curly), start, end, capital));
        });
    return out;
  }

  /**
   * Where the first {@code max} words of {@code text} from {@code from} (as in {@link #scan(String,
   * int, int, Sink)}) are, as {@link #of} finds them: word {@code k} is {@code [bounds[2k],
   * bounds[2k + 1])}. No norms: for reading a found phrase's offsets and gaps.
   */
  static int[] bounds(String text, int from, int max) {
    int[][] out = {new int[2 * Math.clamp(max, 1, 256)]};
    int[] n = {0};
    scan(
        text,
        from,
        max,
        (start, end, curly) -> {
          if (n[0] + 2 > out[0].length) {
            out[0] = java.util.Arrays.copyOf(out[0], 2 * out[0].length);
          }
          out[0][n[0]++] = start;
          out[0][n[0]++] = end;
        });
    return java.util.Arrays.copyOf(out[0], n[0]);
  }

  /**
   * The punctuation between word {@code k} and the next, without whitespace and quote marks: the
   * only things a verbatim match may ignore inside a quote besides case and apostrophe style.
   */
  static String gap(String text, List<Word> words, int k) {
    return gap(text, words.get(k).end(), words.get(k + 1).start());
  }

  /** As {@link #gap(String, List, int)}, for word {@code k} of {@link #bounds}. */
  static String gap(String text, int[] bounds, int k) {
    return gap(text, bounds[2 * k + 1], bounds[2 * k + 2]);
  }

  private static String gap(String text, int from, int to) {
    StringBuilder kept = null; // most gaps are one space: no string made for them
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!ignoredInGap(c)) {
        if (kept == null) {
          kept = new StringBuilder(to - i);
        }
        kept.append(c);
      }
    }
    return kept == null ? "" : kept.toString();
  }

  /**
   * What a gap may hold and still be no difference: ASCII white space and quote marks (the regex
   * {@code [\s"'“”‘’«»]} it replaced; WordsTest compares the two for every char).
   */
  static boolean ignoredInGap(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '"', '\'', '“', '”', '‘', '’', '«', '»' -> true;
      default -> false;
    };
  }

  /** A norm without its possessive: "trump's" as "trump", "wednesday's" as "wednesday". */
  static String unpossessed(String norm) {
    return norm.endsWith("'s") && norm.length() > 2 ? norm.substring(0, norm.length() - 2) : norm;
  }

  static List<String> norms(List<Word> words) {
    return words.stream().map(Word::norm).toList();
  }

  static boolean sentenceStart(String text, int at, boolean first) {
    if (first) {
      return true;
    }
    for (int j = at - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c)) {
        continue;
      }
      return ".!?:\"“‘'\n".indexOf(c) >= 0;
    }
    return true;
  }
}
