package coveragebot.command;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import coveragebot.reply.CheckReply.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word differences between a claim and the source words it lines up with, each named by what
 * changed. A changed number, currency, unit, date or name, or an added or dropped negation, makes
 * the claim a different statement; anything else is only wording.
 */
final class Differences {
  static final String WORDING = "wording";

  /**
   * A word that changes what the claim says, where the rest lines up: a word for its opposite
   * ({@link KeyWords#OPPOSITES}: "increase" for "reduction"), or, where a claim that is no
   * quotation lines up with its source, a content word for another ("criticized" for
   * "congratulated").
   */
  static final String WORD = "word";

  private static final Set<String> NEGATIONS =
      Set.of("not", "never", "no", "nobody", "none", "nothing", "nor", "cannot", "neither");
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Days: weekdays and the days said relative to today. */
  private static final Set<String> DAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "yesterday",
          "today",
          "tomorrow");

  /** Words of a date: months and days. */
  private static final Set<String> DATES =
      java.util.stream.Stream.concat(MONTHS.stream(), DAYS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> CURRENCIES =
      Set.of(
          "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rouble",
          "roubles", "ruble", "rubles", "usd", "eur", "gbp", "francs", "franc");
  private static final Set<String> UNITS =
      Set.of(
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "mile",
          "percent",
          "per",
          "cent",
          "kg",
          "tonnes",
          "tons",
          "metres",
          "meters",
          "million",
          "billion",
          "trillion",
          "thousand",
          "hundred");

  /** The ordinals {@link #numberValue} reads in words. */
  private static final List<String> ORDINALS =
      List.of("first", "second", "third", "fourth", "fifth");

  /** An ordinal in digits, its number the first group: "1st", "22nd". */
  private static final java.util.regex.Pattern ORDINAL_DIGITS =
      java.util.regex.Pattern.compile("(\\d+)(?:st|nd|rd|th)");

  /** The numbers written as words, by value: "one" is at 1. */
  private static final List<String> SPELLED =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  private Differences() {}

  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /**
   * Words that write a number: every one {@link #numberValue} reads ("fourteen", "sixty"), and
   * "hundred", "second" to "fifth", "dozen", "half". ("thirteen" to "nineteen", "sixty" to "ninety"
   * were missing: "worth fourteen billion euros" was supported by "40 billion".)
   */
  private static final Set<String> NUMBER_WORDS =
      java.util.stream.Stream.of(
              SPELLED.stream().skip(1),
              TENS.stream().filter(t -> !t.isEmpty()),
              java.util.stream.Stream.of(
                  "hundred", "first", "second", "third", "fourth", "fifth", "dozen", "half"),
              // quantities: "hundreds more troops" is another number than "thousands more troops"
              java.util.stream.Stream.of(
                  "hundreds",
                  "thousand",
                  "thousands",
                  "million",
                  "millions",
                  "billion",
                  "billions",
                  "dozens"))
          .flatMap(w -> w)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The number a word writes, or -1: digits, with an ordinal's ending ("1st", "22nd"); a number in
   * words up to twenty, or a round ten ("forty"); "first" to "fifth".
   */
  static int numberValue(Words.Word w) {
    String n = w.norm();
    java.util.regex.Matcher ordinal = ORDINAL_DIGITS.matcher(n);
    String digits = ordinal.matches() ? ordinal.group(1) : n;
    if (!digits.isEmpty() && digits.length() <= 9 && digits.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(digits);
    }
    int spelled = SPELLED.indexOf(n);
    if (spelled >= 0) {
      return spelled;
    }
    int tens = TENS.indexOf(n);
    if (tens >= 2) {
      return 10 * tens;
    }
    int nth = ORDINALS.indexOf(n);
    return nth >= 0 ? nth + 1 : -1;
  }

  /**
   * Names one may write for another ("US" for "American", "EU" for "European"): a few short forms
   * and their adjectives, and the capitals news writes for their countries' governments
   * ("Pyongyang" for North Korea, "Moscow" for Russia); not a gazetteer.
   */
  private static final java.util.Map<String, Set<String>> ALIASES =
      java.util.Map.ofEntries(
          java.util.Map.entry("us", Set.of("american", "america", "united", "u.s")),
          java.util.Map.entry("u.s", Set.of("american", "america", "united", "us")),
          java.util.Map.entry("america", Set.of("american", "us", "united")),
          java.util.Map.entry("american", Set.of("america", "us", "united")),
          java.util.Map.entry("eu", Set.of("european", "europe", "union")),
          java.util.Map.entry("uk", Set.of("british", "britain", "united")),
          java.util.Map.entry("british", Set.of("uk", "britain")),
          java.util.Map.entry("dutch", Set.of("netherlands")),
          java.util.Map.entry("netherlands", Set.of("dutch")),
          // "the Alliance", as NATO's own people write it
          java.util.Map.entry("nato", Set.of("alliance")),
          java.util.Map.entry("pyongyang", Set.of("north", "korea", "korean")),
          java.util.Map.entry("moscow", Set.of("russia", "russian")),
          java.util.Map.entry("kyiv", Set.of("ukraine", "ukrainian")),
          java.util.Map.entry("kiev", Set.of("ukraine", "ukrainian")),
          java.util.Map.entry("beijing", Set.of("china", "chinese")),
          java.util.Map.entry("tehran", Set.of("iran", "iranian")),
          java.util.Map.entry("washington", Set.of("us", "u.s", "america", "american", "united")));

  /**
   * Whether {@code a} is a name one may write for {@code b}, or {@code b} for {@code a} ({@link
   * #ALIASES}): "EU" and "European Union" either way round.
   */
  static boolean alias(Words.Word a, Words.Word b) {
    String x = Words.unpossessed(a.norm());
    String y = Words.unpossessed(b.norm());
    return ALIASES.getOrDefault(x, Set.of()).contains(y)
        || ALIASES.getOrDefault(y, Set.of()).contains(x);
  }

  /**
   * Differences from {@code source} to {@code claim}, in claim order, each side given as its text
   * exactly as written ({@code claimText} and {@code sourceText}: the texts the words' offsets are
   * into), from its first word to its last.
   */
  static List<Difference> between(
      String claimText, List<Words.Word> claim, String sourceText, List<Words.Word> source) {
    return between(claimText, claim, sourceText, source, (now, was) -> null);
  }

  /**
   * Whether the claim's words {@code now} name the same day as the source's {@code was} (true),
   * another (false), or are not both dates (null): {@link ClaimDates}.
   */
  interface SameDay {
    Boolean test(List<Words.Word> now, List<Words.Word> was);
  }

  /**
   * As {@link #between(String, List, String, List)}, with dates written two ways compared by day:
   * "November 6" for "Wednesday" is wording when {@code sameDay} says they are one day.
   */
  static List<Difference> between(
      String claimText,
      List<Words.Word> claim,
      String sourceText,
      List<Words.Word> source,
      SameDay sameDay) {
    List<Difference> out = new ArrayList<>();
    List<AbstractDelta<String>> deltas =
        DiffUtils.diff(Words.norms(source), Words.norms(claim)).getDeltas();
    for (AbstractDelta<String> d : deltas) {
      List<Words.Word> was = source.subList(d.getSource().getPosition(), d.getSource().last() + 1);
      List<Words.Word> now = claim.subList(d.getTarget().getPosition(), d.getTarget().last() + 1);
      String kind =
          d.getType() == DeltaType.INSERT && addedSentence(claimText, claim, now)
              ? WORDING // "... stays united. I'm not worried": more words, not the claim's "not"
              : kind(d.getType(), was, now);
      if (d.getType() == DeltaType.CHANGE
          && kind.equals("negation")
          && !negated(was)
          && saidBefore(sourceText, source, now)) {
        kind = WORDING; // the source says it too, just before where the claim lines up
      }
      if (d.getType() == DeltaType.CHANGE && !kind.equals("negation")) {
        Boolean same = sameDay.test(now, was);
        kind = same == null ? kind : same ? WORDING : "date";
      }
      if (factAtTheEnd(kind, d.getType(), was, now)) {
        // "sent hundreds" for "to deploy thousands": the wording, then the number
        int n = now.size() - 1;
        int w = was.size() - 1;
        out.add(
            new Difference(
                WORDING,
                exact(claimText, now.subList(0, n)),
                exact(sourceText, was.subList(0, w))));
        out.add(
            new Difference(
                kind,
                exact(claimText, now.subList(n, n + 1)),
                exact(sourceText, was.subList(w, w + 1))));
        continue;
      }
      out.add(new Difference(kind, exact(claimText, now), exact(sourceText, was)));
    }
    return out;
  }

  /**
   * Whether a change of a fact ({@code kind}) ends in one fact word each side after other words
   * that are no fact and no negation: it is told as two differences, the wording and the fact
   * ("sent" / "to deploy", then "hundreds" / "thousands"). "on Tuesday" / "Monday" stays one.
   */
  private static boolean factAtTheEnd(
      String kind, DeltaType type, List<Words.Word> was, List<Words.Word> now) {
    if (type != DeltaType.CHANGE
        || kind.equals(WORDING)
        || kind.equals("negation")
        || was.size() < 2
        || now.size() < 2
        || factKind(was.getLast()) == null
        || factKind(now.getLast()) == null) {
      return false;
    }
    List<Words.Word> before = new ArrayList<>(was.subList(0, was.size() - 1));
    before.addAll(now.subList(0, now.size() - 1));
    return before.stream().noneMatch(x -> factKind(x) != null || x.capital()) && !negated(before);
  }

  /**
   * Whether the source's sentence, before the words {@code source} where the claim lines up, has a
   * negation of the claim's words {@code now} with the word after it: 'Rutte said he had "no doubt"
   * that whoever wins the election would continue to support Nato because it is "in the interest of
   * the United States"' for "he has no doubt, because it is in the interest of the United States",
   * which lines up from "continue" on.
   */
  private static boolean saidBefore(
      String sourceText, List<Words.Word> source, List<Words.Word> now) {
    if (source.isEmpty()) {
      return false;
    }
    int at = source.getFirst().start();
    int from = at;
    while (from > 0 && ".!?\n".indexOf(sourceText.charAt(from - 1)) < 0) {
      from--;
    }
    List<Words.Word> before = Words.of(sourceText.substring(from, at));
    for (int i = 0; i + 1 < now.size(); i++) {
      if (!negates(now, i)) {
        continue;
      }
      for (int k = 0; k + 1 < before.size(); k++) {
        if (before.get(k).norm().equals(now.get(i).norm())
            && before.get(k + 1).norm().equals(now.get(i + 1).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the words {@code added} to {@code claim} are a sentence of their own: a sentence end
   * stands between them and the claim's word before them, or they start the claim and one stands
   * between them and the word after them.
   */
  private static boolean addedSentence(
      String claimText, List<Words.Word> claim, List<Words.Word> added) {
    int at = claim.indexOf(added.getFirst());
    int last = claim.indexOf(added.getLast());
    if (at > 0 && sentenceEnd(claimText, claim.get(at - 1).end(), added.getFirst().start())) {
      return true;
    }
    // or a sentence of their own before the rest: '"I'm not worried. I worked for four years ..."'
    return at == 0
        && last + 1 < claim.size()
        && sentenceEnd(claimText, added.getLast().end(), claim.get(last + 1).start());
  }

  /** Whether {@code text[from, to)} holds a ".", "!" or "?". */
  static boolean sentenceEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (".!?".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * What kind of fact one word is: {@code "date"} for a weekday, month or day word ("Wednesday's"
   * too), {@code "number"} for digits or a number word, else null.
   */
  static String factKind(Words.Word word) {
    List<Words.Word> one = List.of(word);
    return any(one, DATES) ? "date" : numeric(one) ? "number" : null;
  }

  /**
   * Which sort of fact a word is, finer than {@link #factKind}, so that one stands in for another
   * of its sort only: a day ("Wednesday", "yesterday"), a month, a year (four digits: "2024" is no
   * count of "two"), an ordinal ("second", "1st"), another number; else null.
   */
  static String factSort(Words.Word word) {
    String kind = factKind(word);
    if (kind == null) {
      return null;
    }
    String w = Words.unpossessed(word.norm());
    if (kind.equals("date")) {
      return DAYS.contains(w) ? "day" : "month";
    }
    if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
      return "year";
    }
    // "second" of "his second stint" counts no members: "32" is of another sort
    return ORDINALS.contains(w) || ORDINAL_DIGITS.matcher(w).matches() ? "ordinal" : "number";
  }

  /**
   * {@code differences} with each {@link #WORDING} change that puts a word for its opposite ({@link
   * KeyWords#opposed}: "very badly" for "very well") as a {@link #WORD} difference, which makes the
   * claim another statement; the words the difference gives stay as they are.
   */
  static List<Difference> turned(List<Difference> differences) {
    List<Difference> out = new ArrayList<>();
    for (Difference d : differences) {
      boolean opposite =
          d.kind().equals(WORDING)
              && !d.claim().isEmpty()
              && !d.source().isEmpty()
              && KeyWords.opposed(Words.of(d.claim()), Words.of(d.source())) != null;
      out.add(opposite ? new Difference(WORD, d.claim(), d.source()) : d);
    }
    return out;
  }

  static boolean significant(List<Difference> differences) {
    return differences.stream().anyMatch(d -> !d.kind().equals(WORDING));
  }

  private static String kind(DeltaType type, List<Words.Word> was, List<Words.Word> now) {
    if (negated(was, now) != negated(now, was)) {
      return "negation";
    }
    if (type != DeltaType.CHANGE) {
      // a word only added or dropped changes the emphasis, not the fact (negations aside)
      return WORDING;
    }
    // a fact differs only when one of a kind replaces another of that kind: a name added next to
    // other words ("spoke in Berlin" for "said") is more detail, not a contradiction
    if (any(was, DATES) && any(now, DATES)) {
      return "date";
    }
    if (any(was, CURRENCIES) && any(now, CURRENCIES)) {
      return "currency";
    }
    if (numeric(was) && numeric(now)) {
      // "4 years" for "four years" is the same number written another way
      return was.size() == 1
              && now.size() == 1
              && numberValue(was.get(0)) >= 0
              && numberValue(was.get(0)) == numberValue(now.get(0))
          ? WORDING
          : "number";
    }
    if (any(was, UNITS) && any(now, UNITS)) {
      return "unit";
    }
    // a month or weekday is written with a capital but names no one: "in June" for "from Jens
    // Stoltenberg" is a date the source does not give, not another name
    if (was.stream().anyMatch(Differences::nameWord)
        && now.stream().anyMatch(Differences::nameWord)
        && (unmatchedName(was, now) || unmatchedName(now, was))) {
      return "name";
    }
    return WORDING;
  }

  /**
   * {@code differences} with each wording difference of personal pronouns for some of the other
   * gender made a {@link #WORD} difference: in a quotation, "Her leadership" for "His leadership"
   * (or "working with her" for "working with him again") is about someone else. (Not in a claim
   * that is no quotation, where the pronoun follows who the claim says did it, and who did it in
   * the sources is the difference to show.)
   */
  static List<Difference> genderTurned(List<Difference> differences) {
    return differences.stream()
        .map(
            d ->
                d.kind().equals(WORDING) && otherGender(d.claim(), d.source())
                    ? new Difference(WORD, d.claim(), d.source())
                    : d)
        .toList();
  }

  /**
   * The personal pronouns by gender: "he", "him", "his", "himself", "he's", "he'd", "he'll" and the
   * same for "she".
   */
  private static final java.util.Map<String, String> GENDER =
      java.util.Map.ofEntries(
          java.util.Map.entry("he", "m"),
          java.util.Map.entry("him", "m"),
          java.util.Map.entry("his", "m"),
          java.util.Map.entry("himself", "m"),
          java.util.Map.entry("he's", "m"),
          java.util.Map.entry("he'd", "m"),
          java.util.Map.entry("he'll", "m"),
          java.util.Map.entry("she", "f"),
          java.util.Map.entry("her", "f"),
          java.util.Map.entry("hers", "f"),
          java.util.Map.entry("herself", "f"),
          java.util.Map.entry("she's", "f"),
          java.util.Map.entry("she'd", "f"),
          java.util.Map.entry("she'll", "f"));

  /**
   * Whether the words {@code a} and {@code b} (as written) have personal pronouns of one gender
   * each, and the two differ ("Her" for "His", "her" for "him again").
   */
  private static boolean otherGender(String a, String b) {
    String x = gender(a);
    String y = gender(b);
    return x != null && y != null && !x.isEmpty() && !y.isEmpty() && !x.equals(y);
  }

  /** Whether a word is a personal pronoun with a gender: "He", "her", "She's" ({@link #GENDER}). */
  static boolean gendered(Words.Word w) {
    return GENDER.containsKey(w.norm());
  }

  /** The one gender of the pronouns in {@code text}: "m" or "f", "" for both, null for none. */
  private static String gender(String text) {
    String found = null;
    for (Words.Word w : Words.of(text)) {
      String g = GENDER.get(w.norm());
      if (g != null && found != null && !found.equals(g)) {
        return "";
      }
      found = g != null ? g : found;
    }
    return found;
  }

  /** A capitalised word that is no month or weekday, nor "He" or "She" opening a quotation. */
  private static boolean nameWord(Words.Word w) {
    return w.capital() && !any(List.of(w), DATES) && !GENDER.containsKey(w.norm());
  }

  /**
   * Whether a capitalised word of {@code these} is none of {@code those}'s in another form: "allow
   * Russia" for "encourage the Russians" changes the verb, not the name.
   */
  private static boolean unmatchedName(List<Words.Word> these, List<Words.Word> those) {
    return these.stream()
        .filter(Words.Word::capital)
        .anyMatch(w -> those.stream().filter(Words.Word::capital).noneMatch(o -> oneName(w, o)));
  }

  /** One name, in two forms ({@link #sameName}) or as an alias of the other ({@link #alias}). */
  static boolean oneName(Words.Word a, Words.Word b) {
    return sameName(a, b) || alias(a, b);
  }

  /** Whether {@code words} name {@code name} in some form ({@link #oneName}). */
  static boolean names(List<Words.Word> words, Words.Word name) {
    return words.stream().anyMatch(w -> oneName(name, w));
  }

  /**
   * One name in two forms: one the other's start (Russia, Russians; German, Germany) or both alike
   * but for the shorter one's last letter (Ukraine, Ukrainian); not Austria and Australia.
   */
  static boolean sameName(Words.Word a, Words.Word b) {
    String x = a.norm();
    String y = b.norm();
    if (x.startsWith(y) || y.startsWith(x)) {
      return true;
    }
    int shared = 0;
    while (shared < x.length() && shared < y.length() && x.charAt(shared) == y.charAt(shared)) {
      shared++;
    }
    return shared >= 4 && shared >= Math.min(x.length(), y.length()) - 1;
  }

  private static boolean negated(List<Words.Word> words) {
    for (int i = 0; i < words.size(); i++) {
      if (negates(words, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code words} negate something against {@code other}, the words in their place: as
   * {@link #negated(List)}, but "no doubt" only where the other side doubts too. "He had no doubt
   * that X" affirms X: a claim that drops it ("Rutte said X" on 'Rutte said he had "no doubt" that
   * X') changes no fact, one with "doubts" in its place does.
   */
  private static boolean negated(List<Words.Word> words, List<Words.Word> other) {
    boolean doubted = other.stream().anyMatch(w -> w.norm().startsWith("doubt"));
    for (int i = 0; i < words.size(); i++) {
      if (negates(words, i)
          && (doubted
              || !(words.get(i).norm().equals("no")
                  && i + 1 < words.size()
                  && words.get(i + 1).norm().equals("doubt")))) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} of {@code words} negates: a {@link #negation}, but not "no matter". */
  static boolean negates(List<Words.Word> words, int i) {
    return negation(words.get(i))
        && !(i + 1 < words.size()
            && words.get(i).norm().equals("no")
            && words.get(i + 1).norm().equals("matter")); // "no matter who wins" negates nothing
  }

  /** Whether a word negates: "not", "never", "no", "won't" and the like. */
  static boolean negation(Words.Word w) {
    return NEGATIONS.contains(w.norm()) || w.norm().endsWith("n't");
  }

  private static boolean numeric(List<Words.Word> words) {
    return words.stream()
        .anyMatch(
            w -> w.norm().chars().anyMatch(Character::isDigit) || NUMBER_WORDS.contains(w.norm()));
  }

  /** Whether a word is one of {@code set}, its possessive aside ("Wednesday's" is Wednesday). */
  private static boolean any(List<Words.Word> words, Set<String> set) {
    return words.stream().map(Words.Word::norm).anyMatch(w -> set.contains(Words.unpossessed(w)));
  }

  /** The text of {@code words} in {@code text}, from the first's start to the last's end. */
  static String exact(String text, List<Words.Word> words) {
    return words.isEmpty() ? "" : text.substring(words.getFirst().start(), words.getLast().end());
  }
}
