package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.extract.EditDistance;
import coveragebot.extract.Person;
import coveragebot.extract.QuoteExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Matching a typed name, with every person's forms worked out once, answers as reading every
 * person's name and aliases again per request did (the slow version is kept here as the reference,
 * with SpeakerNames' own name forms and normalisation): exact names and aliases, prefixes, near
 * misses, several choices and none.
 */
class SpeakerNamesTest {
  private static final List<Person> PEOPLE =
      Speakers.quoted(new QuoteExtractor().extract(new CorpusGenerator(12).corpus(400).articles()));

  @Test
  void matchesAsReadingEveryNameAgainWould() {
    assertThat(PEOPLE).hasSizeGreaterThan(20);
    SpeakerNames names = new SpeakerNames(PEOPLE);
    Random r = new Random(1);
    int people = 0;
    int choices = 0;
    for (int i = 0; i < 1_500; i++) {
      Person p = PEOPLE.get(r.nextInt(PEOPLE.size()));
      List<String> forms = SpeakerNames.forms(p);
      String form = forms.get(r.nextInt(forms.size()));
      String typed =
          switch (r.nextInt(6)) {
            case 0 -> form;
            case 1 -> form.toUpperCase(Locale.ROOT);
            case 2 -> form.substring(0, 1 + r.nextInt(form.length()));
            case 3 -> typo(form, r);
            case 4 -> form.substring(form.lastIndexOf(' ') + 1);
            default -> "zq" + r.nextInt(1000);
          };
      SpeakerNames.Match expected = slowMatch(typed);
      assertThat(names.match(typed)).as(typed).isEqualTo(expected);
      assertThat(names.complete(typed)).as(typed).isEqualTo(slowComplete(typed));
      people += expected.person() != null ? 1 : 0;
      choices += expected.choices().size() > 1 ? 1 : 0;
    }
    assertThat(people).isGreaterThan(500);
    assertThat(choices).isGreaterThan(50);
  }

  private static String typo(String s, Random r) {
    if (s.length() < 3) {
      return s + "x";
    }
    int at = 1 + r.nextInt(s.length() - 1);
    return s.substring(0, at) + "q" + s.substring(at + 1);
  }

  // --- the reference: the previous implementation, reading every person per request ---

  private static SpeakerNames.Match slowMatch(String typed) {
    String t = SpeakerNames.norm(typed);
    for (Person p : PEOPLE) {
      if (SpeakerNames.norm(p.name()).equals(t)
          || p.aliases().stream().anyMatch(a -> SpeakerNames.norm(a).equals(t))) {
        return new SpeakerNames.Match(p.name(), null, List.of());
      }
    }
    List<String> prefixed = slowComplete(typed);
    if (prefixed.size() == 1) {
      return new SpeakerNames.Match(
          prefixed.get(0), SpeakerNames.howPrefixed(typed, prefixed.get(0)), List.of());
    }
    if (prefixed.size() > 1) {
      return new SpeakerNames.Match(null, null, prefixed);
    }
    int best = Integer.MAX_VALUE;
    List<String> nearest = new ArrayList<>();
    for (Person p : PEOPLE) {
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
      return new SpeakerNames.Match(
          nearest.get(0), "near miss \"" + typed + "\" for " + nearest.get(0), List.of());
    }
    return new SpeakerNames.Match(
        null,
        null,
        PEOPLE.stream()
            .sorted(
                Comparator.comparingInt((Person p) -> distance(t, p)).thenComparing(Person::name))
            .limit(3)
            .map(Person::name)
            .toList());
  }

  private static List<String> slowComplete(String typed) {
    String t = SpeakerNames.norm(typed);
    Set<String> out = new LinkedHashSet<>();
    for (Person p : PEOPLE) {
      for (String form : SpeakerNames.forms(p)) {
        if (SpeakerNames.norm(form).startsWith(t)
            || SpeakerNames.words(form).stream().anyMatch(w -> w.startsWith(t))) {
          out.add(p.name());
        }
      }
    }
    return out.stream().limit(25).toList();
  }

  private static int distance(String t, Person p) {
    int best = Integer.MAX_VALUE;
    for (String form : SpeakerNames.forms(p)) {
      best = Math.min(best, EditDistance.of(t, SpeakerNames.norm(form)));
      for (String w : SpeakerNames.words(form)) {
        best = Math.min(best, EditDistance.of(t, w));
      }
    }
    return best;
  }
}
