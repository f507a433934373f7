package coveragebot.extract;

import coveragebot.corpus.Article;
import coveragebot.corpus.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the coverage is about, for autocomplete of {@code about:}: the names written with capitals
 * (people, places, organisations: "Ukraine", "Donald Trump", "European Union") that the most
 * articles mention. Words that are capitalised only for grammar (sentence starts such as "The",
 * "But"; days and months) are left out.
 */
public final class Topics {
  private Topics() {}

  private static final Set<String> NOT_TOPICS = notTopics();

  private static Set<String> notTopics() {
    Set<String> s =
        new HashSet<>(
            List.of(
                "The",
                "A",
                "An",
                "He",
                "She",
                "It",
                "They",
                "We",
                "I",
                "You",
                "His",
                "Her",
                "Their",
                "Our",
                "This",
                "That",
                "These",
                "Those",
                "But",
                "And",
                "Or",
                "If",
                "In",
                "On",
                "At",
                "As",
                "For",
                "With",
                "By",
                "From",
                "To",
                "Of",
                "After",
                "Before",
                "When",
                "While",
                "Mr",
                "Mrs",
                "Ms",
                "Dr",
                "There",
                "What",
                "Who",
                "How",
                "Why",
                "Where",
                "Read",
                "More",
                "Advertisement",
                "Related"));
    for (java.time.Month m : java.time.Month.values()) {
      s.add(m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      s.add(d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
    }
    return Set.copyOf(s);
  }

  /** The {@code max} names mentioned in the most articles, most first, then alphabetically. */
  public static List<String> of(List<Article> articles, int max) {
    // each article's names on all cores (100,000 articles: seconds on one), counted in order
    List<Set<String>> named = articles.parallelStream().map(Topics::namesIn).toList();
    Map<String, Integer> articlesMentioning = new HashMap<>();
    for (Set<String> names : named) {
      for (String name : names) {
        articlesMentioning.merge(name, 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>(articlesMentioning.keySet());
    out.sort(
        Comparator.comparing((String n) -> -articlesMentioning.get(n))
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(out.subList(0, Math.min(max, out.size())));
  }

  /** The names an article's passages mention, each once. */
  private static Set<String> namesIn(Article a) {
    Set<String> seen = new HashSet<>();
    for (Passage p : a.passages()) {
      names(
          p.text(),
          run -> {
            String name = trimGrammar(run);
            if (name != null) {
              seen.add(name);
            }
          });
    }
    return seen;
  }

  /**
   * Hands {@code sink} the runs of one to three capitalised words in {@code text}, in order: a word
   * is a capital letter, then letters, marks, apostrophes and hyphens ending with a letter; the
   * words of a run are one {@code \s} apart; a run starts where no letter, mark, digit or
   * underscore comes before it. What {@code
   * (?<![\p{L}\p{M}\p{Nd}_])\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:\s\p{Lu}[\p{L}\p{M}'’-]*\p{L}){0,2}}
   * finds, read by hand (TopicsTest compares the two). The pattern used before, with {@code \b} for
   * the start, never found a name starting with a capital outside ASCII ("Émile", "Ørsted"): Java's
   * {@code \b} counts only ASCII as word characters.
   */
  static void names(String text, java.util.function.Consumer<String> sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128 ? c >= 'A' && c <= 'Z' : isCapitalAt(text, i)) {
        int end = i > 0 && wordCharBefore(text, i) ? -1 : word(text, i);
        if (end > 0) {
          for (int k = 0; k < 2 && end < n && Lexicon.isRegexSpace(text.charAt(end)); k++) {
            int next = end + 1 < n && isCapitalAt(text, end + 1) ? word(text, end + 1) : -1;
            if (next < 0) {
              break;
            }
            end = next;
          }
          sink.accept(text.substring(i, end));
          i = end;
          continue;
        }
      }
      i++; // a low surrogate is never a capital: no need to step over pairs
    }
  }

  private static boolean isCapitalAt(String text, int i) {
    return Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER;
  }

  /** A letter, mark, decimal digit or underscore ends just before {@code i}. */
  private static boolean wordCharBefore(String text, int i) {
    int cp = text.codePointBefore(i);
    return cp == '_' || Character.isLetterOrDigit(cp) || Tokens.isMark(cp);
  }

  /**
   * The end of the word whose capital is at {@code i}: past the last letter of the letters, marks,
   * apostrophes and hyphens after it; -1 when no letter follows the capital.
   */
  private static int word(String text, int i) {
    int j = i + Character.charCount(text.codePointAt(i));
    int end = -1;
    while (j < text.length()) {
      int cp = text.codePointAt(j);
      boolean letter = Character.isLetter(cp);
      if (!(letter || Tokens.isMark(cp) || cp == '\'' || cp == '’' || cp == '-')) {
        break;
      }
      j += Character.charCount(cp);
      if (letter) {
        end = j;
      }
    }
    return end;
  }

  /** Drops leading and trailing grammar words ("The European Union" → "European Union"). */
  private static String trimGrammar(String run) {
    String[] words = words(run);
    int from = 0;
    int to = words.length;
    while (from < to && NOT_TOPICS.contains(stripPossessive(words[from]))) {
      from++;
    }
    while (to > from && NOT_TOPICS.contains(stripPossessive(words[to - 1]))) {
      to--;
    }
    if (from == to) {
      return null;
    }
    String[] kept = java.util.Arrays.copyOfRange(words, from, to);
    kept[kept.length - 1] = stripPossessive(kept[kept.length - 1]);
    String name = String.join(" ", kept);
    return name.length() < 2 ? null : name;
  }

  /**
   * {@code run.split("\\s")} for a run {@link #names} found, whose words are one {@code \s} apart:
   * without compiling the pattern at each call.
   */
  static String[] words(String run) {
    List<String> out = new ArrayList<>(3);
    int start = 0;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (Lexicon.isRegexSpace(c)) {
        out.add(run.substring(start, i));
        start = i + 1;
      }
    }
    out.add(run.substring(start));
    return out.toArray(String[]::new);
  }

  private static String stripPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }
}
