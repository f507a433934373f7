package coveragebot.command;

import coveragebot.reply.CheckReply.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim written with contractions the other way round ("I am not worried" as "I’m not worried",
 * "don't" as "do not"): outlets print the same quotation both ways, and a claim typed one way must
 * still find the source printed the other, as a {@code variant} naming the difference. Both are one
 * word pair apart, which the word alignment (one claim word to one source word) cannot line up.
 */
final class Contractions {
  private Contractions() {}

  /** Each full form and its contraction; "can not" and "cannot" both contract to "can't". */
  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("i am", "i'm"),
          Map.entry("you are", "you're"),
          Map.entry("we are", "we're"),
          Map.entry("they are", "they're"),
          Map.entry("he is", "he's"),
          Map.entry("she is", "she's"),
          Map.entry("it is", "it's"),
          Map.entry("that is", "that's"),
          Map.entry("there is", "there's"),
          Map.entry("what is", "what's"),
          Map.entry("i have", "i've"),
          Map.entry("we have", "we've"),
          Map.entry("they have", "they've"),
          Map.entry("you have", "you've"),
          Map.entry("i will", "i'll"),
          Map.entry("we will", "we'll"),
          Map.entry("they will", "they'll"),
          Map.entry("you will", "you'll"),
          Map.entry("he will", "he'll"),
          Map.entry("she will", "she'll"),
          Map.entry("i would", "i'd"),
          Map.entry("we would", "we'd"),
          Map.entry("let us", "let's"),
          Map.entry("do not", "don't"),
          Map.entry("does not", "doesn't"),
          Map.entry("did not", "didn't"),
          Map.entry("is not", "isn't"),
          Map.entry("are not", "aren't"),
          Map.entry("was not", "wasn't"),
          Map.entry("were not", "weren't"),
          Map.entry("will not", "won't"),
          Map.entry("would not", "wouldn't"),
          Map.entry("cannot", "can't"),
          Map.entry("can not", "can't"),
          Map.entry("could not", "couldn't"),
          Map.entry("should not", "shouldn't"),
          Map.entry("have not", "haven't"),
          Map.entry("has not", "hasn't"),
          Map.entry("had not", "hadn't"));

  /** The contraction back to its full form ("can't" to "cannot", as news copy writes it). */
  private static final Map<String, String> LONG = new java.util.HashMap<>();

  static {
    SHORT.forEach(
        (full, contracted) ->
            LONG.merge(contracted, full, (a, b) -> a.length() < b.length() ? a : b));
  }

  private static final Pattern FORMS = forms();

  private static Pattern forms() {
    List<String> all = new ArrayList<>(SHORT.keySet());
    all.addAll(LONG.keySet());
    all.sort((a, b) -> b.length() - a.length()); // "can not" before "can"
    StringBuilder alternatives = new StringBuilder();
    for (String f : all) {
      if (!alternatives.isEmpty()) {
        alternatives.append('|');
      }
      alternatives.append(f.replace("'", "['’]").replace(" ", "\\s+"));
    }
    return Pattern.compile(
        "(?iu)(?<![\\p{L}\\p{Nd}'’])(?:" + alternatives + ")(?![\\p{L}\\p{Nd}'’])");
  }

  /** The claim with each form written the other way, and what was changed, claim first. */
  record Other(String text, List<Difference> changes) {}

  /** {@code text} with every contraction and full form written the other way, or null if none. */
  static Other of(String text) {
    Matcher m = FORMS.matcher(text);
    StringBuilder out = new StringBuilder();
    List<Difference> changes = new ArrayList<>();
    while (m.find()) {
      String written = m.group();
      String key = written.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
      String other = SHORT.containsKey(key) ? SHORT.get(key) : LONG.get(key);
      if (Character.isUpperCase(written.charAt(0))) {
        other = Character.toUpperCase(other.charAt(0)) + other.substring(1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(other));
      changes.add(new Difference(Differences.WORDING, written, other));
    }
    if (changes.isEmpty()) {
      return null;
    }
    m.appendTail(out);
    return new Other(out.toString(), changes);
  }
}
