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
 * Matches what a user typed to a quoted person: the exact name or an alias, or a role the coverage
 * quotes the person under ("NATO chief"), then a prefix of any word of the name ("rut", "mark"),
 * then the name without the titles before it ("NATO chief Mark Rutte"), then a near miss ("rute").
 * Autocomplete-ready: {@link #complete} lists the names a prefix can still become.
 */
final class SpeakerNames {

  /** The outcome: one person, several to choose from, or none (with the closest names). */
  record Match(String person, String how, List<String> choices) {}

  private final List<Person> people;

  /**
   * Per person (same order), the name and aliases as compared ({@link #norm}), and every word of
   * them: worked out once, not per request (a large coverage quotes thousands of people).
   */
  private final List<List<String>> forms = new ArrayList<>();

  private final List<List<String>> words = new ArrayList<>();

  /** A compared form to the first person (in order) who has it. */
  private final java.util.Map<String, String> exact = new java.util.HashMap<>();

  /** Per role (compared as {@link #norm}, without a leading "the"), the people quoted under it. */
  private final java.util.Map<String, List<String>> roles;

  SpeakerNames(List<Person> quoted) {
    this(quoted, java.util.Map.of());
  }

  /**
   * @param roles per role as the coverage writes it where it quotes someone under it ("NATO
   *     chief"), the people quoted so
   */
  SpeakerNames(List<Person> quoted, java.util.Map<String, ? extends Set<String>> roles) {
    java.util.Map<String, List<String>> byRole = new java.util.HashMap<>();
    roles.forEach(
        (role, who) -> {
          String r = untitledThe(norm(role));
          if (!r.isEmpty()) {
            byRole.merge(
                r,
                List.copyOf(who),
                (a, b) ->
                    java.util.stream.Stream.concat(a.stream(), b.stream())
                        .distinct()
                        .sorted()
                        .toList());
          }
        });
    this.roles = byRole;
    this.people = List.copyOf(quoted);
    for (Person p : people) {
      List<String> f = new ArrayList<>();
      List<String> w = new ArrayList<>();
      for (String form : forms(p)) {
        f.add(norm(form));
        w.addAll(words(form));
        exact.putIfAbsent(norm(form), p.name());
      }
      forms.add(f);
      words.add(w);
    }
  }

  Match match(String typed) {
    String t = norm(typed);
    String same = exact.get(t);
    if (same != null) {
      return new Match(same, null, List.of());
    }
    List<String> role = roles.get(untitledThe(t));
    if (role != null) {
      return role.size() == 1
          ? new Match(
              role.getFirst(),
              role.getFirst() + " is quoted as \"" + typed.strip() + "\"",
              List.of())
          : new Match(null, null, role);
    }
    List<String> prefixed = complete(typed);
    if (prefixed.size() == 1) {
      return new Match(prefixed.get(0), howPrefixed(typed, prefixed.get(0)), List.of());
    }
    if (prefixed.size() > 1) {
      return new Match(null, null, prefixed);
    }
    String[] typedWords = typed.strip().split("\\s+");
    int titles = 0;
    while (titles < typedWords.length - 1 && TITLES.contains(norm(typedWords[titles]))) {
      titles++;
    }
    if (typedWords.length == 2) {
      // the surname first, as a list of names writes it: "Rutte, Mark", "Rutte Mark"
      String turned = typedWords[1] + " " + typedWords[0].replaceAll(",$", "");
      String person = exact.get(norm(turned));
      if (person != null) {
        return new Match(person, "\"" + typed.strip() + "\" read as \"" + turned + "\"", List.of());
      }
    }
    if (titles > 0) {
      String rest =
          String.join(" ", java.util.Arrays.asList(typedWords).subList(titles, typedWords.length));
      Match named = match(rest);
      if (named.person() != null) {
        String title = String.join(" ", java.util.Arrays.asList(typedWords).subList(0, titles));
        String left = "title \"" + title + "\" left out";
        return new Match(
            named.person(), named.how() == null ? left : left + ", then " + named.how(), List.of());
      }
    }
    int[] d = distances(t); // once, for the near miss and the closest names alike
    int best = Integer.MAX_VALUE;
    List<String> nearest = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      if (d[i] < best) {
        best = d[i];
        nearest.clear();
      }
      if (d[i] == best) {
        nearest.add(people.get(i).name());
      }
    }
    int allowed = t.length() <= 4 ? 1 : 2;
    if (best <= allowed && nearest.size() == 1) {
      return new Match(
          nearest.get(0), "near miss \"" + typed + "\" for " + nearest.get(0), List.of());
    }
    return new Match(null, null, closest(d));
  }

  /** Names whose words start with what was typed, for autocomplete (at most 25, Discord's cap). */
  List<String> complete(String typed) {
    String t = norm(typed);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < people.size(); i++) {
      if (forms.get(i).stream().anyMatch(f -> f.startsWith(t))
          || words.get(i).stream().anyMatch(w -> w.startsWith(t))) {
        out.add(people.get(i).name());
      }
    }
    return out.stream().limit(25).toList();
  }

  /** The three names nearest to what was typed, for "did you mean". */
  List<String> closest(String typed) {
    return closest(distances(norm(typed)));
  }

  /**
   * How a name was found from the start of what was typed: {@code word "Stoltenberg" of Jens
   * Stoltenberg} when it is one or more whole words of the name (or an alias), else {@code prefix
   * "Stolt" of ...}.
   */
  static String howPrefixed(String typed, String name) {
    return (wholeWords(norm(typed), norm(name)) ? "word" : "prefix")
        + " \""
        + typed
        + "\" of "
        + name;
  }

  private static boolean wholeWords(String t, String name) {
    return !t.isEmpty() && (" " + name + " ").contains(" " + t + " ");
  }

  /** Per person, the fewest edits from {@code t} to one of its forms or their words. */
  private int[] distances(String t) {
    int[] d = new int[people.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = distance(t, i);
    }
    return d;
  }

  /** The three people with the fewest edits {@code d}, then by name. */
  private List<String> closest(int[] d) {
    return java.util.stream.IntStream.range(0, d.length)
        .boxed()
        .sorted(
            Comparator.comparingInt((Integer i) -> d[i]).thenComparing(i -> people.get(i).name()))
        .limit(3)
        .map(i -> people.get(i).name())
        .toList();
  }

  /** The fewest edits from {@code t} to a form, or a word of a form, of person {@code i}. */
  private int distance(String t, int i) {
    int best = Integer.MAX_VALUE;
    for (String form : forms.get(i)) {
      best = Math.min(best, EditDistance.of(t, form));
    }
    for (String w : words.get(i)) {
      best = Math.min(best, EditDistance.of(t, w));
    }
    return best;
  }

  /** {@code t} ({@link #norm}) without a leading "the". */
  private static String untitledThe(String t) {
    return t.startsWith("the ") ? t.substring(4).strip() : t;
  }

  /**
   * Words ({@link #norm}) that stand before a name as a title or role and are left out when the
   * name with them is no one's: "NATO chief Mark Rutte", "President-elect Trump", "Mr Rutte".
   */
  private static final Set<String> TITLES =
      Set.of(
          "the",
          "a",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sir",
          "nato",
          "us",
          "eu",
          "un",
          "uk",
          "chief",
          "secretary",
          "general",
          "secretarygeneral",
          "president",
          "presidentelect",
          "vice",
          "prime",
          "minister",
          "chancellor",
          "former",
          "new",
          "outgoing",
          "incoming",
          "leader",
          "head",
          "commission",
          "european",
          "german",
          "french",
          "dutch",
          "ukrainian",
          "american",
          "russian",
          "foreign",
          "defence",
          "defense",
          "senator",
          "governor",
          "candidate",
          "democrat",
          "democratic",
          "republican",
          "nominee",
          "alliance",
          "alliances");

  static List<String> forms(Person p) {
    List<String> out = new ArrayList<>(p.aliases());
    out.add(0, p.name());
    return out;
  }

  static List<String> words(String s) {
    return List.of(norm(s).split(" "));
  }

  private static final java.util.regex.Pattern NOT_NAME =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd} ]");

  /**
   * A name as compared: lower case, accents left out ("Ruté" as "rute", "Müller" as "muller"), and
   * only letters, digits and single spaces.
   */
  static String norm(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.chars().allMatch(c -> c < 0x80)) {
      lower =
          MARKS
              .matcher(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD))
              .replaceAll("");
    }
    return SPACES.matcher(NOT_NAME.matcher(lower).replaceAll("").strip()).replaceAll(" ");
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");
}
