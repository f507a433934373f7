package coveragebot.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a sentence says is speaking when it reports words without quote marks: "Rutte said he had no
 * doubt that ...", "... and will do its best to stay united, NATO secretary general Mark Rutte
 * promised on Monday", "..., said Rutte", "according to Rutte, ...". Quotations have their own,
 * fuller attribution ({@link Attributor}); {@code /check} asks this for words it finds outside
 * quote marks, so that "Scholz said he had no doubt" is not confirmed by "Rutte said he had no
 * doubt".
 *
 * <p>The speaker of a speech verb ({@link Lexicon#SPEECH_VERBS}) is the run of capitalised words
 * right before it ("also", "has" or an adverb may stand between), or right after one that puts its
 * speaker after it ("said Rutte", not "told Rutte" or "insisting Trump understood"). A pronoun
 * names nobody here ("he said" is not resolved); a group ("Officials said", "Western leaders
 * emphasize") is given as written: it is not the person a claim names either.
 */
public final class ReportedSpeech {
  private ReportedSpeech() {}

  /**
   * Where "he" or "she" is reported as speaking in the sentence of {@code text[from, to)} (a
   * paragraph) that holds {@code [start, end)}, before those words ("He said he knows both
   * candidates well", "He emphasised that ..."): the pronoun's offset, for the caller to resolve;
   * -1 when there is none.
   */
  public static int pronounSpeaking(String text, int from, int to, int start, int end) {
    int s = sentenceStart(text, from, start);
    Tokens words = Tokens.of(text, s, Math.min(end, to));
    for (int k = 0; k + 1 < words.size() && words.end(k) <= start; k++) {
      if ((words.lowerIs(k, "he") || words.lowerIs(k, "she"))
          && words.lowerIn(Lexicon.SPEECH_VERBS, k + 1)) {
        return words.start(k);
      }
    }
    return -1;
  }

  /**
   * Whether the sentences of {@code text[from, to)} (a paragraph) that hold {@code [start, end)}
   * have a speech verb outside those words ({@link Lexicon#SPEECH_VERBS}), whoever its speaker:
   * "They warned that ...", "..., saying that ...". Words in such a sentence may be someone's.
   */
  public static boolean anySpeech(String text, int from, int to, int start, int end) {
    int s = sentenceStart(text, from, start);
    int e = sentenceEnd(text, Math.max(start, end), to);
    Tokens words = Tokens.of(text, s, e);
    for (int k = 0; k < words.size(); k++) {
      if ((words.start(k) < start || words.end(k) > end)
          && words.lowerIn(Lexicon.SPEECH_VERBS, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether offset {@code start} of {@code text} (in the paragraph from {@code from}) lies in a
   * clause of the narrator's that follows its sentence's last speech verb before it ({@link
   * #NARRATION}): "... Mark Rutte said in Berlin Monday, as Washington's allies nervously await the
   * outcome of the vote." for "allies nervously await ...".
   */
  public static boolean narratedAfterSpeech(String text, int from, int start) {
    int s = sentenceStart(text, from, start);
    Tokens words = Tokens.of(text, s, start);
    for (int k = words.size() - 1; k >= 0; k--) {
      if (words.lowerIn(Lexicon.SPEECH_VERBS, k)) {
        return narrationBetween(text, words, k, start);
      }
    }
    return false;
  }

  /**
   * The names reported as speaking in the sentences of {@code text[from, to)} (a paragraph) that
   * hold {@code [start, end)}, nearest to it first, each once; the words of {@code [start, end)}
   * themselves are not read (a claim's own "Rutte told allies" is what is checked, not who says
   * it).
   */
  public static List<String> around(String text, int from, int to, int start, int end) {
    int s = sentenceStart(text, from, start);
    int e = sentenceEnd(text, Math.max(start, end), to);
    Tokens words = Tokens.of(text, s, e);
    List<int[]> found = new ArrayList<>(); // name start, name end, distance to the span
    for (int k = 0; k < words.size(); k++) {
      if (words.start(k) >= start && words.end(k) <= end) {
        continue;
      }
      int[] name = null;
      if (words.lowerIn(Lexicon.SPEECH_VERBS, k)
          && !text.startsWith("States", words.start(k))) { // "the United States", not "United"
        name = before(text, words, k);
        if (name == null && words.lowerIn(INVERTED, k)) {
          name = after(text, words, k + 1);
          if (name != null && name[name.length - 1] <= start) {
            // "said Rutte" reports what comes before it: after the name, the words are the
            // writer's ("..." said Rutte, a former prime minister of The Netherlands who took over
            // at the helm of NATO")
            name = null;
          }
        }
      } else if (words.lowerIs(k, "according")
          && k + 1 < words.size()
          && words.lowerIs(k + 1, "to")) {
        name = after(text, words, k + 2);
      } else if (words.lowerIs(k, "by") && k > 0 && words.lowerIn(PASSIVE_SPEECH, k - 1)) {
        name = byWhom(text, words, k + 1); // "the message conveyed by ... Mark Rutte"
      }
      if (name != null && words.start(k) < start && narrationBetween(text, words, k, start)) {
        name = null; // "Rutte said in Berlin Monday, as Washington's allies nervously await ..."
      }
      if (name != null && words.start(k) < start && subordinate(text, words, k, start)) {
        name = null; // "While Western leaders emphasize that ..., Russia has ... characterized"
      }
      if (name != null && (name[name.length - 1] <= start || name[0] >= end)) {
        int verb = words.start(k);
        int distance = verb < start ? start - verb : verb - end;
        found.add(
            name.length == 4
                ? new int[] {name[0], name[1], name[2], name[3], distance}
                : new int[] {name[0], name[1], distance});
      }
    }
    found.sort(java.util.Comparator.comparingInt(f -> f[f.length - 1]));
    List<String> out = new ArrayList<>();
    for (int[] f : found) {
      String name =
          f.length == 5
              ? text.substring(f[0], f[1]) + JOINT + text.substring(f[2], f[3])
              : text.substring(f[0], f[1]);
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * How two speakers of one verb are given, as one name: "Rutte and Ursula von der Leyen" (without
   * the role between them). {@link #names} splits it again.
   */
  public static final String JOINT = " and ";

  /** The speakers one name of {@link #around} gives: two for a joint subject, else one. */
  public static List<String> names(String reported) {
    return List.of(reported.split(JOINT));
  }

  /** Words that open the narrator's own clause after a comma: ", as allies await ...". */
  private static final java.util.Set<String> NARRATION =
      java.util.Set.of(
          "as", "while", "when", "after", "before", "amid", "since", "where", "whereas");

  /**
   * Whether speech verb {@code k} stands in a clause that a {@link #NARRATION} word opens at its
   * sentence's start, reports words of its own there ("that NATO operates as ..."), and a comma
   * closes that clause before offset {@code start}: what follows the comma is the writer's main
   * clause ("While Western leaders emphasize that NATO operates as a defensive alliance, Russia has
   * ..."). "As Rutte said, the alliance ..." reports nothing inside its clause, so it reports the
   * main clause.
   */
  private static boolean subordinate(String text, Tokens words, int k, int start) {
    int opener = k - 1;
    while (opener >= 0 && !commaBefore(text, words, opener + 1)) {
      opener--;
    }
    opener++; // the first word of the verb's clause
    if (opener >= k
        || !NARRATION.contains(
            text.substring(words.start(opener), words.end(opener))
                .toLowerCase(java.util.Locale.ROOT))
        || (opener > 0 && !sentenceBetween(text, words, opener))) {
      return false;
    }
    for (int j = k + 1; j < words.size() && words.start(j) <= start; j++) {
      if (commaBefore(text, words, j)) {
        return j > k + 1; // words of its own between the verb and the comma
      }
    }
    return false;
  }

  /** Whether a comma stands between word {@code j - 1} and word {@code j}. */
  private static boolean commaBefore(String text, Tokens words, int j) {
    return j > 0 && text.substring(words.end(j - 1), words.start(j)).contains(",");
  }

  /** Whether a sentence ends between word {@code j - 1} and word {@code j}. */
  private static boolean sentenceBetween(String text, Tokens words, int j) {
    String between = text.substring(words.end(j - 1), words.start(j));
    return between.contains(".") || between.contains("?") || between.contains("!");
  }

  /**
   * Whether, between speech verb {@code k} and offset {@code start}, a comma opens a clause of the
   * narrator's ({@link #NARRATION}): what follows is not what the verb reports.
   */
  private static boolean narrationBetween(String text, Tokens words, int k, int start) {
    for (int j = k + 1; j < words.size() && words.start(j) < start; j++) {
      if (NARRATION.contains(
          text.substring(words.start(j), words.end(j)).toLowerCase(java.util.Locale.ROOT))) {
        int c = words.start(j) - 1;
        while (c > 0 && Character.isWhitespace(text.charAt(c))) {
          c--;
        }
        if (c >= 0 && text.charAt(c) == ',') {
          return true;
        }
      }
    }
    return false;
  }

  /** Every name reported as speaking anywhere in {@code text[from, to)}, in text order. */
  public static List<String> within(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int s = from; s < to; ) {
      int e = sentenceEnd(text, s, to);
      for (String name : around(text, s, e, s, s)) {
        if (!out.contains(name)) {
          out.add(name);
        }
      }
      s = Math.max(e, s + 1);
    }
    return out;
  }

  /** Words that never name a speaker, though capitalised at a sentence's start. */
  private static final WordSet NOBODY =
      WordSet.of(
          "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "who",
          "which", "there", "the", "a", "an", "but", "and", "as", "while", "when");

  /**
   * The speech verbs a speaker follows in news copy ("..., said Rutte"). After the others the name
   * is who is spoken to or about: "told Rutte", "warned Rutte", "insisting Trump understood".
   */
  private static final WordSet INVERTED =
      WordSet.of(
          "said",
          "says",
          "added",
          "adds",
          "wrote",
          "writes",
          "asked",
          "continued",
          "explained",
          "noted",
          "stated",
          "replied",
          "declared",
          "insisted",
          "argued",
          "commented",
          "remarked",
          "asserted",
          "stressed",
          "concluded",
          "articulated",
          "affirmed");

  /** Before a verb in -ing, the words of its tense: "has been saying", "was telling". */
  private static final WordSet PROGRESSIVE = WordSet.of("been", "is", "was", "are", "were");

  /** The small words between the capitalised ones of a name: "von der", "van", "al", "bin". */
  public static final List<String> NAME_PARTICLES =
      List.of(
          "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "al", "bin", "ter",
          "ten");

  private static final WordSet PARTICLES = WordSet.of(NAME_PARTICLES);

  /** Days, months and the like: "said Monday" is when, not who. */
  private static final WordSet WHEN =
      WordSet.of(
          java.util.stream.Stream.of(
                  java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name),
                  java.util.Arrays.stream(java.time.Month.values()).map(Enum::name),
                  java.util.stream.Stream.of("today", "yesterday", "tomorrow"))
              .flatMap(w -> w)
              .map(w -> w.toLowerCase(java.util.Locale.ROOT))
              .toList());

  /**
   * Groups that speak as one, reported as a speaker when a capitalised word says whose ("Western
   * leaders", "NATO officials"), or when they open the sentence ("Officials said").
   */
  private static final WordSet GROUPS =
      WordSet.of(
          "leaders",
          "officials",
          "diplomats",
          "analysts",
          "allies",
          "critics",
          "experts",
          "ministers",
          "lawmakers",
          "governments",
          "observers");

  /** The name right before speech verb {@code k}, as {start, end} in the text, or null. */
  private static int[] before(String text, Tokens words, int k) {
    int last = k - 1;
    boolean progressive = words.lower(k).endsWith("ing"); // "Rutte has been saying"
    while (last >= 0
        && (words.lowerIn(Cues.BETWEEN, last)
            || words.lower(last).endsWith("ly")
            || (progressive && words.lowerIn(PROGRESSIVE, last)))
        && gapIsBlank(text, words.end(last), words.start(last + 1))) {
      last--;
    }
    if (last < 0 || !gapIsBlank(text, words.end(last), words.start(last + 1))) {
      return null;
    }
    int first = runStart(text, words, last);
    if (first > last && words.lowerIn(GROUPS, last)) {
      // a group as written, with the word that says whose: "Western leaders emphasize that ..."
      first =
          last > 0 && words.capitalised(last - 1) && !words.lowerIn(NOBODY, last - 1)
              ? last - 1
              : last;
      return words.capitalised(first) ? new int[] {words.start(first), words.end(last)} : null;
    }
    if (first > last || words.possessive(last)) {
      return null;
    }
    int[] name = {words.start(first), words.baseEnd(last)};
    int[] other = jointWith(text, words, first);
    // "Rutte and European Commission president Ursula von der Leyen said": both speak
    return other == null ? name : new int[] {other[0], other[1], name[0], name[1]};
  }

  /**
   * The name before "and" that shares speech verb's subject with the name starting at word {@code
   * first} ("Rutte and European Commission president Ursula von der Leyen said"), as {start, end},
   * or null. Between "and" and the name only a role may stand (capitalised words, role words).
   */
  private static int[] jointWith(String text, Tokens words, int first) {
    int j = first - 1;
    for (int between = 0;
        j >= 0 && between <= 4 && gapIsBlank(text, words.end(j), words.start(j + 1));
        j--, between++) {
      if (words.lowerIs(j, "and")) {
        break;
      }
      if (!(words.capitalised(j)
          || NameRuns.roleWord(words, j)
          || words.lowerIn(Lexicon.ROLE_MODIFIERS, j))) {
        return null;
      }
    }
    if (j < 1 || !words.lowerIs(j, "and") || !gapIsBlank(text, words.end(j - 1), words.start(j))) {
      return null;
    }
    int last = j - 1;
    int start = runStart(text, words, last);
    if (start > last || words.possessive(last) || !words.properCase(last)) {
      return null;
    }
    return new int[] {words.start(start), words.baseEnd(last)};
  }

  /**
   * The first word of the name that ends at word {@code last}: capitalised words joined by spaces
   * (or "Mr. "), with the small words inside a name ("von der"), without a leading "The"; {@code
   * last + 1} when word {@code last} starts none.
   */
  private static int runStart(String text, Tokens words, int last) {
    int first = last + 1;
    while (first - 1 >= 0) {
      if (words.capitalised(first - 1) && (first == last + 1 || joined(text, words, first - 1))) {
        first--;
        continue;
      }
      // the small words inside a name: "Ursula von der Leyen", not "Leyen"
      int p = first - 1;
      while (p >= 0
          && first - p <= 2
          && first <= last
          && words.lowerIn(PARTICLES, p)
          && !words.capitalised(p)
          && gapIsBlank(text, words.end(p), words.start(p + 1))) {
        p--;
      }
      if (p < first - 1
          && p >= 0
          && words.capitalised(p)
          && gapIsBlank(text, words.end(p), words.start(p + 1))) {
        first = p;
        continue;
      }
      break;
    }
    while (first <= last && words.lowerIn(NOBODY, first)) {
      first++; // "The Kremlin said": the article is no part of the name
    }
    return first;
  }

  /** Verbs whose speaker follows "by": "the message conveyed by Mark Rutte". */
  private static final WordSet PASSIVE_SPEECH =
      WordSet.of("conveyed", "delivered", "voiced", "issued", "expressed", "stated", "made");

  /**
   * The name after "by" from word {@code k}, past the role before it ("NATO secretary general Mark
   * Rutte" gives "Mark Rutte"): the last run of capitalised words among the role's and name's
   * words; or null.
   */
  private static int[] byWhom(String text, Tokens words, int k) {
    int end = k;
    while (end < words.size()
        && (end == k || gapIsBlank(text, words.end(end - 1), words.start(end)))
        && (words.capitalised(end)
            || NameRuns.roleWord(words, end)
            || words.lowerIn(Lexicon.ROLE_MODIFIERS, end)
            || words.lowerIn(PARTICLES, end))) {
      end++;
    }
    int last = end - 1;
    while (last >= k && !words.capitalised(last)) {
      last--; // the name ends with a capitalised word: "by Rutte himself" has none after it
    }
    if (last < k || words.lowerIn(NOBODY, last) || words.lowerIn(WHEN, last)) {
      return null;
    }
    int first = Math.max(k, runStart(text, words, last));
    return first > last ? null : new int[] {words.start(first), words.baseEnd(last)};
  }

  /** The name right after a speech verb, starting at word {@code k} ("said Rutte"), or null. */
  private static int[] after(String text, Tokens words, int k) {
    if (k >= words.size()
        || !words.capitalised(k)
        || words.lowerIn(WHEN, k)
        || words.lowerIn(NOBODY, k)
        || !gapIsBlank(text, words.end(k - 1), words.start(k))) {
      return null;
    }
    int last = k;
    while (last + 1 < words.size() && words.capitalised(last + 1) && joined(text, words, last)) {
      last++;
    }
    return new int[] {words.start(k), words.baseEnd(last)};
  }

  /** Whether words {@code k} and {@code k + 1} belong to one name: "Mark Rutte", "Mr. Rutte". */
  private static boolean joined(String text, Tokens words, int k) {
    int gapStart = words.end(k);
    int gapEnd = words.start(k + 1);
    if (gapIsBlank(text, gapStart, gapEnd)) {
      return true;
    }
    return text.charAt(gapStart) == '.'
        && gapIsBlank(text, gapStart + 1, gapEnd)
        && words.lowerIn(TITLES, k);
  }

  private static final WordSet TITLES = WordSet.of("mr", "mrs", "ms", "dr", "gen", "sen", "st");

  private static boolean gapIsBlank(String text, int from, int to) {
    if (to <= from) {
      return to == from;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How far from the words a sentence's start or end is looked for: a speech verb further away is
   * not the words' (and a paragraph of megabytes with no full stop costs no more than this).
   */
  private static final int REACH = 400;

  /** Where the sentence holding {@code at} starts, no earlier than {@code from}. */
  private static int sentenceStart(String text, int from, int at) {
    int limit = Math.max(from, at - REACH);
    for (int i = Math.min(at, text.length()) - 1; i > limit; i--) {
      if (endsSentence(text, i - 1)) {
        return i;
      }
    }
    return limit;
  }

  /** Where the sentence holding {@code at} ends (after its full stop), no later than {@code to}. */
  private static int sentenceEnd(String text, int at, int to) {
    int limit = Math.min(to, at + REACH);
    for (int i = at; i < limit; i++) {
      if (endsSentence(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /**
   * Whether the sentence ends at {@code i}: a full stop, question or exclamation mark (closing
   * quote marks after it included) before a space, not the stop of "Mr." or an initial.
   */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?' && "\"”’'".indexOf(c) < 0) {
      return false;
    }
    int j = i;
    while (j >= 0 && i - j < 3 && "\"”’'".indexOf(text.charAt(j)) >= 0) {
      j--; // 'stay united."': the stop before the closing marks
    }
    if (j < 0 || ".!?".indexOf(text.charAt(j)) < 0) {
      return false;
    }
    if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (text.charAt(j) == '.') {
      int w = j;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      String word = text.substring(w, j).toLowerCase(java.util.Locale.ROOT);
      return !(TITLES.contains(word) || word.length() == 1 && j - w == 1);
    }
    return true;
  }
}
