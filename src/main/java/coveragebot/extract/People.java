package coveragebot.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people the corpus names, one canonical name each: the fullest name seen ("Mark Rutte"), to
 * which a bare surname ("Rutte"), an honorific ("Mr. Rutte") or a misspelling one edit away
 * ("Rutter") is mapped. Built once over the whole corpus, so an article that only says "Rutte"
 * still gets the full name.
 */
final class People {

  /** A name form resolved to a person, with the reason shown to users. */
  record Match(String canonical, String reason) {}

  /** Surnames shorter than this are not matched fuzzily: too many near neighbours. */
  private static final int FUZZY_MIN_LENGTH = 5;

  private final Map<String, String> byFullName = new HashMap<>(); // lower-case full -> canonical
  private final Map<String, Set<String>> bySurname = new HashMap<>(); // lower-case -> canonicals
  private final Map<String, Gender> genders = new LinkedHashMap<>();
  // Surnames under each form with one letter deleted: a near miss shares one of these keys, so it
  // is found in a few look-ups however many people the corpus names (symmetric-delete index).
  private final Map<String, Set<String>> byDeletion = new HashMap<>();
  // The same words recur in every article; remember each answer (articles are read in parallel).
  private final Map<String, Optional<Match>> memo = new ConcurrentHashMap<>();
  private final java.util.function.Function<String, Optional<Match>> lookUp = this::lookUp;

  /**
   * @param fullNames names of two or more words found with person evidence
   * @param surnames single words found with person evidence ("Rutte said", "Mr. Trump")
   * @param evidence gender evidence per name form (honorifics, first names)
   */
  People(Set<String> fullNames, Set<String> surnames, Map<String, Gender> evidence) {
    for (String full : new TreeSet<>(fullNames)) {
      byFullName.put(Lexicon.lower(full), full);
      bySurname.computeIfAbsent(Lexicon.lower(surname(full)), k -> new TreeSet<>()).add(full);
      genders.put(full, firstNameGender(full));
    }
    for (String s : surnames) {
      bySurname.computeIfAbsent(Lexicon.lower(s), k -> new TreeSet<>());
      if (bySurname.get(Lexicon.lower(s)).isEmpty()) {
        bySurname.get(Lexicon.lower(s)).add(s);
        genders.putIfAbsent(s, Gender.UNKNOWN);
      }
    }
    for (Map.Entry<String, Set<String>> e : bySurname.entrySet()) {
      if (e.getValue().size() == 1 && e.getKey().length() >= FUZZY_MIN_LENGTH) {
        for (String d : deletions(e.getKey())) {
          byDeletion.computeIfAbsent(d, k -> new TreeSet<>()).add(e.getKey());
        }
      }
    }
    evidence.forEach(
        (form, g) ->
            match(form)
                .ifPresent(
                    m -> {
                      if (genders.getOrDefault(m.canonical(), Gender.UNKNOWN) == Gender.UNKNOWN) {
                        genders.put(m.canonical(), g);
                      }
                    }));
  }

  /** Resolves a name form (no honorific) to a person, if the corpus knows one. */
  Optional<Match> match(String form) {
    Optional<Match> known = memo.get(form); // most forms are known: no lock, no new lambda
    return known != null ? known : memo.computeIfAbsent(form, lookUp);
  }

  private Optional<Match> lookUp(String form) {
    String key = Lexicon.lower(form);
    String full = byFullName.get(key);
    if (full != null) {
      return Optional.of(new Match(full, "full name"));
    }
    Set<String> owners = bySurname.get(key);
    if (owners != null && owners.size() == 1) {
      String only = owners.iterator().next();
      return Optional.of(new Match(only, only.equals(form) ? "full name" : "surname"));
    }
    if (owners != null || form.contains(" ") || key.length() < FUZZY_MIN_LENGTH) {
      return Optional.empty();
    }
    if (Lexicon.NOT_NAMES.contains(key)) {
      return Optional.empty();
    }
    String found = null;
    Set<String> near = new TreeSet<>();
    for (String d : deletions(key)) {
      near.addAll(byDeletion.getOrDefault(d, Set.of()));
    }
    for (String surname : near) {
      if (EditDistance.atMostOne(key, surname)) {
        if (found != null) {
          return Optional.empty(); // two neighbours: a guess, not a mapping
        }
        found = surname;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    String canonical = bySurname.get(found).iterator().next();
    return Optional.of(new Match(canonical, "one edit from " + surname(canonical)));
  }

  /** The word itself and every form of it with one letter removed. */
  private static List<String> deletions(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }

  Gender gender(String canonical) {
    return genders.getOrDefault(canonical, Gender.UNKNOWN);
  }

  List<String> names() {
    return List.copyOf(genders.keySet());
  }

  static String surname(String full) {
    int sp = full.lastIndexOf(' ');
    return sp < 0 ? full : full.substring(sp + 1);
  }

  private static Gender firstNameGender(String full) {
    int sp = full.indexOf(' ');
    String first = Lexicon.lower(sp < 0 ? full : full.substring(0, sp));
    if (Lexicon.MALE_FIRST_NAMES.contains(first)) {
      return Gender.MALE;
    }
    if (Lexicon.FEMALE_FIRST_NAMES.contains(first)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }
}
