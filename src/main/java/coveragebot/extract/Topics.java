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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the coverage is about, for autocomplete of {@code about:}: the names written with capitals
 * (people, places, organisations: "Ukraine", "Donald Trump", "European Union") that the most
 * articles mention. Words that are capitalised only for grammar (sentence starts such as "The",
 * "But"; days and months) are left out.
 */
public final class Topics {
  private Topics() {}

  /** One to three capitalised words in a row, each with at least one more letter. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}){0,2}");

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
    Map<String, Integer> articlesMentioning = new HashMap<>();
    for (Article a : articles) {
      Set<String> seen = new HashSet<>();
      for (Passage p : a.passages()) {
        Matcher m = NAME.matcher(p.text());
        while (m.find()) {
          String name = trimGrammar(m.group());
          if (name != null && seen.add(name)) {
            articlesMentioning.merge(name, 1, Integer::sum);
          }
        }
      }
    }
    List<String> out = new ArrayList<>(articlesMentioning.keySet());
    out.sort(
        Comparator.comparing((String n) -> -articlesMentioning.get(n))
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(out.subList(0, Math.min(max, out.size())));
  }

  /** Drops leading and trailing grammar words ("The European Union" → "European Union"). */
  private static String trimGrammar(String run) {
    String[] words = run.split("\\s");
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

  private static String stripPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }
}
