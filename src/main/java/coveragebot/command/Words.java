package coveragebot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words with their offsets in the original text, so a match on words maps back to an exact span.
 * Case and apostrophe style are folded; all other punctuation separates words and is ignored.
 */
final class Words {
  private Words() {}

  /**
   * @param norm the lower-cased word with {@code ’} folded to {@code '}
   * @param capital true when the word starts with a capital letter mid-sentence (a likely name)
   */
  record Word(String norm, int start, int end, boolean capital) {}

  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder w = new StringBuilder();
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          w.append(c);
          i++;
        } else if ((c == '\'' || c == '\u2019')
            && i + 1 < n
            && Character.isLetter(text.charAt(i + 1))) {
          // an apostrophe inside a word (I'm, Nato's); quote marks around words are not kept
          w.append('\'');
          i++;
        } else {
          break;
        }
      }
      boolean capital =
          Character.isUpperCase(text.charAt(start)) && !sentenceStart(text, start, out.isEmpty());
      out.add(new Word(w.toString().toLowerCase(Locale.ROOT), start, i, capital));
    }
    return out;
  }

  /**
   * The punctuation between word {@code k} and the next, without whitespace and quote marks: the
   * only things a verbatim match may ignore inside a quote besides case and apostrophe style.
   */
  static String gap(String text, List<Word> words, int k) {
    String between = text.substring(words.get(k).end(), words.get(k + 1).start());
    return between.replaceAll("[\\s\"'“”‘’«»]", "");
  }

  static List<String> norms(List<Word> words) {
    return words.stream().map(Word::norm).toList();
  }

  private static boolean sentenceStart(String text, int at, boolean first) {
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
