package coveragebot.ingest;

import coveragebot.corpus.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences without touching it: returns spans. News abbreviations (Mr., Gen.,
 * Nov.), initials (J. Biden) and dotted acronyms (U.S.) do not end a sentence.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "gov",
          "sen", "rep", "pres", "st", "jr", "sr", "no", "nos", "vol", "inc", "ltd", "co", "corp",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs",
          "approx", "est", "fig", "mt", "ft", "rev", "hon", "messrs", "dept", "univ", "ave",
          "blvd");

  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  /** Sentence spans within {@code [from, to)} of {@code text}, trimmed of surrounding spaces. */
  public List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(text, from, to);
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < to
            && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
          end++;
        }
        while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (isBoundary(text, i, end, to)) {
          out.add(new Span(start, trimEnd(text, start, end)));
          start = skipSpace(text, end, to);
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (start < to) {
      int end = trimEnd(text, start, to);
      if (end > start) {
        out.add(new Span(start, end));
      }
    }
    return out;
  }

  private static boolean isBoundary(String text, int mark, int end, int to) {
    if (end >= to) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(end))) {
      return false;
    }
    int next = skipSpace(text, end, to);
    if (next >= to) {
      return true;
    }
    char n = text.charAt(next);
    if (!(Character.isUpperCase(n) || Character.isDigit(n) || OPENERS.indexOf(n) >= 0)) {
      return false;
    }
    if (text.charAt(mark) != '.') {
      return true;
    }
    String word = wordBefore(text, mark);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. Biden"
    }
    if (word.indexOf('.') >= 0) {
      return false; // a dotted acronym: "U.S." or "a.m."
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String wordBefore(String text, int mark) {
    int s = mark;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return text.substring(s, mark);
  }

  static int skipSpace(String text, int i, int to) {
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String text, int from, int end) {
    while (end > from && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whitespace as a reader sees it, including no-break and zero-width spaces and a BOM. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u2060';
  }
}
