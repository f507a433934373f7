package coveragebot.command;

import coveragebot.extract.EditDistance;
import coveragebot.extract.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches what a user typed to a quoted person: the exact name or an alias, then a prefix of any
 * word of the name ("rut", "mark"), then a near miss ("rute"). Autocomplete-ready: {@link
 * #complete} lists the names a prefix can still become.
 */
final class SpeakerNames {

  /** The outcome: one person, several to choose from, or none (with the closest names). */
  record Match(String person, String how, List<String> choices) {}

  private final List<Person> people;

  SpeakerNames(List<Person> quoted) {
    this.people = List.copyOf(quoted);
  }

  Match match(String typed) {
    String t = norm(typed);
    for (Person p : people) {
      if (norm(p.name()).equals(t) || p.aliases().stream().anyMatch(a -> norm(a).equals(t))) {
        return new Match(p.name(), null, List.of());
      }
    }
    List<String> prefixed = complete(typed);
    if (prefixed.size() == 1) {
      return new Match(
          prefixed.get(0), "prefix \"" + typed + "\" of " + prefixed.get(0), List.of());
    }
    if (prefixed.size() > 1) {
      return new Match(null, null, prefixed);
    }
    int best = Integer.MAX_VALUE;
    List<String> nearest = new ArrayList<>();
    for (Person p : people) {
      int d = distance(t, p);
      if (d < best) {
        best = d;
        nearest.clear();
      }
      if (d == best) {
        nearest.add(p.name());
      }
    }
    int allowed = t.length() <= 4 ? 1 : 2;
    if (best <= allowed && nearest.size() == 1) {
      return new Match(
          nearest.get(0), "near miss \"" + typed + "\" for " + nearest.get(0), List.of());
    }
    return new Match(null, null, closest(t));
  }

  /** Names whose words start with what was typed, for autocomplete (at most 25, Discord's cap). */
  List<String> complete(String typed) {
    String t = norm(typed);
    Set<String> out = new LinkedHashSet<>();
    for (Person p : people) {
      for (String form : forms(p)) {
        if (norm(form).startsWith(t) || words(form).stream().anyMatch(w -> w.startsWith(t))) {
          out.add(p.name());
        }
      }
    }
    return out.stream().limit(25).toList();
  }

  /** The three names nearest to what was typed, for "did you mean". */
  List<String> closest(String typed) {
    String t = norm(typed);
    return people.stream()
        .sorted(Comparator.comparingInt((Person p) -> distance(t, p)).thenComparing(Person::name))
        .limit(3)
        .map(Person::name)
        .toList();
  }

  private static int distance(String t, Person p) {
    int best = Integer.MAX_VALUE;
    for (String form : forms(p)) {
      best = Math.min(best, EditDistance.of(t, norm(form)));
      for (String w : words(form)) {
        best = Math.min(best, EditDistance.of(t, w));
      }
    }
    return best;
  }

  private static List<String> forms(Person p) {
    List<String> out = new ArrayList<>(p.aliases());
    out.add(0, p.name());
    return out;
  }

  private static List<String> words(String s) {
    return List.of(norm(s).split(" "));
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} ]", "").strip();
  }
}
