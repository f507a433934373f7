package coveragebot.extract;

import coveragebot.corpus.Span;
import coveragebot.extract.Quotation.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Full, partial or title. A quote that opens a sentence with a capital is a statement (full); one
 * that continues a sentence of reported speech is a fragment (partial); a short run of capitalized
 * words that is not a sentence, or anything after "so-called", is a name or scare quote (title).
 */
final class QuoteKinds {
  private QuoteKinds() {}

  private static final Pattern NAMING =
      Pattern.compile(
          "(?i).*\\b(so-called|dubbed|called|named|known as|titled|entitled|branded|nicknamed)\\s*$");
  private static final Pattern SENTENCE_PUNCT = Pattern.compile("[.,;:!?]");
  private static final int TITLE_MAX_WORDS = 5;

  /** Everything up to the last letters of a line: what is left is its last word. */
  private static final Pattern BEFORE_LAST_WORD = Pattern.compile("^.*[^\\p{L}]");

  static Kind of(String text, Region region, RawQuote q, List<Span> sentences) {
    String inner = q.segments().get(0).of(text);
    int open = q.marks().start();
    String before = text.substring(Math.max(region.start(), open - 40), open);
    if (NAMING.matcher(before).matches()) {
      return Kind.TITLE;
    }
    if (region.headline()) {
      return Kind.PARTIAL; // headlines are title case and terse: every quote in one is a fragment
    }
    if (looksLikeName(inner) && !startsSentence(text, region, open, sentences)) {
      return Kind.TITLE;
    }
    int first = firstLetter(inner);
    boolean capital = first >= 0 && Character.isUpperCase(inner.charAt(first));
    if (afterSpeechVerbComma(text, region, open)) {
      return Kind.FULL; // “I worked with him,” he said, “and he pushed us”: one statement, split
    }
    return capital && startsSentence(text, region, open, sentences) ? Kind.FULL : Kind.PARTIAL;
  }

  /** "Victory Plan": every word capitalized, short, no sentence punctuation. */
  private static boolean looksLikeName(String inner) {
    if (moreWordsThan(inner, TITLE_MAX_WORDS)) {
      return false; // most quotations: told without cutting them into words
    }
    String[] words = inner.strip().split("\\s+");
    if (words.length > TITLE_MAX_WORDS || SENTENCE_PUNCT.matcher(inner).find()) {
      return false;
    }
    if (words[0].equals("I") || words[0].startsWith("I’") || words[0].startsWith("I'")) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code inner.strip().split("\\s+")} has more than {@code max} words, counted in place
   * (QuoteKindsTest compares): splitting every quotation was a large allocation of the start-up
   * build at 100,000 articles, and only quotations of a few words can look like a name.
   */
  static boolean moreWordsThan(String inner, int max) {
    int b = 0;
    int e = inner.length();
    while (b < e && Character.isWhitespace(inner.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(inner.charAt(e - 1))) {
      e--;
    }
    int words = 1;
    boolean gap = false;
    for (int i = b; i < e && words <= max; i++) {
      boolean space = Lexicon.isRegexSpace(inner.charAt(i));
      if (space && !gap) {
        words++;
      }
      gap = space;
    }
    return words > max;
  }

  /** The mark opens the paragraph, a sentence, or follows a colon or "he said,". */
  private static boolean startsSentence(
      String text, Region region, int open, List<Span> sentences) {
    int p = open - 1;
    while (p >= region.start() && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    if (p < region.start()) {
      return true;
    }
    char c = text.charAt(p);
    if (c == ':' || c == '—' || c == '–') {
      return true;
    }
    for (Span s : sentences) {
      if (s.start() == open) {
        return true;
      }
    }
    if (c == ',') {
      String lead = text.substring(Math.max(region.start(), p - 30), p);
      String last = BEFORE_LAST_WORD.matcher(lead).replaceAll("");
      return Lexicon.SPEECH_VERBS.contains(Lexicon.lower(last));
    }
    return false;
  }

  private static boolean afterSpeechVerbComma(String text, Region region, int open) {
    String lead = text.substring(Math.max(region.start(), open - 30), open).stripTrailing();
    if (!lead.endsWith(",")) {
      return false;
    }
    String last = BEFORE_LAST_WORD.matcher(lead.substring(0, lead.length() - 1)).replaceAll("");
    return Lexicon.SPEECH_VERBS.contains(Lexicon.lower(last));
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
