package coveragebot.command;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.time.Granularity;
import coveragebot.extract.time.TemporalMention;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * says so in its note and the verdict stays the quotation's; unless a source's sentence tells the
 * quotation with another fact in their place ({@link #toldOtherwise}): then it is a mismatch.
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

  /**
   * Words a fact run may hold besides its names and numbers: "Prime Minister of the Netherlands".
   */
  private static final Set<String> FACT_GLUE =
      Set.of("the", "of", "and", "a", "an", "on", "in", "at", "from");

  private final Map<String, Article> byFile = new HashMap<>();
  private final CheckEvidence evidence;

  ClaimContext(Corpus corpus, CheckEvidence evidence) {
    for (Article a : corpus.articles()) {
      byFile.put(a.file(), a);
    }
    this.evidence = evidence;
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
   * says where it tells of the quotation; a mismatch when a source's own sentence gives another
   * fact in their place ({@link #toldOtherwise}); {@code reply} itself when there are none, or when
   * the verdict does not find what the claim says was said (only verbatim, variant and supported
   * do).
   */
  CheckReply checked(Claim claim, CheckReply reply) {
    if (claim.context() == null
        || !(reply.verdict().equals("verbatim")
            || reply.verdict().equals("variant")
            || reply.verdict().equals("supported"))) {
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
        // a passage in other words names no speaker: the claim's then
        List<Telling> tellings =
            a == null
                ? List.of()
                : tellings(a, e, e.speaker() != null ? e.speaker() : claim.speaker());
        tellings.forEach(t -> told.add(t.words()));
        dated.addAll(datesGiven(claim.context(), a, tellings, e, otherDays));
      }
    }
    List<String> unsaid = new ArrayList<>();
    List<Fact> undated = new ArrayList<>(); // the facts no source gives as the same day
    for (Fact fact : facts) {
      boolean byDay = dated.stream().anyMatch(m -> ClaimDates.covers(m, fact.start(), fact.end()));
      if (!byDay) {
        undated.add(fact);
      }
      if (!byDay
          && told.stream()
              .noneMatch(words -> holds(words, fact.words()) || datelined(words, fact.words()))) {
        unsaid.add(fact.shown());
      }
    }
    CheckReply otherDay = otherDay(claim, reply, dated);
    if (otherDay != null) {
      return otherDay;
    }
    // a source's own words in the same place, to the outlets that have them
    Map<String, List<String>> toldAs = new java.util.LinkedHashMap<>();
    CheckReply otherwise = toldOtherwise(claim, reply, undated, toldAs);
    if (otherwise != null) {
      return otherwise;
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
            + given(otherDays)
            + toldAs(toldAs));
  }

  /**
   * A mismatch when the claim's context names a day ("On November 5, Rutte said ...") that no
   * source gives ({@code given}: the context's dates a source does give) and a supporting excerpt
   * itself names another day, none of the claim's own words: Khaleej Times' "... Mark Rutte said in
   * Berlin Monday, ..." (November 4). Null when none does.
   */
  private CheckReply otherDay(Claim claim, CheckReply reply, List<TemporalMention> given) {
    List<CheckReply.Difference> differences = new ArrayList<>();
    List<Evidence> against = new ArrayList<>();
    Set<String> claimWords = new HashSet<>(Words.norms(Words.of(claim.body())));
    List<String> content = claimWords.stream().filter(KeyWords::content).toList();
    for (Evidence e : reply.evidence()) {
      Article a = e.supports() ? byFile.get(e.excerpt().file()) : null;
      LocalDate published = a == null ? null : ClaimDates.published(a.source());
      if (published == null) {
        continue; // an undated article's "Monday" is no day at all
      }
      List<TemporalMention> mine =
          ClaimDates.claimed("said ", claim.context(), published).stream()
              .filter(m -> m.value().granularity() == Granularity.DAY)
              .filter(m -> given.stream().noneMatch(g -> g.span().equals(m.span())))
              .toList();
      if (mine.isEmpty()) {
        continue;
      }
      for (TemporalMention y :
          ClaimDates.stated(a.text(), e.excerpt().start(), e.excerpt().end(), published)) {
        boolean own = Words.of(y.text()).stream().allMatch(w -> claimWords.contains(w.norm()));
        if (own || y.value().granularity() != Granularity.DAY) {
          continue;
        }
        // the day's own sentence tells what the claim does (half its content words, at least):
        // "promised on Monday" two sentences before the claim's words dates another statement
        int from = BodyText.sentenceStart(a.text(), e.excerpt().start(), y.span().start());
        int to = BodyText.sentenceEnd(a.text(), y.span().start(), e.excerpt().end());
        Set<String> sentence = new HashSet<>(Words.norms(Words.of(a.text().substring(from, to))));
        if (2 * content.stream().filter(sentence::contains).count() < content.size()) {
          continue;
        }
        for (TemporalMention m : mine) {
          if (!ClaimDates.holds(m, y)) {
            CheckReply.Difference d = new CheckReply.Difference("date", m.text(), y.text());
            if (!differences.contains(d)) {
              differences.add(d);
            }
            Evidence shown = new Evidence(e.excerpt(), e.speaker(), false);
            if (!against.contains(shown)) {
              against.add(shown);
            }
          }
        }
      }
    }
    if (differences.isEmpty()) {
      return null;
    }
    return mismatch(
        reply,
        differences,
        against,
        "The sources have these words, but not with what the claim says around them (\""
            + CommandLineParser.clip(claim.context())
            + "\"): they give another day.");
  }

  /**
   * {@code reply} turned a mismatch with {@code differences} against the sources {@code against}
   * (not supporting), and {@code note}.
   */
  private static CheckReply mismatch(
      CheckReply reply,
      List<CheckReply.Difference> differences,
      List<Evidence> against,
      String note) {
    return new CheckReply(reply.claim(), "mismatch", reply.speaker(), differences, against, note);
  }

  /**
   * A mismatch when a source's own sentence tells the quotation with another fact where the claim
   * has one ({@code undated}: those no source gives as the same day) that no source's own sentence
   * holding the quotation gives: the same words around it with a name, day or number changed
   * ("labelling support by Pyongyang a" for the claim's "labelled support by Moscow a"; "alongside
   * German Chancellor Olaf Scholz" for "alongside French President Emmanuel Macron"), or another
   * subject before the same copula ("bilateral security agreements ... were" for "the Victory Plan
   * was"). Null when no source does: the claim's fact is then only unconfirmed, as a paraphrase of
   * the occasion ("on social media X" for "on Facebook") is; such a source's words are added to
   * {@code toldAs}, with its outlet.
   */
  private CheckReply toldOtherwise(
      Claim claim, CheckReply reply, List<Fact> undated, Map<String, List<String>> toldAs) {
    String context = claim.context();
    List<Words.Word> mine = Words.of(context);
    List<Told> told = new ArrayList<>();
    for (Evidence e : reply.evidence()) {
      Article a = e.supports() ? byFile.get(e.excerpt().file()) : null;
      coveragebot.corpus.Span marks =
          a == null
              ? null
              : evidence.quotationMarks(a.file(), e.excerpt().start(), e.excerpt().end());
      boolean whole = false; // a passage in other words: its whole sentence may tell the occasion
      if (marks == null && a != null && !claim.quoted() && !reply.verdict().equals("variant")) {
        // reported speech found word for word ("Nato will stay united ..., the alliance's
        // secretary general Mark Rutte said in Berlin Monday"): its words stand for the quotation;
        // so do a supporting passage's ("Prior to a handover ceremony in Brussels, outgoing NATO
        // chief Jens Stoltenberg affirmed that ...")
        marks = new coveragebot.corpus.Span(e.excerpt().start(), e.excerpt().end());
        whole = reply.verdict().equals("supported");
      }
      int[] paragraph = marks == null ? null : BodyText.paragraphAt(a, marks.start());
      if (paragraph != null) {
        int from = BodyText.sentenceStart(a.text(), paragraph[0], marks.start());
        int to = BodyText.sentenceEnd(a.text(), Math.max(marks.end() - 1, from), paragraph[1]);
        List<String> words =
            Words.of(a.text().substring(from, to)).stream().map(Words.Word::norm).toList();
        told.add(new Told(a, e, marks, from, to, words, whole));
      }
    }
    // the facts no source's own sentence holding the quotation gives: those the claim may have
    // wrong, even where another paragraph names them ("alongside Ursula von der Leyen")
    List<Fact> open =
        undated.stream()
            .filter(f -> told.stream().noneMatch(t -> holds(t.words(), f.words())))
            .toList();
    List<CheckReply.Difference> differences = new ArrayList<>();
    List<Evidence> against = new ArrayList<>();
    for (Told t : told) {
      Article a = t.article();
      Evidence e = t.evidence();
      coveragebot.corpus.Span marks = t.marks();
      String text = a.text();
      int from = t.from();
      int to = t.to();
      List<CheckReply.Difference> found = new ArrayList<>();
      List<String> other = new ArrayList<>();
      List<Slot> slots =
          t.whole()
              ? List.of(new Slot(shifted(Words.of(text.substring(from, to)), from), false))
              : slots(text, from, to, marks, e.speaker());
      for (Slot slot : slots) {
        found.addAll(changed(context, mine, open, text, slot, other));
      }
      for (String words : other) {
        List<String> outlets = toldAs.computeIfAbsent(words, w -> new ArrayList<>());
        if (!outlets.contains(a.source().outlet())) {
          outlets.add(a.source().outlet());
        }
      }
      if (!found.isEmpty()) {
        found.stream().filter(d -> !differences.contains(d)).forEach(differences::add);
        Evidence shown = evidence.span(a, from, to, false);
        if (!against.contains(shown)) {
          against.add(shown);
        }
      }
    }
    if (differences.isEmpty()) {
      return null;
    }
    return mismatch(
        reply,
        differences,
        against,
        Checker.notes(
            (reply.verdict().equals("supported")
                    ? "The sources have these words, but not with what the claim says around them"
                    : "The quoted words are in the sources word for word, but not with what the"
                        + " claim says around them")
                + " (\""
                + CommandLineParser.clip(context)
                + "\"): the sources give another "
                + (differences.size() == 1 ? differences.getFirst().kind() : "occasion")
                + " in its place.",
            reply.note()));
  }

  /**
   * A source's sentence {@code [from, to)} holding the quotation of evidence {@code evidence}
   * within {@code marks}, with its {@code words} in lower case; {@code whole}: a passage in other
   * words than the claim's, whose whole sentence may tell the occasion.
   */
  private record Told(
      Article article,
      Evidence evidence,
      coveragebot.corpus.Span marks,
      int from,
      int to,
      List<String> words,
      boolean whole) {}

  /**
   * The words of a source's sentence {@code [from, to)} of {@code text} that tell the occasion of
   * its quotation ({@code marks}): before the quotation, those after the last word that reports
   * speech (all of them when none does); after it, those after the first such word, up to the next
   * comma ("Rutte said alongside German Chancellor Olaf Scholz."); none after it without one.
   */
  private static List<Slot> slots(
      String text, int from, int to, coveragebot.corpus.Span marks, String speaker) {
    List<Slot> out = new ArrayList<>();
    List<Words.Word> before = shifted(Words.of(text.substring(from, marks.start())), from);
    int verb = before.size() - 1;
    while (verb >= 0 && !Claim.reportsSpeech(before.get(verb).norm())) {
      verb--;
    }
    if (verb + 1 < before.size()) {
      out.add(new Slot(before.subList(verb + 1, before.size()), verb >= 0));
    }
    if (marks.end() < to) {
      String tail = text.substring(marks.end(), to);
      List<Words.Word> after = Words.of(tail);
      int k = 0;
      while (k < after.size() && !Claim.reportsSpeech(after.get(k).norm())) {
        k++;
      }
      int end = k + 1;
      while (end < after.size() && Words.gap(tail, after, end - 1).isEmpty()) {
        end++;
      }
      // the speaker named after the verb ("said NATO chief Mark Rutte on Monday") is no occasion
      String surname = surname(speaker);
      for (int n = k + 1; n < Math.min(end, k + 1 + SPEAKER_WORDS); n++) {
        if (after.get(n).norm().equals(surname)) {
          k = n;
          break;
        }
      }
      // a title alone is the speaker's name cut at its full stop ("said Mr. Rutte", the sentence
      // read up to "Mr.")
      if (k + 1 < end && !(k + 2 == end && TITLES.contains(after.get(k + 1).norm()))) {
        out.add(new Slot(shifted(after.subList(k + 1, end), marks.end()), true));
      }
    }
    return out;
  }

  /**
   * {@code words} of a piece of a text that starts at offset {@code by}, at their offsets in it.
   */
  private static List<Words.Word> shifted(List<Words.Word> words, int by) {
    return words.stream()
        .map(w -> new Words.Word(w.norm(), w.start() + by, w.end() + by, w.capital()))
        .toList();
  }

  /** Titles written with a full stop before a name ({@link #slots}). */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen");

  /**
   * At most how many words a speaker's name and title take after the verb: "NATO chief Mark Rutte".
   */
  private static final int SPEAKER_WORDS = 5;

  /**
   * A source's words that tell the occasion of its quotation ({@link #slots}); {@code afterVerb}:
   * they start right after the word that reports the speech, as a claim's context does.
   */
  private record Slot(List<Words.Word> words, boolean afterVerb) {}

  /** The last word of a speaker's name, lower case ("rutte"), or null. */
  private static String surname(String speaker) {
    if (speaker == null || speaker.isBlank()) {
      return null;
    }
    String[] parts = speaker.strip().split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }

  /**
   * The facts the claim's context {@code mine} gives where a source's {@code slot} (words of {@code
   * text}) gives others ({@link #toldOtherwise}): each change of the one into the other that holds
   * an {@code open} fact, stands next to a word both share (or a copula both end with), and changes
   * a name, day or number into another; both runs names and numbers only, unless it is the subject
   * before the copula. A change that is no such fact ("on social media X" for "on Facebook") adds
   * the source's words, from the shared word on, to {@code other}.
   */
  private static List<CheckReply.Difference> changed(
      String context,
      List<Words.Word> mine,
      List<Fact> open,
      String text,
      Slot told,
      List<String> other) {
    List<Words.Word> slot = told.words();
    List<CheckReply.Difference> out = new ArrayList<>();
    List<AbstractDelta<String>> deltas =
        DiffUtils.diff(comparable(slot), comparable(mine)).getDeltas();
    for (AbstractDelta<String> d : deltas) {
      if (d.getType() != DeltaType.CHANGE) {
        continue;
      }
      int p = d.getSource().getPosition();
      int q = d.getSource().last() + 1;
      int i = d.getTarget().getPosition();
      int j = d.getTarget().last() + 1;
      List<Words.Word> now = mine.subList(i, j);
      if (j == mine.size() && q - p > j - i) {
        // the claim's context ends here, the source's sentence goes on: its run of names and
        // numbers up to punctuation stands in their place ("Brussels" of "in Brussels, outgoing
        // NATO chief ..." for "in Berlin")
        int k = p;
        while (k < q
            && (fact(text, slot.get(k)) || FACT_GLUE.contains(slot.get(k).norm()))
            && (k == p || Words.gap(text, slot, k - 1).isEmpty())) {
          k++;
        }
        q = k > p ? k : q;
      }
      List<Words.Word> was = slot.subList(p, q);
      boolean holdsOpen =
          now.stream()
              .anyMatch(
                  w -> open.stream().anyMatch(f -> f.start() <= w.start() && w.end() <= f.end()));
      // the word before both, or both verbs: a claim's context starts right after its verb
      boolean left = i > 0 && p > 0 || i == 0 && p == 0 && told.afterVerb();
      boolean right = j < mine.size() && q < slot.size();
      // the subject of the quoted words: all words up to the copula right before the quotation
      boolean subject =
          i == 0
              && p == 0
              && j == mine.size() - 1
              && q == slot.size() - 1
              && VerbForms.COPULAS.contains(mine.getLast().norm());
      if (!holdsOpen || !(left || right)) {
        continue;
      }
      List<CheckReply.Difference> facts = new ArrayList<>();
      if (subject || factRun(context, now) && factRun(text, was)) {
        List<Words.Word> shown = withoutDay(now, was); // "Brussels" of "Brussels on Wednesday"
        for (CheckReply.Difference x : Differences.between(context, shown, text, was)) {
          if (!x.kind().equals(Differences.WORDING) && !x.kind().equals("negation")) {
            facts.add(x);
          }
        }
      }
      if (facts.isEmpty()) {
        // another way to say it ("on social media X"; "by Pyongyang", the capital, for "by North
        // Korea"): quoted in the note
        int start = left && p > 0 ? slot.get(p - 1).start() : was.getFirst().start();
        int end = right ? slot.get(q).end() : was.getLast().end();
        other.add(text.substring(start, end));
      }
      out.addAll(facts);
    }
    return out;
  }

  /**
   * The claim's run {@code now} without the day it ends with ("on Wednesday"), when the source's
   * run {@code was} has no calendar word: the place is the change shown, "Brussels" for "Berlin".
   */
  private static List<Words.Word> withoutDay(List<Words.Word> now, List<Words.Word> was) {
    if (was.stream().anyMatch(w -> CALENDAR_WORDS.contains(w.norm()))) {
      return now;
    }
    for (int k = 1; k < now.size(); k++) {
      if (CALENDAR_WORDS.contains(now.get(k).norm())) {
        int cut = FACT_GLUE.contains(now.get(k - 1).norm()) ? k - 1 : k;
        return cut > 0 ? now.subList(0, cut) : now;
      }
    }
    return now;
  }

  /**
   * The words' norms to line up, each copula ({@link VerbForms#COPULAS}) as one word: "was" and
   * "were" anchor alike, and 'the Victory Plan was "..."' tells what the quoted words are about.
   */
  private static List<String> comparable(List<Words.Word> words) {
    return words.stream().map(w -> VerbForms.COPULAS.contains(w.norm()) ? "is" : w.norm()).toList();
  }

  /**
   * Whether {@code run} holds names, days and numbers only, with the small words between and the
   * particles of names ("Ursula von der Leyen").
   */
  private static boolean factRun(String text, List<Words.Word> run) {
    return run.stream()
            .allMatch(
                w ->
                    fact(text, w)
                        || FACT_GLUE.contains(w.norm())
                        || coveragebot.extract.ReportedSpeech.NAME_PARTICLES.contains(w.norm()))
        && run.stream().anyMatch(w -> fact(text, w));
  }

  /**
   * Where the sources tell the quotation said instead, in their words: ' Jordan Times has them said
   * "on social media X".', or "".
   */
  private static String toldAs(Map<String, List<String>> toldAs) {
    StringBuilder out = new StringBuilder();
    toldAs.forEach(
        (words, outlets) ->
            out.append(' ')
                .append(String.join(" and ", outlets))
                .append(outlets.size() == 1 ? " has" : " have")
                .append(" them said “")
                .append(words)
                .append("”."));
    return out.toString();
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
   * and those naming its {@code speaker} (by the last word of the name).
   */
  private static List<Telling> tellings(Article a, Evidence e, String speaker) {
    String surname = surname(speaker);
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

  /**
   * Whether a paragraph's {@code words} open with the place of {@code run}, a place after "in",
   * "at" or "from": the dateline of a report ("BRUSSELS — NATO chief Mark Rutte ..." for "in
   * Brussels").
   */
  private static boolean datelined(List<String> words, List<String> run) {
    return run.size() >= 2
        && PLACE_PREPOSITIONS.contains(run.getFirst())
        && words.size() >= run.size()
        && holds(words.subList(0, run.size() - 1), run.subList(1, run.size()));
  }

  /**
   * Whether {@code words} hold {@code run} as consecutive words, possessives aside ("NATO's chief"
   * is told by "NATO chief").
   */
  private static boolean holds(List<String> words, List<String> run) {
    for (int at = 0; at + run.size() <= words.size(); at++) {
      int k = 0;
      while (k < run.size()
          && Words.unpossessed(words.get(at + k)).equals(Words.unpossessed(run.get(k)))) {
        k++;
      }
      if (k == run.size()) {
        return true;
      }
    }
    return false;
  }
}
