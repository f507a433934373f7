package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.time.TemporalMention;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a claim says of the occasion of a quotation, between its speech verb and the quote marks
 * ("Rutte said in Washington: ...", "Rutte said on Friday: ..."): the quotation can be word for
 * word while the place or day is wrong. Its names and numbers ("in Washington", "Friday") are
 * looked for where the sources tell of that quotation: the paragraph that holds it, and the
 * paragraphs of the same article that name its speaker. When no source says them there, the reply
 * says so in its note; the verdict stays the quotation's.
 */
final class ClaimContext {
  /** Prepositions kept with the name after them: "in Washington" is not "Washington's allies". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from");

  /**
   * The names of the weekdays and months, in lower case: a date's words, kept without a preposition
   * here and not counted among the words before a quotation by {@link Claim}.
   */
  static final Set<String> CALENDAR_WORDS =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name),
              java.util.Arrays.stream(java.time.Month.values()).map(Enum::name))
          .map(w -> w.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Map<String, Article> byFile = new HashMap<>();

  ClaimContext(Corpus corpus) {
    for (Article a : corpus.articles()) {
      byFile.put(a.file(), a);
    }
  }

  /**
   * A fact of the occasion: {@code words} in lower case, to look for, and {@code shown} as the
   * claim writes it.
   */
  record Fact(List<String> words, String shown, int start, int end) {}

  /**
   * The facts of {@code context} to look for: runs of capitalised words and numbers, with "in",
   * "at" or "from" before a place ("in Berlin", "Friday", "November 4").
   */
  static List<Fact> facts(String context) {
    List<Words.Word> words = Words.of(context);
    List<Fact> out = new ArrayList<>();
    for (int k = 0; k < words.size(); ) {
      if (!fact(context, words.get(k))) {
        k++;
        continue;
      }
      int end = k + 1;
      while (end < words.size()
          && fact(context, words.get(end))
          && Words.gap(context, words, end - 1).isEmpty()) {
        end++;
      }
      List<String> run = new ArrayList<>();
      int from = words.get(k).start();
      if (k > 0
          && PLACE_PREPOSITIONS.contains(words.get(k - 1).norm())
          && !CALENDAR_WORDS.contains(words.get(k).norm())
          && Words.gap(context, words, k - 1).isEmpty()) {
        run.add(words.get(k - 1).norm());
        from = words.get(k - 1).start();
      }
      for (int i = k; i < end; i++) {
        run.add(words.get(i).norm());
      }
      int to = words.get(end - 1).end();
      out.add(new Fact(run, context.substring(from, to), from, to));
      k = end;
    }
    return out;
  }

  /** A word that states a fact of the occasion: capitalised (a name, a day) or a number. */
  private static boolean fact(String text, Words.Word w) {
    return Character.isUpperCase(text.codePointAt(w.start()))
        || Character.isDigit(text.codePointAt(w.start()));
  }

  /**
   * {@code reply} with a note naming the facts of the claim's context that no supporting source
   * says where it tells of the quotation; {@code reply} itself when there are none, or when the
   * verdict is not about a quotation found (verbatim, variant).
   */
  CheckReply checked(Claim claim, CheckReply reply) {
    if (claim.context() == null
        || !(reply.verdict().equals("verbatim") || reply.verdict().equals("variant"))) {
      return reply;
    }
    List<Fact> facts = facts(claim.context());
    if (facts.isEmpty()) {
      return reply;
    }
    List<List<String>> told = new ArrayList<>();
    List<TemporalMention> dated = new ArrayList<>(); // the context's dates a source gives
    Map<String, String> otherDays = new java.util.LinkedHashMap<>(); // as written, to its day
    for (Evidence e : reply.evidence()) {
      if (e.supports()) {
        Article a = byFile.get(e.excerpt().file());
        List<Telling> tellings = a == null ? List.of() : tellings(a, e);
        tellings.forEach(t -> told.add(t.words()));
        dated.addAll(datesGiven(claim.context(), a, tellings, e, otherDays));
      }
    }
    List<String> unsaid = new ArrayList<>();
    for (Fact fact : facts) {
      boolean byDay = dated.stream().anyMatch(m -> ClaimDates.covers(m, fact.start(), fact.end()));
      if (!byDay && told.stream().noneMatch(words -> holds(words, fact.words()))) {
        unsaid.add(fact.shown());
      }
    }
    if (unsaid.isEmpty()) {
      return reply;
    }
    return Checker.noted(
        reply,
        "The claim says the words were said \""
            + CommandLineParser.clip(claim.context())
            + "\"; no source of the quotation says \""
            + String.join("\", \"", unsaid)
            + "\" with it (in its paragraph, or where it names the speaker), so that part is not"
            + " confirmed."
            + given(otherDays));
  }

  /** What the sources' paragraphs holding the quotation give as its day instead, or "". */
  private static String given(Map<String, String> otherDays) {
    if (otherDays.isEmpty()) {
      return "";
    }
    List<String> shown = new ArrayList<>();
    otherDays.forEach((written, day) -> shown.add("“" + written + "” (" + day + ")"));
    return " Its paragraph in the sources gives " + String.join(", ", shown) + ".";
  }

  /**
   * The dates of {@code context} ("on Wednesday, November 6, 2024") that one of {@code tellings}
   * gives as the same day in its own words ("on Wednesday", in an article of 6 November), read as
   * said ("said on ...") as of {@code a}'s publication; none for an undated article.
   */
  private static List<TemporalMention> datesGiven(
      String context,
      Article a,
      List<Telling> tellings,
      Evidence e,
      Map<String, String> otherDays) {
    LocalDate published = a == null ? null : ClaimDates.published(a.source());
    if (published == null) {
      return List.of();
    }
    List<TemporalMention> mine = ClaimDates.claimed("said ", context, published);
    if (mine.isEmpty()) {
      return List.of();
    }
    List<TemporalMention> stated = new ArrayList<>();
    for (Telling t : tellings) {
      stated.addAll(ClaimDates.stated(a.text(), t.passage().start(), t.passage().end(), published));
    }
    List<TemporalMention> given =
        mine.stream().filter(m -> stated.stream().anyMatch(y -> ClaimDates.holds(m, y))).toList();
    if (given.size() < mine.size()) {
      // the days the paragraph holding the quotation gives instead: "Monday" for "on Tuesday"
      int[] paragraph = BodyText.paragraphAt(a, e.excerpt().start());
      for (TemporalMention y : stated) {
        int at = y.span().start();
        boolean holding =
            at <= e.excerpt().end() && e.excerpt().start() < y.span().end()
                || paragraph != null && paragraph[0] <= at && at < paragraph[1];
        if (holding && mine.stream().noneMatch(m -> ClaimDates.holds(m, y))) {
          otherDays.putIfAbsent(y.text(), y.value().iso());
        }
      }
    }
    return given;
  }

  /**
   * The paragraphs of {@code a} that tell of evidence {@code e}'s quotation: the one that holds it,
   * and those naming its speaker (by the last word of the name).
   */
  private static List<Telling> tellings(Article a, Evidence e) {
    String surname = null;
    if (e.speaker() != null) {
      String[] parts = e.speaker().strip().split("\\s+");
      surname = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }
    List<Telling> out = new ArrayList<>();
    for (Passage p : a.passages()) {
      boolean holds = p.start() <= e.excerpt().start() && e.excerpt().start() < p.end();
      List<String> words = Words.of(p.text()).stream().map(Words.Word::norm).toList();
      if (holds || (surname != null && words.contains(surname))) {
        out.add(new Telling(p, words));
      }
    }
    return out;
  }

  /** A paragraph that tells of a quotation, with its words in lower case, read once. */
  private record Telling(Passage passage, List<String> words) {}

  /** Whether {@code words} hold {@code run} as consecutive words. */
  private static boolean holds(List<String> words, List<String> run) {
    return java.util.Collections.indexOfSubList(words, run) >= 0;
  }
}
