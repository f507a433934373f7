package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.extract.ReportedSpeech;
import coveragebot.extract.time.TemporalMention;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Decides a verdict for a claim. Exact matches are found on the original article text word by word
 * (never on stemmed search terms, so "works with" is no hit for "work with"); close versions by
 * word alignment; paraphrases by search ({@link Paraphrases}).
 */
final class Checker {
  /** Share of the claim's words a source must have, in order, to be the same statement. */
  static final double SAME_STATEMENT = 0.5;

  private static final int MAX_EVIDENCE = 5;

  /** How far after a source's words a currency is looked for ("40 billion" then "euros"). */
  private static final int CURRENCY = 12;

  private final List<Article> articles;
  private final CoverageWords coverage;
  private final CheckEvidence evidence;
  private final Paraphrases paraphrases;

  /** See {@link #ON_ALL_CORES}. */
  private final int onAllCores;

  /** See {@link #MOST_ALIGNED}. */
  private final int mostAligned;

  Checker(CoverageWords coverage, CheckEvidence evidence, Paraphrases paraphrases) {
    this(coverage, evidence, paraphrases, ON_ALL_CORES, MOST_ALIGNED);
  }

  /**
   * With {@code onAllCores} and {@code mostAligned} in place of {@link #ON_ALL_CORES} and {@link
   * #MOST_ALIGNED} (tests: 1, every bucket shared; a few articles, to see the cut).
   */
  Checker(
      CoverageWords coverage,
      CheckEvidence evidence,
      Paraphrases paraphrases,
      int onAllCores,
      int mostAligned) {
    this.articles = coverage.articles();
    this.coverage = coverage;
    this.evidence = evidence;
    this.paraphrases = paraphrases;
    this.onAllCores = onAllCores;
    this.mostAligned = mostAligned;
  }

  CheckReply check(Claim claim) {
    return check(claim, null);
  }

  /**
   * The articles a check looks in: their numbers (as in {@link CoverageWords#articles}) and the ids
   * of their passages (an outlet's articles, when a claim names the outlet that reported it).
   */
  record Scope(java.util.BitSet articles, long[] passages) {}

  /** The verdict on {@code claim} within {@code only}'s articles (null: the whole coverage). */
  CheckReply check(Claim claim, Scope only) {
    List<Words.Word> words = Words.of(claim.body());
    Exact inText = exact(words, claim.body(), only);
    List<Found> sameWords = inText.places();
    List<Evidence> exact =
        sameWords.stream().filter(f -> f.punctuation() == null).map(Found::evidence).toList();
    if (!exact.isEmpty()) {
      List<Difference> who = speakerDifferences(claim, exact);
      if (!who.isEmpty()) {
        // the words, but someone else's: the sources are evidence against the claim
        return new CheckReply(claim.text(), "mismatch", claim.speaker(), who, against(exact), null);
      }
      String outlet = claim.speaker() == null ? null : evidence.ownVoice(claim.speaker(), exact);
      if (outlet != null) {
        // the outlet's own words, credited to someone: no quotation of theirs
        return new CheckReply(
            claim.text(),
            "mismatch",
            claim.speaker(),
            List.of(new Difference("speaker", claim.speaker(), outlet)),
            against(exact),
            outlet
                + " writes these words in its own voice: no source has "
                + claim.speaker()
                + " saying them.");
      }
      return new CheckReply(
          claim.text(),
          "verbatim",
          claim.speaker(),
          who,
          exact,
          notes(notes(speakerNote(claim, exact), headlineOnly(exact)), conditional(exact)));
    }
    if (!sameWords.isEmpty()) {
      // the same words with other punctuation inside: close, but not the source's exact words
      List<Evidence> shown = sameWords.stream().map(Found::evidence).toList();
      List<Difference> diffs = new ArrayList<>(speakerDifferences(claim, shown));
      // a currency sign is no word: "$40 billion" and "40 billion euros" differ in more than a "$"
      Difference money = currency(claim, shown);
      if (money != null) {
        diffs.add(money);
      }
      // the comma that ends a clause about someone else: "Harris rattled NATO" on "Trump, who
      // ... against Democrat Kamala Harris, rattled NATO" is no variant
      for (Found f : sameWords) {
        int[] span = {f.evidence().excerpt().start(), f.evidence().excerpt().end()};
        Article a = articles.get(f.article());
        Difference subject = clauseSubject(claim.body(), words, a.text(), span[0], span);
        if (subject != null) {
          diffs.add(subject);
          shown = List.of(evidence.span(a, span[0], span[1], true));
          break;
        }
      }
      boolean otherSpeaker = !diffs.isEmpty();
      sameWords.stream().map(Found::punctuation).distinct().forEach(diffs::add);
      if (otherSpeaker) {
        return new CheckReply(
            claim.text(), "mismatch", claim.speaker(), diffs, against(shown), null);
      }
      return new CheckReply(
          claim.text(), "variant", claim.speaker(), diffs, shown, speakerNote(claim, shown));
    }
    CheckReply otherForm = contracted(claim, only);
    if (otherForm != null) {
      return otherForm;
    }
    Aligned best = closest(words, only);
    Paraphrases.Reading reading = null; // the claim read for support, once for every passage
    // what the user should know besides: the words are only in set-aside text, or articles that
    // might hold a closer version were not aligned
    String cut = notes(inText.setAside(), notAllAligned(best));
    if (best != null
        && sameStatement(best.region, words.size())
        && !subjectOnly(best.region, words)) {
      Article a = articles.get(best.article);
      List<Words.Word> text = Words.of(a.text());
      // widened within the body paragraph the region lies in (closest chose it there)
      int[] paragraph =
          BodyText.rangeHolding(
              coverage.bodyRanges(best.article), best.region.from(), best.region.to());
      Alignment.Region wide = Alignment.widened(best.region, words.size(), paragraph[1]);
      int from = Math.max(paragraph[0], wide.from());
      int to = wide.to();
      // the words taken for the claim's unaligned ones stay within the region's clause: "on
      // Tuesday" against "Monday", not "Monday, as"
      for (int k = best.region.to(); k < to; k++) {
        if (clauseBreak(a.text(), text.get(k - 1), text.get(k))) {
          to = k;
        }
      }
      for (int k = best.region.from() - 1; k >= from; k--) {
        if (clauseBreak(a.text(), text.get(k), text.get(k + 1))) {
          from = k + 1;
        }
      }
      // the claim's first (last) word a few words before (after) the region: the words between
      // are dropped from the claim, not changed ("Stoltenberg stepped down" for "Stoltenberg, a
      // former Prime Minister of Norway, stepped down" leaves out six words, it has no "Norway")
      if (best.region.claimFrom() > 0) {
        from = Math.min(from, near(text, words.getFirst(), best.region.from() - 1, -1, paragraph));
      }
      if (best.region.claimTo() < words.size()) {
        to = Math.max(to, near(text, words.getLast(), best.region.to(), 1, paragraph) + 1);
      }
      // a name is compared whole: "of Belgium" against "of The Netherlands", not "The"; and a
      // claim's last word, a name, against the name after the source's "the" ("of Russia"
      // against "of the United States", not "the")
      if (to > from
          && to < paragraph[1]
          && words.getLast().capital()
          && ARTICLES.contains(text.get(to - 1).norm())
          && text.get(to).capital()
          && !clauseBreak(a.text(), text.get(to - 1), text.get(to))) {
        to++;
      }
      while (to > from
          && to < paragraph[1]
          && text.get(to - 1).capital()
          && text.get(to).capital()
          && !clauseBreak(a.text(), text.get(to - 1), text.get(to))) {
        to++;
      }
      List<Words.Word> source = text.subList(from, to);
      Evidence shown = evidence.span(a, source.getFirst().start(), source.getLast().end(), true);
      List<String> sameDays = new ArrayList<>(); // dates written two ways, for the note
      Map<String, TemporalMention> datedElsewhere = new java.util.HashMap<>();
      List<Difference> diffs =
          new ArrayList<>(
              Differences.between(
                  claim.body(),
                  words,
                  a.text(),
                  source,
                  sameDay(
                      claim.lead(),
                      claim.body(),
                      a,
                      text.get(paragraph[0]).start(),
                      text.get(paragraph[1] - 1).end(),
                      sameDays,
                      datedElsewhere)));
      // the evidence, widened to take in what a difference is shown against
      int[] span = {shown.excerpt().start(), shown.excerpt().end()};
      for (int i = 0; i < diffs.size() && !datedElsewhere.isEmpty(); i++) {
        // "In September" against "Mark" of "Last month, Mark Rutte met": shown against the date
        // the paragraph gives
        TemporalMention y = datedElsewhere.get(diffs.get(i).claim());
        if (y != null && diffs.get(i).kind().equals("date")) {
          diffs.set(i, new Difference("date", diffs.get(i).claim(), y.text()));
          span[0] = Math.min(span[0], y.span().start());
          span[1] = Math.max(span[1], y.span().end());
        }
      }
      diffs = namedEarlier(diffs, claim.body(), a, text.get(paragraph[0]).start(), span);
      Difference subject =
          best.region.claimFrom() == 0 && text.get(best.region.from()).capital()
              ? clauseSubject(
                  claim.body(), words, a.text(), text.get(best.region.from()).start(), span)
              : null;
      if (subject != null) {
        diffs.add(subject);
      }
      Difference described = describedOther(claim.body(), words, best.region, a.text(), text, span);
      if (described != null) {
        // the claim's opening words against none ("Rutte is" / "") or a word ("Scholz" /
        // "Zelensky")
        diffs.removeIf(
            d ->
                !d.claim().isEmpty()
                    && claim.body().startsWith(d.claim())
                    && (d.source().isEmpty() || d.kind().equals(Differences.WORDING)));
        diffs.add(described);
      }
      if (span[0] != shown.excerpt().start() || span[1] != shown.excerpt().end()) {
        shown = evidence.span(a, span[0], span[1], true);
      }
      cut = notes(cut, sameDays.isEmpty() ? null : String.join(" ", sameDays));
      if (diffs.stream().noneMatch(d -> d.kind().equals("currency"))) {
        Difference money = currency(claim, List.of(shown));
        if (money != null) {
          diffs.add(money);
        }
      }
      diffs.addAll(speakerDifferences(claim, List.of(shown)));
      diffs = Differences.turned(diffs); // "very badly" for "very well"
      if (claim.quoted()) {
        diffs = Differences.genderTurned(diffs); // "Her leadership" for "His leadership"
      }
      if (Differences.significant(diffs)) {
        Evidence against = new Evidence(shown.excerpt(), shown.speaker(), false);
        return new CheckReply(
            claim.text(), "mismatch", claim.speaker(), diffs, List.of(against), cut);
      }
      if (claim.quoted()) {
        return new CheckReply(
            claim.text(),
            "variant",
            claim.speaker(),
            diffs,
            List.of(shown),
            notes(speakerNote(claim, List.of(shown)), cut));
      }
      // a claim whose words differ from a source's in wording only: the passage where it lines up
      // is tried for support before any search (the search's passages share words, not order)
      reading = paraphrases.read(claim.lead(), claim.body());
      List<coveragebot.corpus.Passage> around = passagesOf(a, shown.excerpt());
      List<Evidence> here = reading.supportingAmong(around, claim.speaker() != null);
      if (!here.isEmpty() || reading.turnedAway(around)) {
        // a content word in place of the source's where the rest lines up ("criticized" for
        // "congratulated"): the passage says something else, however many words it shares; so
        // does one that would support the claim but for its word that turns it ("rejected")
        Paraphrases.Reading read = reading;
        List<String> others = new ArrayList<>(); // whom a "he" in place of the claim's name is
        Evidence at = shown;
        String region = sentencesOf(a.text(), shown.excerpt(), text, paragraph);
        String clause = clauseOf(a.text(), shown.excerpt());
        List<Difference> content =
            diffs.stream()
                .map(
                    d -> {
                      if (oneWordForAnother(d) && read.swapsContent(d, region)) {
                        return new Difference(Differences.WORD, d.claim(), d.source());
                      }
                      if (!oneWordForAnother(d) && read.replacesWords(d, region, clause)) {
                        return new Difference(Differences.WORD, d.claim(), d.source());
                      }
                      if (oneWordForAnother(d) && nameForPeople(d)) {
                        return new Difference("name", d.claim(), d.source());
                      }
                      String someone =
                          oneWordForAnother(d) || nameForPronoun(d)
                              ? someoneElse(d, a, at, claim.text())
                              : null;
                      if (someone != null) {
                        others.add(
                            "“"
                                + d.source()
                                + "” there is "
                                + someone
                                + ", not "
                                + d.claim()
                                + ".");
                        return new Difference("name", d.claim(), d.source());
                      }
                      return d;
                    })
                .toList();
        if (Differences.significant(content)) {
          Evidence against = new Evidence(shown.excerpt(), shown.speaker(), false);
          return new CheckReply(
              claim.text(),
              "mismatch",
              claim.speaker(),
              content,
              List.of(against),
              notes(cut, others.isEmpty() ? null : String.join(" ", others)));
        }
      }
      if (!here.isEmpty()) {
        // the words it has in place of the source's, none a content word of its own ("he" for
        // "Rutte", "his" for "Trump's"): the reader sees the swap, unless it is "the" for "a"
        List<Difference> swapped =
            diffs.stream()
                .filter(Checker::oneWordForAnother)
                .filter(
                    d ->
                        !(ARTICLES.contains(d.claim().toLowerCase(java.util.Locale.ROOT))
                            && ARTICLES.contains(d.source().toLowerCase(java.util.Locale.ROOT))))
                .toList();
        return supported(claim, here, notes(cut, reading.note()), swapped);
      }
    }
    // searched for once: the passages proposed for support are also the nearest shown
    List<coveragebot.index.Hit> proposed = paraphrases.proposed(claim.body(), only);
    reading = reading != null ? reading : paraphrases.read(claim.lead(), claim.body());
    if (!claim.quoted()) {
      List<Evidence> found = reading.supporting(proposed, claim.speaker() != null);
      Paraphrases.Contradiction roles = found.isEmpty() ? null : reading.reversing(proposed);
      if (roles != null) {
        return new CheckReply(
            claim.text(),
            "mismatch",
            claim.speaker(),
            roles.differences(),
            List.of(roles.against()),
            cut);
      }
      if (!found.isEmpty()) {
        return supported(claim, found, notes(cut, reading.note()), List.of());
      }
      // in a headline's words: "Rutte said he is not concerned about the US election" on Jowhar's
      // "Rutte Says He’s ‘Not Concerned’ About US Election"
      List<Evidence> headline =
          reading.supportingAmong(paraphrases.headlines(proposed), claim.speaker() != null);
      if (!headline.isEmpty()) {
        return supported(
            claim, headline, notes(notes(cut, reading.note()), headlineOnly(headline)), List.of());
      }
    }
    Paraphrases.Contradiction other = reading.contradicting(proposed);
    if (other != null) {
      List<Difference> diffs = new ArrayList<>(other.differences());
      diffs.addAll(speakerDifferences(claim, List.of(other.against())));
      return new CheckReply(
          claim.text(), "mismatch", claim.speaker(), diffs, List.of(other.against()), cut);
    }
    return new CheckReply(
        claim.text(),
        "not_found",
        claim.speaker(),
        List.of(),
        paraphrases.nearest(proposed),
        notes(
            notes(
                notes(reading.conditionNote(), reading.undatedNote()),
                paraphrases.languageNote(words)),
            cut));
  }

  /**
   * Whether a changed run of claim words names the same day as the source words in its place, read
   * as {@link ClaimDates} reads them (the source within its body paragraph, {@code [from, to)});
   * null unless both runs are dates and small words only. Each same day written two ways adds a
   * line to {@code notes}.
   */
  private static Differences.SameDay sameDay(
      String lead,
      String claim,
      Article a,
      int from,
      int to,
      List<String> notes,
      Map<String, TemporalMention> datedElsewhere) {
    java.time.LocalDate published = ClaimDates.published(a.source());
    if (published == null) {
      // an undated article's "Monday" is no day at all: it neither holds nor contradicts a
      // claim's "November 4", and the reply says why they were not compared
      return (now, was) -> {
        if (!weekdayOnly(was)
            || weekdayOnly(now) // "Friday" for "Monday" differs whatever the date
            || now.stream().noneMatch(w -> Differences.factKind(w) != null)) {
          return null;
        }
        notes.add(
            "“"
                + claim.substring(now.getFirst().start(), now.getLast().end())
                + "” could not be compared with the source's “"
                + a.text().substring(was.getFirst().start(), was.getLast().end())
                + "”: its article has no publication date.");
        return true;
      };
    }
    List<TemporalMention> mine = ClaimDates.claimed(lead, claim, published);
    List<TemporalMention> theirs =
        mine.isEmpty() ? List.of() : ClaimDates.stated(a.text(), from, to, published);
    return (now, was) -> {
      List<TemporalMention> c = datesOf(now, mine);
      List<TemporalMention> s = datesOf(was, theirs);
      if (c != null && s == null && was.stream().noneMatch(w -> Differences.factKind(w) != null)) {
        // the claim's date set where the source has other words ("In October, Rutte met" against
        // "Last month, Mark Rutte met": the date stands before the clause): a day the paragraph
        // gives for it is the same date written elsewhere
        for (TemporalMention y : theirs) {
          if (c.stream().allMatch(x -> ClaimDates.holds(x, y))) {
            notes.add(ClaimDates.note(c.getFirst(), y));
            return true;
          }
        }
        // none holds it: another date, shown against the nearest to these words in their
        // sentence; one of another sentence dates another statement ("promised on Monday" two
        // sentences before "who took over at the helm of NATO")
        int at = was.getFirst().start();
        int sentenceFrom = BodyText.sentenceStart(a.text(), from, at);
        int sentenceTo = BodyText.sentenceEnd(a.text(), was.getLast().end(), to);
        List<TemporalMention> inSentence =
            theirs.stream()
                .filter(y -> y.span().start() >= sentenceFrom && y.span().end() <= sentenceTo)
                .toList();
        if (inSentence.isEmpty()) {
          return null;
        }
        TemporalMention nearest =
            java.util.Collections.min(
                inSentence,
                java.util.Comparator.comparingInt(y -> Math.abs(y.span().start() - at)));
        datedElsewhere.put(claim.substring(now.getFirst().start(), now.getLast().end()), nearest);
        return false;
      }
      if (c == null || s == null) {
        return null;
      }
      boolean same = c.stream().allMatch(x -> s.stream().allMatch(y -> ClaimDates.holds(x, y)));
      if (same) {
        notes.add(ClaimDates.note(c.getFirst(), s.getFirst()));
      }
      return same;
    };
  }

  /**
   * {@code diffs} with each {@code name} difference whose claim names all stand earlier in the
   * source's sentence (from {@code paragraph} to the shown span {@code [span[0], span[1])}) as
   * {@code wording}, unless the source's words name someone the quotations know: "Mark Rutte spoke
   * at" against "upcoming US elections during" of "NATO Secretary General Mark Rutte, reaffirmed
   * ... the upcoming US elections during a press conference in Berlin" leaves words out, and
   * changes no name. When none of them stands there and the sentence names one person the
   * quotations know before the span, the difference is shown against that person ("Olaf Scholz" /
   * "Mark Rutte"), and {@code span} widened to take the name in.
   */
  private List<Difference> namedEarlier(
      List<Difference> diffs, String body, Article a, int paragraph, int[] span) {
    if (diffs.stream().noneMatch(d -> d.kind().equals("name"))) {
      return diffs;
    }
    int at = span[0];
    int sentence = BodyText.sentenceStart(a.text(), paragraph, at);
    String earlierText = a.text().substring(sentence, at);
    List<Words.Word> before = names(earlierText);
    List<Difference> out = new ArrayList<>();
    for (Difference d : diffs) {
      List<Words.Word> mine = names(d.claim());
      if (!d.kind().equals("name") || mine.isEmpty()) {
        out.add(d);
        continue;
      }
      List<Words.Word> there = mine.stream().filter(w -> Differences.names(before, w)).toList();
      if (there.size() == mine.size()
          && names(d.source()).stream().noneMatch(w -> evidence.knownPerson(d.source(), w))) {
        out.add(new Difference(Differences.WORDING, d.claim(), d.source()));
        continue;
      }
      // only the claim's subject, where it starts: "in the interest of Russia" names a place
      int[] person =
          there.isEmpty() && body.startsWith(d.claim()) ? evidence.onePersonIn(earlierText) : null;
      if (person == null) {
        out.add(d);
        continue;
      }
      out.add(
          new Difference(
              "name",
              d.claim().substring(mine.getFirst().start(), mine.getLast().end()),
              earlierText.substring(person[0], person[1])));
      span[0] = sentence + person[0];
    }
    return out;
  }

  /**
   * The claim's opening name against the name whose verb follows it in the source, when the
   * source's name at offset {@code at}, where the claim's first word lines up, closes a relative
   * clause about someone the claim does not name ({@link Clauses#governing}): "Harris rattled NATO"
   * on "Trump, who ... against Democrat Kamala Harris, rattled NATO" is {@code "Harris" / "Trump"},
   * {@code span} widened to take "Trump" in; null otherwise.
   */
  private static Difference clauseSubject(
      String body, List<Words.Word> words, String source, int at, int[] span) {
    int[] s = Clauses.governing(source, at);
    if (s == null
        || Words.of(source.substring(s[0], s[1])).stream()
            .anyMatch(w -> Differences.names(words, w))) {
      return null;
    }
    int m = 1; // the claim's opening name: words [0, m)
    while (m < words.size() && Character.isUpperCase(body.codePointAt(words.get(m).start()))) {
      m++;
    }
    span[0] = Math.min(span[0], s[0]);
    return new Difference(
        "name", Differences.exact(body, words.subList(0, m)), source.substring(s[0], s[1]));
  }

  /**
   * The claim's opening name against the name the source's words describe, when the claim's name
   * lies before its words that line up and the source's words follow a name and a comma (an
   * appositive that opens with "a", "an" or "the"), or, when the claim's words line up from right
   * after its name, follow a name directly: "Rutte is a former prime minister of Norway" on "Mr.
   * Stoltenberg, a former Prime Minister of Norway" is {@code "Rutte" / "Stoltenberg"}, "Scholz
   * made a request to join NATO" on "Volodymyr Zelensky made a request to join Nato" {@code
   * "Scholz" / "Volodymyr Zelensky"}, {@code span} widened to take the name in; null otherwise,
   * when the claim names that name too, or when the sentence names the claim's name before it.
   */
  private Difference describedOther(
      String body,
      List<Words.Word> words,
      Alignment.Region region,
      String source,
      List<Words.Word> text,
      int[] span) {
    int m = 0; // the claim's opening name: words [0, m)
    while (m < words.size()
        && Character.isUpperCase(body.codePointAt(words.get(m).start()))
        && (m > 0 || !coverage.writtenLowerCase(words.get(m).norm()))
        && !Differences.gendered(words.get(m))) { // "He's" opening a quotation is no name
      m++;
    }
    int k = region.from();
    if (m == 0 || m > region.claimFrom() || k == 0) {
      return null;
    }
    String gap = between(source, text, k - 1);
    boolean appositive = gap.equals(",") && ARTICLES.contains(text.get(k).norm());
    // or the source's subject right before the claim's verb: "Zelensky made a request"
    boolean subject = gap.isEmpty() && region.claimFrom() == m;
    if (!appositive && !subject) {
      return null;
    }
    int s = k - 1;
    while (s >= 0
        && Character.isUpperCase(source.codePointAt(text.get(s).start()))
        && !coverage.writtenLowerCase(text.get(s).norm())
        && Differences.factSort(text.get(s)) == null // not "Wednesday congratulated"
        && !Differences.gendered(text.get(s))
        && (s == k - 1 || between(source, text, s).isEmpty())) {
      s--;
    }
    List<Words.Word> named = text.subList(s + 1, k);
    int sentence = BodyText.sentenceStart(source, 0, text.get(k).start());
    List<Words.Word> opening = words.subList(0, m);
    if (named.isEmpty()
        || named.stream().anyMatch(w -> Differences.names(words, w))
        || text.stream()
            .filter(w -> w.start() >= sentence && w.end() <= named.getFirst().start())
            .anyMatch(w -> Differences.names(opening, w))) {
      return null; // the claim's name is the one described, earlier in the sentence
    }
    span[0] = Math.min(span[0], named.getFirst().start());
    return new Difference(
        "name", Differences.exact(body, words.subList(0, m)), Differences.exact(source, named));
  }

  /** The text between word {@code k} of {@code text} and the next, spaces left out at both ends. */
  private static String between(String source, List<Words.Word> text, int k) {
    return source.substring(text.get(k).end(), text.get(k + 1).start()).strip();
  }

  /** The words of {@code text} written with a capital, a sentence's first word too. */
  private static List<Words.Word> names(String text) {
    return Words.of(text).stream()
        .filter(w -> Character.isUpperCase(text.codePointAt(w.start())))
        .toList();
  }

  /**
   * Whether {@code run} is a weekday with small words only ("on Monday"): no day without a date.
   */
  private static boolean weekdayOnly(List<Words.Word> run) {
    boolean day = false;
    for (Words.Word w : run) {
      if ("day".equals(Differences.factSort(w))) {
        day = true;
      } else if (!DATE_SMALL.contains(w.norm())) {
        return false;
      }
    }
    return day;
  }

  /**
   * The dates among {@code dates} that the words {@code run} stand in, when every word of the run
   * is in one or is a small word ("on", "the"); else null.
   */
  private static List<TemporalMention> datesOf(List<Words.Word> run, List<TemporalMention> dates) {
    List<TemporalMention> out = new ArrayList<>();
    for (Words.Word w : run) {
      TemporalMention in =
          dates.stream()
              .filter(m -> ClaimDates.covers(m, w.start(), w.end()))
              .findFirst()
              .orElse(null);
      if (in == null) {
        if (!DATE_SMALL.contains(w.norm())) {
          return null;
        }
      } else if (!out.contains(in)) {
        out.add(in);
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Words before a name that are no part of it. */
  static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

  /** Words a date may bring with it: "on Wednesday" for "November 6". */
  private static final java.util.Set<String> DATE_SMALL =
      java.util.Set.of("on", "in", "of", "the", "at", "during");

  /** Whether a comma, colon, semicolon or sentence end stands between two words of {@code text}. */
  static boolean clauseBreak(String text, Words.Word left, Words.Word right) {
    for (int i = left.end(); i < right.start(); i++) {
      if (",;:.!?".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** How many words before or after its aligned region a claim's end word is looked for. */
  private static final int NEAR = 8;

  /**
   * Where {@code word} stands in {@code text}, looking from {@code at} one word at a time in {@code
   * direction} (-1 or 1), at most {@link #NEAR} words and within {@code paragraph} (word range
   * {@code [from, to)}), not past a negation; when not found, {@code at} less one step back (no
   * widening).
   */
  static int near(List<Words.Word> text, Words.Word word, int at, int direction, int[] paragraph) {
    for (int k = at, n = 0;
        n < NEAR && k >= paragraph[0] && k < paragraph[1];
        k += direction, n++) {
      if (text.get(k).norm().equals(word.norm())) {
        return k;
      }
      if (Differences.negation(text.get(k))) {
        break; // a "no" between would make the claim a negation mismatch by words it never meant
      }
    }
    return at - direction;
  }

  /**
   * The first currency difference between the claim (its signs and words) and one of {@code
   * shown}'s words with the few characters after them ({@link Currencies#between}), or null.
   */
  private Difference currency(Claim claim, List<Evidence> shown) {
    for (Evidence e : shown) {
      Difference money = Currencies.between(claim.body(), evidence.withNext(e.excerpt(), CURRENCY));
      if (money != null) {
        return money;
      }
    }
    return null;
  }

  /**
   * The claim's words found with its contractions written the other way ("I am" for "I'm"): a
   * {@code variant} naming them (a {@code mismatch} when someone else said them), or null.
   */
  private CheckReply contracted(Claim claim, Scope only) {
    Contractions.Other other = Contractions.of(claim.body());
    if (other == null) {
      return null;
    }
    List<Evidence> found =
        exact(Words.of(other.text()), other.text(), only).places().stream()
            .filter(f -> f.punctuation() == null)
            .map(Found::evidence)
            .toList();
    if (found.isEmpty()) {
      return null;
    }
    List<Difference> who = speakerDifferences(claim, found);
    if (!who.isEmpty()) {
      return new CheckReply(claim.text(), "mismatch", claim.speaker(), who, against(found), null);
    }
    return new CheckReply(
        claim.text(),
        "variant",
        claim.speaker(),
        asWritten(other.changes(), found.getFirst()),
        found,
        speakerNote(claim, found));
  }

  /**
   * {@code changes} with each source side as {@code shown} writes it: the contraction found is
   * "I’m" in the file though looked up as "I'm" (the contract: the source's words exactly as
   * written).
   */
  private static List<Difference> asWritten(List<Difference> changes, Evidence shown) {
    String text = shown.excerpt().text();
    List<Difference> out = new ArrayList<>();
    for (Difference d : changes) {
      StringBuilder regex = new StringBuilder();
      for (char c : d.source().toCharArray()) {
        regex.append(
            c == '\'' || c == '\u2019'
                ? "['\u2019]"
                : java.util.regex.Pattern.quote(String.valueOf(c)));
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])",
                  java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
              .matcher(text);
      out.add(
          d.source().isEmpty() || !m.find()
              ? d
              : new Difference(d.kind(), d.claim(), text.substring(m.start(), m.end())));
    }
    return out;
  }

  /**
   * A claim the passages {@code found} (at least one) support in other words. When the claim names
   * a speaker, the first passage with that speaker speaking (in its quotations, or as a name its
   * sentences report as saying something) is shown; else the first with no one speaking, with a
   * note that the speaker could not be confirmed; passages with only others speaking make it a
   * mismatch. {@code swapped}: the claim's words in place of the source's where it lines up with
   * the passages (none when search found them).
   */
  private CheckReply supported(
      Claim claim, List<Evidence> found, String note, List<Difference> swapped) {
    // "last week" in a claim counts from today: say that it was not held against the sources
    String cut = notes(note, ClaimDates.unreadNote(claim.body()));
    if (claim.speaker() == null) {
      return new CheckReply(
          claim.text(), "supported", claim.speaker(), swapped, found.subList(0, 1), cut);
    }
    // of the passages that support the words, the first with the claimed speaker speaking, else
    // the first with no one speaking, else the first (others speaking: a mismatch)
    Evidence nobody = null;
    String someoneElse = null;
    for (Evidence e : found) {
      coveragebot.reply.Excerpt x = e.excerpt();
      List<String> who = evidence.speakersIn(x.file(), x.start(), x.end());
      if (spoke(claim.speaker(), who)) {
        return new CheckReply(claim.text(), "supported", claim.speaker(), swapped, List.of(e), cut);
      }
      if (who.isEmpty() && nobody == null) {
        nobody = e;
      } else if (!who.isEmpty() && someoneElse == null) {
        someoneElse = who.getFirst();
      }
    }
    // a passage in which no one is found speaking, where someone else does the claim's verb:
    // "Harris asserted her ability ..." on "Mr. Trump ... and has asserted his ability ..."
    List<Words.Word> lead = Words.of(claim.lead());
    String about =
        nobody == null || lead.isEmpty()
            ? null
            : evidence.doerOf(claim.speaker(), lead.getLast().norm(), nobody.excerpt().text());
    if (about != null) {
      return new CheckReply(
          claim.text(),
          "mismatch",
          claim.speaker(),
          List.of(new Difference("speaker", claim.speaker(), about)),
          against(List.of(nobody)),
          cut);
    }
    if (nobody != null) {
      List<Evidence> shown = List.of(nobody);
      return new CheckReply(
          claim.text(),
          "supported",
          claim.speaker(),
          swapped,
          shown,
          notes(speakerNote(claim, shown), cut));
    }
    List<Difference> diffs = List.of(new Difference("speaker", claim.speaker(), someoneElse));
    return new CheckReply(
        claim.text(), "mismatch", claim.speaker(), diffs, against(found.subList(0, 1)), cut);
  }

  /**
   * The person a "he" or "she" in the source stands for ({@link CheckEvidence#antecedent}), or a
   * "who" ({@link CheckEvidence#relativeAntecedent}), where the claim has a name that is not
   * theirs: "Stoltenberg was in Berlin" on RRI's "He was in Berlin", after a sentence about Mark
   * Rutte; "Rutte has raised doubts" on Jowhar's "Donald Trump, the Republican contender, who has
   * raised doubts"; null when the pronoun is the claim's person (named in its place, or named
   * elsewhere in {@code claimText} when the claim has a pronoun there too: "Rutte said he took
   * over" on "who took over", a "who" for Rutte), or stands for no one a reader could tell.
   */
  private String someoneElse(Difference d, Article a, Evidence shown, String claimText) {
    String pronoun = d.source().toLowerCase(java.util.Locale.ROOT);
    boolean relative = pronoun.equals("who");
    if (!pronoun.equals("he") && !pronoun.equals("she") && !relative) {
      return null;
    }
    if (d.claim().isEmpty()
        || !Character.isUpperCase(d.claim().codePointAt(0))
            && !PERSONAL.contains(d.claim().toLowerCase(java.util.Locale.ROOT))) {
      return null; // "members that" for "members who": no one named in its place
    }
    String text = shown.excerpt().text();
    int at = -1;
    for (Words.Word w : Words.of(text)) {
      if (w.norm().equals(pronoun)) {
        at = shown.excerpt().start() + w.start();
        break;
      }
    }
    int[] paragraph = at < 0 ? null : BodyText.paragraphAt(a, at);
    // a "he" opening someone's quotation is not the speaker: "“He knows how ...,” Mr.
    // Stoltenberg articulated." is about Rutte
    String speaker = paragraph == null || relative ? null : evidence.quotedBy(a, at);
    String person =
        paragraph == null
            ? null
            : relative
                ? evidence.relativeAntecedent(a, paragraph[0], at)
                : evidence.antecedent(a, paragraph[0], at, speaker);
    if (person == null && speaker != null && claimNames(d, speaker)) {
      return "someone " + speaker + " speaks of";
    }
    if (person == null) {
      return null;
    }
    if (PERSONAL.contains(d.claim().toLowerCase(java.util.Locale.ROOT))) {
      List<Words.Word> theirs = Words.of(person);
      return names(claimText).stream().anyMatch(w -> Differences.names(theirs, w)) ? null : person;
    }
    return claimNames(d, person) ? null : person;
  }

  /**
   * Whether {@code d} puts a name where the source has people in a plural word ("told Trump" for
   * "told allies"): one person or place is not "allies", "officials" or "leaders", wherever else
   * the source names them. The claim's word is a name the coverage never writes in lower case; the
   * source's a plain plural (not "his", "us", "press").
   */
  private boolean nameForPeople(Difference d) {
    if (!d.kind().equals(Differences.WORDING)) {
      return false;
    }
    List<Words.Word> c = Words.of(d.claim());
    List<Words.Word> s = Words.of(d.source());
    if (c.size() != 1 || s.size() != 1) {
      return false;
    }
    String people = s.getFirst().norm();
    return coverage.nameWord(d.claim(), c.getFirst())
        && Character.isLowerCase(d.source().codePointAt(s.getFirst().start()))
        && Differences.factKind(s.getFirst()) == null
        && KeyWords.content(people)
        && people.length() > 3
        && people.endsWith("s")
        && !people.endsWith("ss")
        && !people.endsWith("us")
        && !people.endsWith("is")
        && !people.endsWith("'s");
  }

  /**
   * Whether {@code d} puts a whole name of several words in place of one word ("Kamala Harris" for
   * "He"): every word of the claim's side capitalised.
   */
  private static boolean nameForPronoun(Difference d) {
    List<Words.Word> c = Words.of(d.claim());
    return c.size() > 1
        && d.source().matches("\\S+")
        && c.stream().allMatch(w -> Character.isUpperCase(d.claim().codePointAt(w.start())));
  }

  /** A claim's pronouns for a person, who is then the one it names. */
  private static final java.util.Set<String> PERSONAL = java.util.Set.of("he", "she", "him", "her");

  /** Whether the claim's side of {@code d} names {@code person}. */
  private static boolean claimNames(Difference d, String person) {
    List<Words.Word> theirs = Words.of(person);
    return Words.of(d.claim()).stream().anyMatch(w -> Differences.names(theirs, w));
  }

  /**
   * Whether a difference is one word in place of one other ("loser" for "winner"): longer runs
   * where a claim lines up with a region can pair words that do not belong together ("allies will"
   * for "promise to" when the region starts after the claim's first words).
   */
  private static boolean oneWordForAnother(Difference d) {
    return d.claim().matches("\\S+") && d.source().matches("\\S+");
  }

  /**
   * What the user should know when {@link #closest} left articles unaligned that might have held a
   * closer version than the one it found, or null.
   */
  private String notAllAligned(Aligned best) {
    if (best == null || best.unaligned() == 0) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "A close version was looked for in the %,d articles most likely to hold one; %,d more"
            + " might hold a closer one.",
        mostAligned,
        best.unaligned());
  }

  /** The passages of {@code a} that share text with {@code span}, in text order. */
  private static List<coveragebot.corpus.Passage> passagesOf(
      Article a, coveragebot.reply.Excerpt span) {
    return a.passages().stream()
        .filter(p -> p.start() < span.end() && span.start() < p.end())
        .toList();
  }

  /**
   * The sentences of {@code body} that hold {@code excerpt}, within the body paragraph {@code
   * paragraph} (word indices into {@code words}, the body's words).
   */
  private static String sentencesOf(
      String body, coveragebot.reply.Excerpt excerpt, List<Words.Word> words, int[] paragraph) {
    int from = words.get(paragraph[0]).start();
    int to = words.get(paragraph[1] - 1).end();
    int start = BodyText.sentenceStart(body, from, Math.max(from, excerpt.start()));
    int end = Math.min(Math.max(excerpt.end(), start), to);
    return body.substring(start, end == to ? to : BodyText.sentenceEnd(body, end - 1, to));
  }

  /**
   * The text of {@code body} from the punctuation that opens the clause {@code excerpt} starts in
   * (a comma, semicolon, colon or sentence end) to the one that closes the clause it ends in.
   */
  static String clauseOf(String body, coveragebot.reply.Excerpt excerpt) {
    int from = excerpt.start();
    while (from > 0 && ",;:.!?\n".indexOf(body.charAt(from - 1)) < 0) {
      from--;
    }
    int to = excerpt.end();
    while (to < body.length() && ",;:.!?\n".indexOf(body.charAt(to)) < 0) {
      to++;
    }
    return body.substring(from, to);
  }

  /** {@code shown} marked as not supporting the claim (a mismatch's sources). */
  private static List<Evidence> against(List<Evidence> shown) {
    return shown.stream().map(e -> new Evidence(e.excerpt(), e.speaker(), false)).toList();
  }

  /** {@code r} with {@code note} added to its note. */
  static CheckReply noted(CheckReply r, String note) {
    return new CheckReply(
        r.claim(), r.verdict(), r.speaker(), r.differences(), r.evidence(), notes(r.note(), note));
  }

  /**
   * A note when every place of {@code found} is a headline, whose words its article's text does not
   * have ("Rutte Says He’s ‘Not Concerned’" over a text that quotes him as "not worried"); else
   * null.
   */
  private String headlineOnly(List<Evidence> found) {
    List<String> outlets = new ArrayList<>();
    for (Evidence e : found) {
      Article a = evidence.article(e.excerpt().file());
      if (a == null || BodyText.paragraphAt(a, e.excerpt().start()) != null) {
        return null;
      }
      outlets.add(e.excerpt().source().outlet());
    }
    return outlets.isEmpty()
        ? null
        : "These words stand only in the headline ("
            + String.join(", ", outlets.stream().distinct().toList())
            + "), not in the article's text.";
  }

  /**
   * A note when every place the claim's words were found follows a word that makes them a
   * possibility in their clause ({@link Clauses#condition}): "Trump wins the election" in "...
   * especially if Trump wins the election."; null when one place states them plainly.
   */
  private String conditional(List<Evidence> found) {
    String first = null;
    for (Evidence e : found) {
      Article a = evidence.article(e.excerpt().file());
      if (a == null) {
        return null;
      }
      int at = e.excerpt().start();
      int from = BodyText.sentenceStart(a.text(), 0, at);
      String before = a.text().substring(from, at);
      String sentence = a.text().substring(from, e.excerpt().end());
      List<Words.Word> words = Words.of(sentence);
      int k = 0;
      while (k < words.size() && words.get(k).start() < before.length()) {
        k++;
      }
      int c = k < words.size() ? Clauses.condition(sentence, words, k) : -1;
      c = c >= 0 || k >= words.size() ? c : Clauses.consequence(sentence, words, k);
      if (c < 0) {
        return null;
      }
      first =
          first != null
              ? first
              : e.excerpt().source().outlet()
                  + " has these words after \""
                  + before.substring(words.get(c).start()).strip()
                  + "\": as a possibility, not as what happened.";
    }
    return first;
  }

  /** Two notes as one, either of them null. */
  static String notes(String first, String second) {
    // one fact is said once: a date read the same way on the aligned source and its passage
    return first == null
        ? second
        : second == null || first.contains(second) ? first : first + " " + second;
  }

  /**
   * Whether {@code region} lines up the claim's words before its verb only ({@link
   * KeyWords#firstPastVerb}). "The NATO secretary general congratulated Trump" on "NATO Secretary
   * General Mark Rutte, reaffirmed ..." names who, not what they did.
   */
  static boolean subjectOnly(Alignment.Region region, List<Words.Word> words) {
    int v = KeyWords.firstPastVerb(words);
    return v > 0 && region.claimTo() <= v;
  }

  /** Whether a claim of {@code size} words lining up as {@code region} is the same statement. */
  static boolean sameStatement(Alignment.Region region, int size) {
    return region.matches() >= Math.min(3, size) && region.matches() >= SAME_STATEMENT * size;
  }

  /** A place with the claim's words; {@code punctuation} says how its inner punctuation differs. */
  private record Found(Evidence evidence, Difference punctuation, int article) {}

  /**
   * The places with the claim's words in body text, and, when there is none, where else the words
   * stand (a caption, a teaser, across a paragraph break) as a note, or null.
   */
  private record Exact(List<Found> places, String setAside) {}

  /**
   * The places whose words equal the claim's, in article order, up to the fifth ({@link
   * #MAX_EVIDENCE}); a place overlapping the one before it in its article is the same words again
   * ("word word word" inside "word word word word"), not another place. Only the articles that may
   * have every pair of neighbouring words of the claim are read.
   */
  private Exact exact(List<Words.Word> words, String body, Scope only) {
    List<String> claim = Words.norms(words);
    List<Found> out = new ArrayList<>();
    String setAside = null;
    int[] ids = coverage.ids(claim);
    var candidates = coverage.mayHaveInARow(ids);
    WordCodes.Phrase phrase = new WordCodes.Phrase(ids);
    while (candidates.hasNext() && out.size() < MAX_EVIDENCE) {
      int a = candidates.nextInt();
      if (only != null && !only.articles().get(a)) {
        continue;
      }
      String source = articles.get(a).text();
      int lastEnd = -1;
      for (int i : coverage.positions(a, phrase)) {
        if (out.size() >= MAX_EVIDENCE) {
          break;
        }
        int[] text = coverage.bounds(a, i, claim.size()); // the found words' offsets
        if (text[0] < lastEnd) {
          continue;
        }
        Difference punctuation = null;
        for (int k = 0; k + 1 < claim.size() && punctuation == null; k++) {
          String mine = Words.gap(body, words, k);
          String theirs = Words.gap(source, text, k);
          if (!mine.equals(theirs)) {
            punctuation =
                new Difference(
                    "punctuation",
                    body.substring(words.get(k).start(), words.get(k + 1).end()),
                    source.substring(text[2 * k], text[2 * k + 3]));
          }
        }
        int end = text[2 * claim.size() - 1];
        if (!BodyText.inOneParagraph(articles.get(a), text[0], end)) {
          // boilerplate (a caption, its repeat, a teaser), or across paragraphs: not quoted
          if (setAside == null) {
            setAside = setAside(articles.get(a), text[0], end);
          }
          continue;
        }
        out.add(new Found(evidence.span(articles.get(a), text[0], end, true), punctuation, a));
        lastEnd = end;
      }
    }
    return new Exact(out, out.isEmpty() ? setAside : null);
  }

  /**
   * A note that the claim's words stand at {@code [start, end)} of {@code a}, outside one body
   * paragraph, where answers never quote from.
   */
  private static String setAside(Article a, int start, int end) {
    String where = "run across a paragraph break";
    for (coveragebot.corpus.Boilerplate b : a.boilerplate()) {
      if (b.start() <= start && end <= b.end()) {
        where = "stand only in " + b.kind().what();
        break;
      }
    }
    return String.format(
        java.util.Locale.ROOT,
        "These exact words %s (%s [%d-%d]), which answers do not quote as coverage.",
        where,
        a.file(),
        start,
        end);
  }

  /**
   * Where a claim lines up best: the article's number and the region; {@code unaligned} articles
   * might score more but were not aligned ({@link #MOST_ALIGNED}).
   */
  record Aligned(int article, Alignment.Region region, int unaligned) {}

  /**
   * The article where the claim lines up best (highest score; on a tie the first article) among the
   * {@link #MOST_ALIGNED} articles most likely to, or null when no article has any of its words.
   * Only the articles where two of the claim's words stand near each other can score more than one
   * matched word ({@link CoverageWords#articlesByBound}): they are aligned from the highest bound
   * down, and the search stops when no article left can beat (or tie with an earlier article than)
   * the best so far, or when the articles to align are used up; if nothing beats one matched word,
   * the first article with one of the words is the answer. Unless articles that might score more
   * were left ({@link Aligned#unaligned}), the answer scores what aligning every article gives, and
   * it is that answer when no article of its bound was left either (CheckerTest compares the two;
   * ClosestCutTest measures what the cut loses).
   */
  Aligned closest(List<Words.Word> words) {
    return closest(words, null);
  }

  /** As {@link #closest(List)}, among {@code only}'s articles (null: all). */
  Aligned closest(List<Words.Word> words, Scope only) {
    int[] ids = coverage.ids(Words.norms(words));
    int[][] byBound = coverage.articlesByBound(ids);
    if (only != null) {
      for (int bound = 0; bound < byBound.length; bound++) {
        byBound[bound] = Arrays.stream(byBound[bound]).filter(only.articles()::get).toArray();
      }
    }
    // The best so far, shared by the cores: it only ever gets better, and an article is passed
    // over only when it cannot beat it (or tie with it from an earlier article), so the order the
    // articles are read in changes how many are aligned, never the answer.
    AtomicReference<Aligned> best = new AtomicReference<>();
    int[] taken = new int[byBound.length]; // per bound, how many of its articles may be aligned
    int left = mostAligned;
    for (int bound = byBound.length - 1; bound > Alignment.MATCH && left > 0; bound--) {
      Aligned b = best.get();
      if (b != null && bound < b.region.score()) {
        break;
      }
      int[] articles = byBound[bound];
      int limit = Math.min(articles.length, left); // the first ones: the same on every run
      taken[bound] = limit;
      left -= limit;
      int from = 0;
      int end = end(articles, limit, bound, b);
      // the first few on this core: a claim found whole is done with its first article
      for (; from < Math.min(end, ONE_CORE_FIRST); from++) {
        align(articles[from], bound, ids, best);
        end = end(articles, limit, bound, best.get());
      }
      IntStream at = IntStream.range(from, Math.max(from, end));
      if (end - from >= onAllCores) {
        at = at.parallel();
      }
      int top = bound;
      at.forEach(k -> align(articles[k], top, ids, best));
    }
    Aligned b = best.get();
    if (b == null || b.region.score() <= Alignment.MATCH) {
      // every article with one of the words in its body scores one match at least: the first of
      // them ties; one with them only in boilerplate (a dateline's "Published") scores nothing, so
      // the next is tried, up to ONE_MATCH_TRIED of them (one word never makes a verdict)
      int tried = 0;
      for (int a = coverage.firstWithAny(ids, 0);
          a >= 0 && (b == null || a < b.article) && tried++ < ONE_MATCH_TRIED;
          a = coverage.firstWithAny(ids, a + 1)) {
        if (only != null && !only.articles().get(a)) {
          tried--; // not one of the articles looked in
          continue;
        }
        align(a, Alignment.MATCH, ids, best);
        b = best.get();
      }
    }
    if (b == null) {
      return null;
    }
    int unaligned = 0; // left past the cut, though they might score more
    for (int bound = byBound.length - 1; bound > b.region.score(); bound--) {
      unaligned += byBound[bound].length - taken[bound];
    }
    return new Aligned(b.article, b.region, unaligned);
  }

  /**
   * Where in the first {@code limit} of a bucket of articles (in article order, each scoring at
   * most {@code bound}) no article can beat {@code best} or tie with it first any more.
   */
  private static int end(int[] articles, int limit, int bound, Aligned best) {
    if (best == null || bound > best.region.score()) {
      return limit;
    }
    if (bound < best.region.score()) {
      return 0;
    }
    int k = Arrays.binarySearch(articles, 0, limit, best.article); // only an earlier one ties first
    return k >= 0 ? k : -k - 1;
  }

  /**
   * At most how many articles {@link #closest} aligns for one claim: those with the highest bounds,
   * in article order within a bound. A claim of common set phrases has tens of thousands of
   * articles whose bound is above the best score (at 100,000 generated articles, up to 75,000), and
   * proving that none of them scores more took up to 300 ms. Over 2,000 edited claims at 100,000
   * generated articles this many leaves articles unaligned for a fifth of the claims; the closest
   * version's score is then lower than aligning every article gives for 1 claim in 100, and the
   * verdict differs for 1 in 2,000 (README, "/check"). Replies say when articles were left.
   */
  static final int MOST_ALIGNED = 2048;

  /**
   * Articles with one of a claim's words {@link #closest} aligns at most when no article has two of
   * them near each other in its body, looking for the first with one in its body.
   */
  private static final int ONE_MATCH_TRIED = 64;

  /** Articles of a bucket {@link #closest} aligns on its own core before sharing the rest. */
  private static final int ONE_CORE_FIRST = 16;

  /**
   * How many articles of one bound {@link #closest} reads on one core; from this many on, on all (a
   * claim of common words at 100,000 articles aligns up to {@link #MOST_ALIGNED}: 1 to 8 ms on one
   * core). 256 rather than 2,048: /check's p99 over edited claims at 100,000 articles 18.2 and 16.7
   * ms against 26.7 and 20.6 (runs alternated).
   */
  static final int ON_ALL_CORES = 256;

  /** Article {@code a} aligned into {@code best}, unless its bound says it cannot do better. */
  private void align(int a, int bound, int[] ids, AtomicReference<Aligned> best) {
    Aligned b = best.get();
    if (b != null && !mayBeat(bound, a, b)) {
      return;
    }
    if (b != null && !mayBeat(Alignment.score(ids, coverage.compactWords(a)), a, b)) {
      return; // its score alone says so, without working out its region
    }
    Alignment.Region r = bodyRegion(a, ids, best);
    if (r.matches() > 0) {
      best.accumulateAndGet(new Aligned(a, r, 0), Checker::better);
    }
  }

  /**
   * The best region of article {@code a} for the claim {@code ids} within one body paragraph
   * ({@link BodyText}): the alignment of the whole text when it lies in one, otherwise the best of
   * the paragraphs aligned one by one (no higher, so the bounds hold). Re-chosen only when the
   * whole text's region might beat {@code best} (null: nothing yet), which only gets better: one
   * that cannot is dropped either way.
   */
  Alignment.Region bodyRegion(int a, int[] ids, AtomicReference<Aligned> best) {
    int[] seq = coverage.words(a);
    Alignment.Region r = Alignment.best(ids, seq);
    Aligned b = best == null ? null : best.get();
    if (r.matches() == 0 || (b != null && !mayBeat(r.score(), a, b))) {
      return r;
    }
    int[] ranges = coverage.bodyRanges(a);
    if (BodyText.inOneRange(ranges, r.from(), r.to())) {
      return r;
    }
    return BodyText.best(ids, seq, ranges);
  }

  /** Whether article {@code a}, scoring at most {@code cap}, may beat {@code best} or tie first. */
  private static boolean mayBeat(int cap, int a, Aligned best) {
    return cap > best.region.score() || (cap == best.region.score() && a < best.article);
  }

  /** The higher score of the two; on a tie, the earlier article. */
  private static Aligned better(Aligned x, Aligned y) {
    if (x == null) {
      return y;
    }
    int byScore = Integer.compare(x.region.score(), y.region.score());
    return byScore > 0 || (byScore == 0 && x.article <= y.article) ? x : y;
  }

  /** A speaker difference when the claim names someone and every known speaker is someone else. */
  private List<Difference> speakerDifferences(Claim claim, List<Evidence> found) {
    if (claim.speaker() == null) {
      return List.of();
    }
    List<String> known = found.stream().map(Evidence::speaker).filter(s -> s != null).toList();
    if (known.isEmpty() || spoke(claim.speaker(), known)) {
      return List.of();
    }
    return List.of(new Difference("speaker", claim.speaker(), known.getFirst()));
  }

  /**
   * Whether {@code known} (speakers of the sources, some of them two joined by "and") has everyone
   * {@code claimed} names: "Rutte and Stoltenberg said" needs both. A name is also read as the
   * coverage's own spelling of someone ("Rutter", which an article writes for Mark Rutte).
   */
  private boolean spoke(String claimed, List<String> known) {
    return ReportedSpeech.names(claimed).stream()
        .allMatch(
            c -> {
              String person = evidence.person(c);
              return known.stream()
                  .anyMatch(
                      s ->
                          CheckEvidence.sameName(c, s)
                              || CheckEvidence.sameName(person, s)
                              || misspelt(c, s) != null);
            });
  }

  /**
   * The note on who spoke: that the sources name nobody where the words stand, or that the claim's
   * name is read as the sources' one letter apart ({@link #misspelt}); null for neither.
   */
  private static String speakerNote(Claim claim, List<Evidence> found) {
    if (claim.speaker() != null && found.stream().allMatch(e -> e.speaker() == null)) {
      return "The sources do not name who said these words where they stand, so \""
          + claim.speaker()
          + "\" could not be confirmed.";
    }
    if (claim.speaker() == null) {
      return null;
    }
    return found.stream()
        .map(Evidence::speaker)
        .filter(java.util.Objects::nonNull)
        .map(s -> misspelt(claim.speaker(), s))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /**
   * When {@code claimed} names {@code known} only through a word one letter off (a typo: "Ruttte"
   * for "Rutte"; both words of five letters or more, so that short names stay apart): a note saying
   * which word was read as which; else null.
   */
  static String misspelt(String claimed, String known) {
    if (CheckEvidence.sameName(claimed, known)) {
      return null;
    }
    for (String a : claimed.split("[^\\p{L}]+")) {
      for (String b : known.split("[^\\p{L}]+")) {
        if (coveragebot.extract.EditDistance.typo(
            a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT))) {
          return "\"" + a + "\" is read as \"" + b + "\", as the sources write it.";
        }
      }
    }
    return null;
  }
}
