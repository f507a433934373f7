package coveragebot.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of story text with its exact offsets; a possessive ('s, ’s) stays on the word. */
record Token(int start, int end, String text) {

  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}-]*(?:['’]s\\b)?|\\p{Nd}+");

  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Token(m.start(), m.end(), m.group()));
    }
    return out;
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

  /** Capitalized like a name (Rutte, Stoltenberg), not shouted like an acronym (NATO). */
  boolean properCase() {
    String b = base();
    return Character.isUpperCase(b.charAt(0))
        && (b.length() == 1 || !b.equals(b.toUpperCase(java.util.Locale.ROOT)));
  }
}
