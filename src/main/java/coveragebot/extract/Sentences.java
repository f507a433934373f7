package coveragebot.extract;

import coveragebot.corpus.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences of one paragraph, for deciding what a quote's sentence is. A full stop inside quote
 * marks does not end the surrounding sentence: in “I’m not worried. I know both.” said Mr. Rutte
 * the attribution belongs to the whole quote.
 */
final class Sentences {
  private Sentences() {}

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "u.s", "jan",
          "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "jr", "sr");

  static List<Span> of(String text, Region region, List<Span> quoteMarks) {
    List<Span> out = new ArrayList<>();
    int start = QuoteScanner.skipSpace(text, region.start(), region.end());
    int mark = 0; // quoteMarks are in text order: walk them alongside i
    for (int i = start; i < region.end(); i++) {
      while (mark < quoteMarks.size() && quoteMarks.get(mark).end() <= i) {
        mark++;
      }
      Span inQuote =
          mark < quoteMarks.size() && quoteMarks.get(mark).start() <= i
              ? quoteMarks.get(mark)
              : null;
      if (inQuote != null) {
        i = inQuote.end() - 1;
        if (!endsSentence(text, inQuote.end() - 2, region)) {
          continue;
        }
      } else if (!endsSentence(text, i, region)) {
        continue;
      }
      int end = i + 1;
      int next = QuoteScanner.skipSpace(text, end, region.end());
      if (next == end && next < region.end()) {
        continue; // "U.S.-led": no space, no end
      }
      if (next < region.end() && Character.isLowerCase(text.charAt(next))) {
        continue;
      }
      out.add(new Span(start, end));
      start = next;
      i = next - 1;
    }
    if (start < region.end()) {
      out.add(new Span(start, region.end()));
    }
    return out;
  }

  private static boolean endsSentence(String text, int i, Region region) {
    if (i < region.start() || i >= region.end()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '!' || c == '?') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    int w = i;
    while (w > region.start()
        && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = Lexicon.lower(text.substring(w, i));
    return !ABBREVIATIONS.contains(word)
        && !(word.length() == 1 && Character.isUpperCase(text.charAt(w)));
  }

  static Span containing(List<Span> sentences, int from, int to) {
    for (Span s : sentences) {
      if (s.start() <= from && to <= s.end()) {
        return s;
      }
    }
    for (Span s : sentences) {
      if (s.start() <= from && from < s.end()) {
        return s;
      }
    }
    return sentences.isEmpty() ? new Span(from, to) : sentences.get(sentences.size() - 1);
  }
}
