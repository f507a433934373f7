package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.time.TemporalMention;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds passages that state a claim in other words: search proposes passages, and a passage
 * supports the claim only when it has most of the claim's words (stemmed) and every name and number
 * of the claim (exactly), so a paraphrase with a wrong figure or person never counts.
 *
 * <p>{@link Reading} holds one claim against passages: {@link Reading#supporting} and {@link
 * Reading#contradicting} ask its {@code differences} of each passage (read once), which applies the
 * rules in turn (the share of words, names and numbers, dates by day, negations, the verb's time,
 * who does it). The grammar they read is in {@link VerbForms} (what is to come, planned, negated)
 * and {@link Clauses} (sentences, clauses, conditions).
 */
final class Paraphrases {
  /** Share of the claim's search terms a supporting passage must contain. */
  static final double SUPPORT = 0.7;

  private static final int CANDIDATES = 5;
  private static final int NEAREST = 3;

  private final Corpus corpus;
  private final PassageIndex index;
  private final CheckEvidence evidence;
  private final CoverageWords coverage;

  Paraphrases(Corpus corpus, PassageIndex index, CheckEvidence evidence, CoverageWords coverage) {
    this.corpus = corpus;
    this.index = index;
    this.evidence = evidence;
    this.coverage = coverage;
  }

  /**
   * The passages search proposes for the claim, best first: enough for {@link Reading#supporting}
   * and {@link #nearest}, so that a claim neither supported nor found is searched for once.
   */
  List<Hit> proposed(String claim, Checker.Scope only) {
    return only == null
        ? index.search(claim, CANDIDATES)
        : index.search(claim, CANDIDATES, only.passages());
  }

  /**
   * The headlines of the articles of {@code proposed}'s passages, in their order, each once, as
   * passages (id: minus one minus the id of the article's first passage proposed, so never a
   * passage's own): a claim in a headline's words is held against it as against a passage. The
   * search indexes body passages only.
   */
  List<Passage> headlines(List<Hit> proposed) {
    List<Passage> out = new java.util.ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Hit h : proposed) {
      Passage p = corpus.passages().get(h.passageId());
      coveragebot.corpus.Article a = seen.add(p.file()) ? evidence.article(p.file()) : null;
      if (a == null) {
        continue;
      }
      a.boilerplate().stream()
          .filter(BodyText::isHeadline)
          .findFirst()
          .ifPresent(
              b -> out.add(new Passage(-1 - p.id(), p.source(), b.start(), b.end(), b.text(), -1)));
    }
    return out;
  }

  /**
   * The search terms of {@code text} ({@link PassageIndex#terms}), each as its word family's: a
   * stem of five letters or more that ends in "d" ends in "s" instead, so that a verb and its noun
   * are one word ("invad" of "invaded" and "invas" of "invasion"; "decid" and "decis"; "expand" and
   * "expans"). The index's stems already join an irregular verb's past form to its base form
   * ("took" is "take").
   */
  private List<String> stems(String text) {
    List<String> terms = index.terms(text); // a list of its own
    terms.replaceAll(
        t -> t.length() >= 5 && t.endsWith("d") ? t.substring(0, t.length() - 1) + "s" : t);
    return terms;
  }

  /** The claim read once, to hold passages against it ({@link Reading}). */
  Reading read(String claim) {
    return new Reading("", claim);
  }

  /**
   * As {@link #read(String)}, the claim's words before it ({@link Claim#lead}) giving its tense.
   */
  Reading read(String lead, String claim) {
    return new Reading(lead, claim);
  }

  /**
   * A claim read once for the passages it is held against: whether they support it ({@link
   * #supporting}) or state it with a fact changed ({@link #contradicting}); each passage is read
   * once for both.
   */
  final class Reading {
    private final String lead;
    private final String claim;
    private final Set<String> terms;
    private final List<Words.Word> words;
    private final Map<String, Words.Word> mine;

    /** The claim's words as compared with a passage's, without possessives ("Trump's": "trump"). */
    private final Set<String> claimed = new HashSet<>();

    /** {@link #against} by passage id, null values included (read once for both questions). */
    private final Map<Integer, List<Difference>> read = new java.util.HashMap<>();

    /** By passage id: its search terms ({@link #termsOf}), for the questions that read them. */
    private final Map<Integer, List<String>> passageTerms = new java.util.HashMap<>();

    /** The passages that have the claim's names the other way round ({@link #reversedRoles}). */
    private final Set<Integer> reversed = new HashSet<>();

    /**
     * The first passage of {@code proposed} that has the claim's names the other way round about
     * its verb ({@link #reversedRoles}), or, when the supporting passage lacks the claim's verb,
     * has someone else do it ({@link #subjectInstead}), with its differences; or null. Asked when
     * another passage supports the claim by its words alone: "Trump congratulated Rutte on
     * Wednesday" has most of its words in a Jordan Times paragraph of Trump, Rutte and Wednesday,
     * and its verb in the one where Rutte congratulated Trump; "Putin congratulated Donald Trump"
     * has its names in Radio Romania's paragraph, and its verb in Jordan Times' "Mark Rutte on
     * Wednesday congratulated Donald Trump".
     */
    Contradiction reversing(List<Hit> proposed) {
      // the supporting passage lacks the claim's verb, which another has someone else do
      int v = verb();
      boolean verbless =
          supporter != null
              && v >= 0
              && !termsOf(supporter).containsAll(stems(words.get(v).norm()));
      for (Hit h : proposed) {
        Passage p = corpus.passages().get(h.passageId());
        List<Difference> differences = against(p);
        if (differences != null
            && (reversed.contains(p.id()) || verbless && subjectSwapped.contains(p.id()))) {
          return new Contradiction(evidence.passage(p, false), differences);
        }
      }
      return null;
    }

    /**
     * The passages where someone else does what the claim's opening name does ({@link
     * #subjectInstead}).
     */
    private final Set<Integer> subjectSwapped = new HashSet<>();

    /** The first passage {@link #supportingAmong} found, or null. */
    private Passage supporter;

    /** The passages that would state the claim but lack a word that turns it ("resigned"). */
    private final Set<Integer> turnedAway = new HashSet<>();

    /** By passage id: how it writes the claim's date in other words ({@link #dayNote}). */
    private final Map<Integer, String> sameDays = new java.util.HashMap<>();

    /** Which of the claim's words a negation says "not" to ({@link #negatedStems}'s words). */
    private final boolean[] negatedAt;

    /** Whether the claim names a date, which is then compared by its day ({@link ClaimDates}). */
    private final boolean dated;

    /** The claim's dates as of each publication date its passages have (null: none), read once. */
    private final Map<LocalDate, List<TemporalMention>> daysAsOf = new java.util.HashMap<>();

    /** By passage id: whom its opening "He" stands for, where that gave it a claim's name. */
    private final Map<Integer, String> pronouns = new java.util.HashMap<>();

    /** {@link #note}, of the first supporting passage. */
    private String note;

    /**
     * By passage id: where it has the claim's verb only in a condition ({@link #onlyInCondition}).
     */
    private final Map<Integer, String> conditions = new java.util.LinkedHashMap<>();

    /**
     * The words from the condition to the claim's verb ("if Trump wins", "Whoever wins", "no matter
     * who wins"), when passage {@code passage} (its words {@code text}) would state the claim but
     * has its verb, by stem, only in a condition or of someone unnamed ({@link Clauses#condition});
     * null when it has the verb otherwise, or not at all ({@code has}: the passage's stems), or
     * when the claim has it in a condition too.
     */
    private String onlyInCondition(String passage, List<Words.Word> text, Set<String> has) {
      for (int v : conditionable()) {
        Words.Word verb = words.get(v);
        List<String> stem = stems(verb.norm());
        if (!has.containsAll(stem)) {
          continue; // not in the passage at all: no word of it need be analysed
        }
        if (Clauses.condition(claim, words, v) >= 0 || Clauses.conditional(words)) {
          continue; // the claim tells it in a condition too ("whoever wins ... would continue")
        }
        String first = null;
        for (int j = 0; j < text.size(); j++) {
          Words.Word t = text.get(j);
          if (!sameStem(t, verb.norm(), stem)) {
            continue;
          }
          int c = Clauses.condition(passage, text, j);
          c = c >= 0 ? c : Clauses.consequence(passage, text, j); // "if ..., Russia is"
          if (c < 0) {
            first = null;
            break; // stated at least once
          }
          first = first != null ? first : passage.substring(text.get(c).start(), t.end());
        }
        if (first != null) {
          return first;
        }
      }
      return null;
    }

    /**
     * The claim's verbs a passage may have only in a condition ({@link #onlyInCondition}): its
     * {@link #verb}, and each content word right after "will", "would", "could" ... (past a "not"
     * and a "be"): "win" of "Harris would win the election", which Khaleej Times has only in
     * "Whoever wins those elections, we will work with Kamala Harris".
     */
    private List<Integer> conditionable() {
      if (conditionable == null) {
        conditionable = readConditionable();
      }
      return conditionable;
    }

    /** {@link #conditionable}, once read (null before): the claim's, the same for every passage. */
    private List<Integer> conditionable;

    private List<Integer> readConditionable() {
      List<Integer> out = new java.util.ArrayList<>();
      if (verb() >= 0) {
        out.add(verb());
      }
      for (int i = 0; i + 1 < words.size(); i++) {
        if (!VerbForms.MODALS.contains(words.get(i).norm())) {
          continue;
        }
        int v = words.get(i + 1).norm().equals("not") ? i + 2 : i + 1;
        if (v + 1 < words.size() && words.get(v).norm().equals("be")) {
          v++; // "successful" of "Putin will be successful in Ukraine"
        }
        if (v < words.size()
            && !out.contains(v)
            && !words.get(v).capital()
            && KeyWords.content(words.get(v).norm())
            && !stems(words.get(v).norm()).isEmpty()) {
          out.add(v);
        }
      }
      return out;
    }

    /**
     * A note for a claim none of whose passages states it, when one would but for a condition:
     * {@code Khaleej Times has it only as a possibility ("if Trump wins"), not as what happened.};
     * null when none.
     */
    String conditionNote() {
      return firstNote(
          conditions, " has it only as a possibility (\"", "\"), not as what happened.");
    }

    /**
     * The note on the first passage of {@code byPassage} (by passage id, what it has): its outlet,
     * {@code before}, what it has, {@code after}; null when there is none.
     */
    private String firstNote(Map<Integer, String> byPassage, String before, String after) {
      return byPassage.entrySet().stream()
          .findFirst()
          .map(
              e ->
                  corpus.passages().get(e.getKey()).source().outlet()
                      + before
                      + e.getValue()
                      + after)
          .orElse(null);
    }

    Reading(String lead, String claim) {
      this.lead = lead;
      this.claim = claim;
      this.terms = new HashSet<>(stems(claim));
      this.words = Words.of(claim);
      words.forEach(w -> claimed.add(Words.unpossessed(w.norm())));
      terms.removeAll(stems(String.join(" ", VerbForms.lightVerbs(words))));
      this.mine = negatedStems(words);
      this.negatedAt = VerbForms.negatedAt(words);
      this.dated = ClaimDates.anyIn(claim);
    }

    /**
     * How the first supporting passage found wrote the claim's date, when in other words ({@link
     * ClaimDates#note}), and whom its opening pronoun stands for, when that gave it a name of the
     * claim; null when neither.
     */
    String note() {
      return note;
    }

    /**
     * The passages of {@code proposed} ({@link Paraphrases#proposed}) that support the claim, in
     * its order: the first only, unless {@code all}.
     */
    List<Evidence> supporting(List<Hit> proposed, boolean all) {
      List<Passage> passages =
          proposed.stream().map(h -> corpus.passages().get(h.passageId())).toList();
      List<Evidence> found = supportingAmong(passages, all);
      // the claim's verb told of its subject elsewhere: a passage without the verb tells something
      // else of the same people ("Rutte congratulated Trump in Berlin" on "He was in Berlin for
      // talks ...", when Jordan Times has "Mark Rutte on Wednesday congratulated Donald Trump")
      List<String> verb = predicate();
      if (found.isEmpty() || verb.isEmpty()) {
        return found;
      }
      List<String> subject = stems(Differences.exact(claim, words.subList(0, openingName())));
      java.util.function.Predicate<Passage> told = p -> termsOf(p).containsAll(verb);
      Passage first =
          passages.stream()
              .filter(p -> against(p) != null && against(p).isEmpty())
              .findFirst()
              .orElseThrow();
      if (told.test(first)
          || passages.stream().noneMatch(p -> told.test(p) && termsOf(p).containsAll(subject))) {
        return found;
      }
      supporter = supporter == first ? null : supporter;
      note = null;
      return supportingAmong(passages.stream().filter(told).toList(), all);
    }

    /**
     * The passages of {@code passages} that support the claim, in order: the first only, unless
     * {@code all}.
     */
    List<Evidence> supportingAmong(List<Passage> passages, boolean all) {
      List<Evidence> out = new java.util.ArrayList<>();
      for (Passage p : passages) {
        List<Difference> differences = against(p);
        if (differences != null && differences.isEmpty()) {
          if (out.isEmpty()) {
            note = Checker.notes(sameDays.get(p.id()), pronouns.get(p.id()));
            supporter = supporter == null ? p : supporter;
          }
          out.add(evidence.passage(p, true));
          if (!all) {
            break;
          }
        }
      }
      return out;
    }

    /**
     * A passage that states the claim but for a negation, dates, numbers or names, and what it has
     * in their place: the first passage of {@code proposed} ({@link Paraphrases#proposed}) with the
     * claim's share of words ({@link #SUPPORT}), where one side says "not" to words the other says
     * plainly, or each date, number or name of the claim it lacks has one of that sort in its place
     * ("Thursday" where it says "Wednesday"); or null. A claim that changes a fact in other words
     * is a mismatch, not a claim the coverage does not hold.
     */
    Contradiction contradicting(List<Hit> proposed) {
      Contradiction best = null;
      int bestWeakness = Integer.MAX_VALUE;
      for (Hit h : proposed) {
        Passage p = corpus.passages().get(h.passageId());
        List<Difference> differences = against(p);
        if (differences != null && !differences.isEmpty()) {
          int weakness = weakDate.getOrDefault(p.id(), 0);
          if (weakness >= OTHER_SENTENCE
              && differences.stream().allMatch(d -> d.kind().equals("date"))) {
            // its date is in a sentence that does not tell the claim's verb: it dates another
            // statement ("promised on Monday" two sentences before "who took over at the helm")
            if (!untold.contains(p.id())) {
              undated.putIfAbsent(p.id(), differences.getFirst().source());
            }
            continue;
          }
          if (weakness < bestWeakness) {
            best = new Contradiction(evidence.passage(p, false), differences);
            bestWeakness = weakness;
          }
          if (weakness == 0) {
            break;
          }
        }
      }
      return best;
    }

    /**
     * By passage id, how weakly its date in the place of the claim's stands for it (absent: not
     * weakly): 1 for a date of another sort ("Last week" for "1 November"), 2 for a date outside
     * the sentences that tell the claim's {@link #predicate} ("Last week, Rutte ... said" for
     * "Rutte took office in November"), 3 for both. {@link #contradicting} shows the least weak
     * ("Since taking office on 1st October"), and none whose only differences are dates outside
     * those sentences ({@link #undated}).
     */
    private final Map<Integer, Integer> weakDate = new java.util.HashMap<>();

    /** {@link #weakDate}'s weakness of a date outside the sentences that tell the predicate. */
    private static final int OTHER_SENTENCE = 2;

    /**
     * By passage id, in the order found: passages that state the claim but for its date, whose own
     * date (the value) is in another sentence than the claim's verb, so it is no contradiction.
     */
    private final Map<Integer, String> undated = new java.util.LinkedHashMap<>();

    /**
     * A note for a claim no passage states or contradicts, when one states it without its date:
     * {@code Radio Romania International has these words without a date for them: its "Monday" is
     * in another sentence.}; null when none.
     */
    String undatedNote() {
      return firstNote(
          undated,
          " has these words without a date for them: its \"",
          "\" is in another sentence.");
    }

    /** {@link #weakDate}'s weakness of the date {@code instead} in passage {@code p}. */
    private int weakness(TemporalMention day, TemporalMention instead, Passage p) {
      int weakness = instead.value().granularity() != day.value().granularity() ? 1 : 0;
      List<String> told = predicate();
      int m = openingName();
      boolean byDate =
          told.isEmpty() && m > 0 && m < words.size() && RELATIVE.contains(words.get(m).norm());
      if (byDate) {
        // a clause about the subject first: the verb the date dates is the claim's main one,
        // "congratulated" of "Rutte, who worked with Trump ..., congratulated him on Wednesday"
        told = dated(day);
      }
      if (!told.isEmpty()) {
        String text = p.text();
        int at = instead.span().start();
        String sentence =
            text.substring(
                BodyText.sentenceStart(text, 0, at), BodyText.sentenceEnd(text, at, text.length()));
        if (!stems(sentence).containsAll(told)) {
          weakness += OTHER_SENTENCE;
        }
        if (byDate && !termsOf(p).containsAll(told)) {
          untold.add(p.id()); // no sentence of it tells what the claim dates
        }
      }
      return weakness;
    }

    /** Words that open a clause about the name before them: "Rutte, who took office ...". */
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose");

    /**
     * The passages that lack the word the claim's date dates, read where the claim has no {@link
     * #predicate} ({@link #weakness}): no {@link #undatedNote} for them.
     */
    private final Set<Integer> untold = new HashSet<>();

    /**
     * The stems of the content word the claim's date {@code day} dates: the nearest before it that
     * is no name, number, date or small word ("congratulated" of "congratulated him on Wednesday");
     * empty for none.
     */
    private List<String> dated(TemporalMention day) {
      for (int k = words.size() - 1; k >= 0; k--) {
        Words.Word w = words.get(k);
        List<String> stem =
            w.end() <= day.span().start() && plain(w, claim) ? stems(w.norm()) : List.of();
        if (!stem.isEmpty()) {
          return stem;
        }
      }
      return List.of();
    }

    /**
     * Whether {@code d}, a difference where the claim lines up with a source, puts one content word
     * for another: one word each side, neither a name, number or date nor a small word ({@link
     * KeyWords#content}: not "he" for "Rutte", "said" for "met"), of other stems, the claim's word
     * in none of the sentences of {@code region} (where it lines up; "defence" of another sentence
     * of the paragraph is not "foreign" of this one) and the source's not in the claim
     * ("criticized" for "congratulated", "peaceful" for "tumultuous"), and not one letter from it
     * (a typo).
     */
    boolean swapsContent(Difference d, String region) {
      if (!d.kind().equals(Differences.WORDING)) {
        return false;
      }
      List<Words.Word> c = Words.of(d.claim());
      List<Words.Word> s = Words.of(d.source());
      if (c.size() != 1
          || s.size() != 1
          || !plain(c.getFirst(), d.claim())
          || !plain(s.getFirst(), d.source())) {
        return false;
      }
      List<String> cs = stems(c.getFirst().norm());
      List<String> ss = stems(s.getFirst().norm());
      if (cs.isEmpty() || ss.isEmpty() || cs.stream().anyMatch(ss::contains)) {
        return false;
      }
      if (ss.stream().anyMatch(terms::contains)) {
        return false; // the source's word is the claim's too, elsewhere: moved, not swapped
      }
      if (coveragebot.extract.EditDistance.typo(c.getFirst().norm(), s.getFirst().norm())) {
        return false; // a typo ("electon" for "election"), shown as wording
      }
      return stems(region).stream().noneMatch(cs::contains);
    }

    /**
     * Whether {@code d}, a difference of more than one word where the claim lines up with a source,
     * takes words from another clause of the sentences of {@code region} (where it lines up) in
     * place of what the source says there: the claim's side has content words the source's lacks,
     * all of them in those sentences and none in {@code clause} (the clause of the source's words:
     * "defence" in "not to protect members who do not spend enough on defence" is no other
     * clause's), and the source's side a content word the claim has nowhere ("a defensive alliance"
     * for "a threat to its security" of "While ... NATO operates as a defensive alliance, Russia
     * has consistently characterized it as a threat to its security"). Words the sentences lack are
     * another wording, not this ("defend" for "protect"). Names, numbers, dates and small words do
     * not count ({@link #plain}).
     */
    boolean replacesWords(Difference d, String region, String clause) {
      if (!d.kind().equals(Differences.WORDING)) {
        return false;
      }
      Set<String> mine = plainStems(d.claim());
      Set<String> theirs = plainStems(d.source());
      mine.removeAll(theirs);
      return !mine.isEmpty()
          && theirs.stream().anyMatch(t -> !terms.contains(t))
          && new HashSet<>(stems(region)).containsAll(mine)
          && stems(clause).stream().noneMatch(mine::contains);
    }

    /** The stems of the plain content words ({@link #plain}) of {@code text}. */
    private Set<String> plainStems(String text) {
      Set<String> out = new HashSet<>();
      for (Words.Word w : Words.of(text)) {
        if (plain(w, text)) {
          out.addAll(stems(w.norm()));
        }
      }
      return out;
    }

    /**
     * Whether one of {@code passages}, already held against the claim ({@link #supportingAmong}),
     * would state it but for a word that turns it and that it lacks ({@link KeyWords#turned}:
     * "Rutte on Wednesday rejected Donald Trump" on "Rutte on Wednesday congratulated Donald
     * Trump"), or but for what it reports standing in another clause ({@link #reportedApart}).
     */
    boolean turnedAway(List<Passage> passages) {
      return passages.stream().anyMatch(p -> turnedAway.contains(p.id()));
    }

    /**
     * A content word that is no name (no capital, where it stands alone as {@code text}: "US"),
     * number or date.
     */
    private static boolean plain(Words.Word w, String text) {
      return !Character.isUpperCase(text.codePointAt(w.start()))
          && Differences.factKind(w) == null
          && KeyWords.content(w.norm());
    }

    /** The search terms of passage {@code p}, analysed once per reading. */
    private List<String> termsOf(Passage p) {
      return passageTerms.computeIfAbsent(p.id(), id -> stems(p.text()));
    }

    /** {@link #differences} of passage {@code p}, read once. */
    private List<Difference> against(Passage p) {
      if (!read.containsKey(p.id())) {
        read.put(p.id(), differences(p));
      }
      return read.get(p.id());
    }

    /**
     * How passage {@code p} stands to the claim: null when it does not state it (fewer than {@link
     * #SUPPORT} of its search terms, a name missing, or a date or number missing with nothing of
     * its sort in its place); else the differences, none when it supports the claim.
     */
    private List<Difference> differences(Passage p) {
      if (terms.size() < 2) {
        return null;
      }
      Set<String> has = new HashSet<>(termsOf(p));
      // the claim's dates, when both sides have some, are compared by day, not word by word
      List<TemporalMention> days = List.of();
      List<TemporalMention> theirDays = List.of();
      if (dated) {
        LocalDate published = ClaimDates.published(p.source());
        days = daysAsOf.computeIfAbsent(published, d -> ClaimDates.claimed(lead, claim, d));
        theirDays =
            days.isEmpty()
                ? List.of()
                : ClaimDates.stated(p.text(), 0, p.text().length(), published);
      }
      // a day the passage holds counts as its words; another day's words count neither for nor
      // against the share of words (the day is then a changed fact, below)
      List<TemporalMention> byDay = theirDays.isEmpty() ? List.of() : days;
      List<TemporalMention> holding = new java.util.ArrayList<>(); // each one's, or null
      Set<String> heldByDay = new HashSet<>(); // the claim's day's words, held in other words
      Set<String> counted = terms;
      if (!byDay.isEmpty()) {
        counted = new HashSet<>(terms);
        for (TemporalMention m : byDay) {
          TemporalMention same = holdingDay(m, theirDays);
          holding.add(same);
          if (same != null) {
            has.addAll(stems(m.text()));
            heldByDay.addAll(stems(m.text()));
          } else {
            counted.removeAll(stems(m.text()));
          }
        }
      }
      // a name or number of the claim the passage lacks, with one of its sort in its place, counts
      // neither for nor against the share, as a day does: "in Brussels" where it says "in Berlin"
      List<Words.Word> lacking = new java.util.ArrayList<>();
      Set<String> unheld = new HashSet<>(counted); // the words counted, were every one set aside
      for (Words.Word w : words) {
        if (fact(claim, w)
            && !has.containsAll(stems(w.norm()))
            && byDay.stream().noneMatch(m -> ClaimDates.covers(m, w.start(), w.end()))) {
          lacking.add(w);
          stems(w.norm()).stream().filter(t -> !has.contains(t)).forEach(unheld::remove);
        }
      }
      if (unheld.size() < 2
          || unheld.stream().filter(has::contains).count() < SUPPORT * unheld.size()) {
        return null; // too few of the claim's words even so: the passage need not be read
      }
      List<Words.Word> text = Words.of(p.text());
      Set<String> exact = new HashSet<>();
      text.forEach(w -> exact.add(Words.unpossessed(w.norm())));
      for (Words.Word w : lacking) {
        if (!holds(w, exact, text, p) && !replacing(w, p.text(), text).isEmpty()) {
          counted = counted == terms ? new HashSet<>(terms) : counted;
          counted.removeAll(stems(w.norm()));
        }
      }
      if (counted.size() < 2
          || counted.stream().filter(has::contains).count() < SUPPORT * counted.size()
          || !near(counted, heldByDay, p.text(), text)
          || whatTheyAreApart(p, text)
          || subjectApart(p.text(), text, has)) {
        return null;
      }
      if (reportedApart(p.text(), text, has)) {
        // where the claim lines up, the words it has in another clause's place are shown
        turnedAway.add(p.id());
        return null;
      }
      String condition = onlyInCondition(p.text(), text, has);
      if (condition != null) {
        // "if Trump wins", "whoever wins": the passage does not say that it happened, nor who did
        // it
        conditions.putIfAbsent(p.id(), condition);
        return null;
      }
      List<Difference> changed = new java.util.ArrayList<>();
      for (int k = 0; k < byDay.size(); k++) {
        TemporalMention day = byDay.get(k);
        TemporalMention same = holding.get(k);
        if (same == null) {
          // in its place: a date of the passage that none of the claim's other dates holds
          List<TemporalMention> free =
              theirDays.stream()
                  .filter(t -> byDay.stream().noneMatch(o -> o != day && ClaimDates.holds(o, t)))
                  .toList();
          if (free.isEmpty()) {
            // its only dates are the claim's others ("1st October" of "Rutte, who took office on
            // 1 October, congratulated Trump on Wednesday"): nothing stands in this one's place
            return null;
          }
          TemporalMention instead = dayInstead(day, free, p.text(), text);
          int weakness = weakness(day, instead, p);
          if (weakness > 0) {
            weakDate.merge(p.id(), weakness, Math::max);
          }
          changed.add(new Difference("date", day.text(), instead.text()));
        } else if (!same.text().equalsIgnoreCase(day.text())) {
          sameDays.putIfAbsent(p.id(), ClaimDates.note(day, same));
        }
      }
      int told = 0; // the claim's words up to here are in a name told whole
      // a fact of the claim with nothing of its sort in its place ("in Berlin" on a passage that
      // names no place): the passage cannot support the claim, only contradict its day ("Rutte
      // congratulated Trump in Berlin on Monday" on "... on Wednesday congratulated")
      boolean unplaced = false;
      for (Words.Word w : words) {
        if (byDay.stream().anyMatch(m -> ClaimDates.covers(m, w.start(), w.end()))) {
          continue; // compared by day above
        }
        if (!fact(claim, w) || holds(w, exact, text, p)) {
          continue;
        }
        if (subjectSwapped.contains(p.id()) && words.indexOf(w) < verb()) {
          continue; // the opening name, told whole below
        }
        List<Words.Word> instead = inPlaceOf(w, p.text(), text);
        List<Words.Word> mine = List.of(w);
        if (!instead.isEmpty() && Differences.factSort(w) == null) {
          int at = words.indexOf(w);
          if (at < told) {
            continue; // "Harris" of "Kamala Harris", told whole
          }
          int[] whole = nameRun(words, at, "name");
          mine = words.subList(whole[0], whole[1]);
          told = whole[1];
        }
        if (instead.isEmpty()) {
          instead = subjectInstead(w, p.text(), text);
          if (!instead.isEmpty()) {
            subjectSwapped.add(p.id());
            changed.removeIf(d -> !d.claim().isEmpty() && claim.startsWith(d.claim())); // "Kamala"
            mine = words.subList(0, verb()); // "Kamala Harris" / "Mark Rutte"
          }
        }
        if (instead.isEmpty()) {
          unplaced = true; // a fact with nothing of its sort in its place
          continue;
        }
        String kind = Differences.factKind(w);
        changed.add(
            new Difference(
                kind != null ? kind : "name",
                Differences.exact(claim, mine),
                Differences.exact(p.text(), instead)));
      }
      Difference subject = otherSubject(p.text(), text);
      if (subject != null) {
        changed.add(subject);
      }
      Difference roles = reversedRoles(p.text(), text);
      if (roles != null) {
        changed.add(roles);
        reversed.add(p.id());
      }
      // a word that turns the claim around must be the passage's too: its opposite in its place is
      // a changed word ("an increase" for "a reduction", "left" for "join"); without either, the
      // passage does not state the claim ("Rutte resigned" on "Secretary General Mark Rutte")
      KeyWords.Turn turn = KeyWords.turned(words, text, i -> negatedAt[i]);
      if (turn != null) {
        if (turn.passage().isEmpty()) {
          turnedAway.add(p.id());
          return null;
        }
        changed.add(
            new Difference(
                Differences.WORD,
                Differences.exact(claim, turn.claim()),
                Differences.exact(p.text(), turn.passage())));
      }
      if (turn == null && namesOnly(has)) {
        return null; // "Rutte congratulated Donald Trump" is not "we will work with Donald Trump"
      }
      String doer = changed.isEmpty() ? toldOfAnother(p.text(), text) : null;
      if (doer != null) {
        // "Russia emphasizes that ..." on "While Western leaders emphasize that ..."
        changed.add(
            new Difference(
                "name", Differences.exact(claim, words.subList(0, openingName())), doer));
      }
      if (otherTime(text)) {
        return null; // "we will work with Donald Trump" is not "I worked ... with Donald Trump"
      }
      if (modalVerbLacking(has)) {
        return null; // "he would protect Nato allies" is not "he would encourage the Russians"
      }
      // a word one side says "not" to and the other says plainly: "did not congratulate" against
      // "congratulated", "threatening not to protect" against "threatened to protect"
      Map<String, Words.Word> theirs = negatedStems(text);
      // only where one side has no negation at all: "threatened not to defend" against
      // "threatening not to protect" negates both, whatever words follow
      Words.Word notMine =
          theirs.isEmpty()
              ? unmatched(mine, has, theirs)
              : mine.isEmpty() ? null : unmatchedInASentence(p.text(), text, theirs);
      if (notMine != null) {
        changed.add(new Difference("negation", Differences.exact(claim, List.of(notMine)), ""));
      }
      Words.Word notTheirs = mine.isEmpty() ? unmatched(theirs, terms, mine) : null;
      if (notTheirs != null) {
        changed.add(
            new Difference("negation", "", Differences.exact(p.text(), List.of(notTheirs))));
      }
      if (unplaced
          && (changed.isEmpty() || !changed.stream().allMatch(d -> d.kind().equals("date")))) {
        return null; // only a changed day is told despite it: names are too many to tell
      }
      return changed;
    }

    /**
     * Whether two sentences in a row of {@code passage} (its words {@code text}) state the claim,
     * the words of {@code anywhere} (a day the passage writes in other words) counting wherever
     * they are: they hold the claim's share ({@link #SUPPORT}) of the words {@code counted}, every
     * name and number of the claim that the passage has, and at least half of its other words that
     * the passage has. A claim's words scattered over a long paragraph are not a statement of it:
     * "China will send troops to Ukraine" on "... like China, Iran and North Korea can start to
     * undermine Europe's security. He emphasised ... The partners in the Pacific area also
     * announced new aid deliveries, with Australia to send Ukraine tanks." Words the passage has
     * nowhere are no sign either way: "Rutte spoke in Berlin alongside ... Olaf Scholz" on "...
     * Mark Rutte promised on Monday. He was in Berlin for talks with ... Olaf Scholz."
     */
    private boolean near(
        Set<String> counted, Set<String> anywhere, String passage, List<Words.Word> text) {
      List<int[]> bounds = Clauses.sentences(passage, text);
      if (bounds.size() <= 1) {
        return true; // one sentence: read as a whole already
      }
      List<Set<String>> sentences = new java.util.ArrayList<>();
      for (int[] b : bounds) {
        sentences.add(new HashSet<>(stems(Clauses.sentence(passage, text, b))));
      }
      Set<String> plain = new HashSet<>(counted); // the words that are neither name nor number
      for (Words.Word w : words) {
        if (fact(claim, w)) {
          stems(w.norm()).forEach(plain::remove);
        }
      }
      Set<String> named = new HashSet<>(counted); // the names and numbers
      named.removeAll(plain);
      plain.removeIf(t -> sentences.stream().noneMatch(one -> one.contains(t)));
      named.removeIf(t -> sentences.stream().noneMatch(one -> one.contains(t)));
      for (int i = 0; i < sentences.size(); i++) {
        Set<String> one = sentences.get(i);
        Set<String> next = i + 1 < sentences.size() ? sentences.get(i + 1) : Set.of();
        java.util.function.Predicate<String> held =
            t -> one.contains(t) || next.contains(t) || anywhere.contains(t);
        if (counted.stream().filter(held).count() >= SUPPORT * counted.size()
            && plain.stream().filter(held).count() >= plain.size() / 2
            && named.stream().allMatch(held)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the claim tells one thing of its names, in one word that is neither a name, number,
     * date nor stop word ("congratulated" of "Rutte congratulated Donald Trump"), and a passage
     * with the stems {@code has} lacks that word: it has the names only, and states nothing the
     * claim says of them. Meeting and talking ({@link #GENERIC}) are told in many ways ("Rutte met
     * Olaf Scholz in Berlin" on "He was in Berlin for talks with ... Olaf Scholz").
     */
    private boolean namesOnly(Set<String> has) {
      Words.Word told = null;
      for (Words.Word w : words) {
        if (fact(claim, w) || coveragebot.index.PassageIndex.stopWord(w.norm())) {
          continue;
        }
        if (told != null || !KeyWords.content(w.norm()) || stems(w.norm()).isEmpty()) {
          return false; // more than one word of what it tells, or a light verb ("took over")
        }
        told = w;
      }
      if (told == null) {
        return true; // names and small words only ("Rutte Trump Harris are"): it tells nothing
      }
      return !GENERIC.contains(told.norm()) && stems(told.norm()).stream().noneMatch(has::contains);
    }

    /**
     * Whom {@code passage} (its words {@code text}) tells the claim's verb ({@link #predicate}) of,
     * when that is someone else only: before each place it has the verb, its clause names someone,
     * and never the claim's opening name ("Western leaders" of "While Western leaders emphasize"
     * for "Russia emphasizes"); the name nearest the verb, as written. Null when a clause of the
     * verb names the claim's name or no one ("..., promised on Monday" may be told of anyone), or
     * the passage lacks the verb.
     */
    private String toldOfAnother(String passage, List<Words.Word> text) {
      int m = openingName();
      List<String> verb = predicate();
      if (m == 0 || verb.isEmpty()) {
        return null;
      }
      Set<String> names = new HashSet<>();
      words.subList(0, m).forEach(w -> names.addAll(stems(w.norm())));
      String doer = null;
      for (int k = 0; k < text.size(); k++) {
        if (!stems(text.get(k).norm()).contains(verb.getFirst())) {
          continue;
        }
        int from = clauseEnd(passage, text, k, -1);
        for (int i = k - 1; i >= from; i--) {
          if (OPENERS.contains(text.get(i).norm())) {
            from = i + 1; // the verb's own clause: "as the bulldozing president lambasted"
            break;
          }
        }
        int[] other = null; // the last run of name words before the verb, as [first, last]
        for (int i = from; i < k; i++) {
          Words.Word w = text.get(i);
          if (!nameWord(passage, w)) {
            continue;
          }
          if (stems(w.norm()).stream().anyMatch(names::contains)) {
            return null; // told of them
          }
          other = other != null && other[1] == i - 1 ? new int[] {other[0], i} : new int[] {i, i};
        }
        if (other == null) {
          return null; // told of no one named
        }
        // the name and the word after it that it qualifies: "Western leaders"
        int last = other[1];
        if (last + 1 < k
            && !coveragebot.index.PassageIndex.stopWord(text.get(last + 1).norm())
            && !text.get(last + 1).norm().endsWith("ed")) {
          last++;
        }
        doer =
            doer != null
                ? doer
                : passage.substring(text.get(other[0]).start(), text.get(last).end());
      }
      return doer;
    }

    /** Words that open a clause of its own, with its own subject: the verb after is told there. */
    private static final Set<String> OPENERS =
        Set.of(
            "as", "while", "when", "whereas", "because", "after", "before", "since", "if", "that",
            "who", "which", "whom", "whose", "where");

    /** Verbs of meeting and talking, which a passage tells in other words. */
    private static final Set<String> GENERIC =
        Set.of(
            "meet", "meets", "met", "meeting", "talk", "talks", "talked", "speak", "speaks",
            "spoke", "visit", "visits", "visited");

    /**
     * Whether the claim says what its opening names are, "is" or "are" followed by no participle
     * nor {@link #NOT_WHAT} ("China, Iran and North Korea are NATO allies", "Trump is a former
     * prime minister"), and passage {@code p} (its words {@code text}) does not say it of them: it
     * has none of the words of what they are, or has those it has neither next to the names, as a
     * title before them ("NATO chief Mark Rutte") or in apposition after them ("Rutte, a former
     * prime minister of The Netherlands"), nor after "is" or "was" in one of its clauses (whom such
     * a clause says it of is read by the rest of the reading). The names in one sentence and
     * "allies" in the next, or a prime minister in apposition to Rutte three words after "Trump",
     * are no statement of it.
     */
    private boolean whatTheyAreApart(Passage p, List<Words.Word> text) {
      String passage = p.text();
      int be = 0;
      Set<String> names = new HashSet<>();
      for (; be < words.size(); be++) {
        Words.Word w = words.get(be);
        if (w.norm().equals("and") && !names.isEmpty()) {
          continue;
        }
        if (!fact(claim, w) || Differences.factKind(w) != null) {
          break;
        }
        names.addAll(stems(w.norm()));
      }
      if (names.isEmpty()
          || be + 1 >= words.size()
          || !VerbForms.COPULAS.contains(words.get(be).norm())) {
        return false;
      }
      String after = words.get(be + 1).norm();
      if (NOT_WHAT.contains(after)
          || after.endsWith("ed")
          || after.endsWith("ing")
          || KeyWords.pastForm(after)
          || coveragebot.index.PassageIndex.irregularForm(after)) {
        return false; // not what they are: where ("was in Berlin"), or what was done to them
      }
      Set<String> all = new HashSet<>(termsOf(p));
      Set<String> what = new HashSet<>(); // what they are, in words that are no name
      for (Words.Word w : words.subList(be + 1, words.size())) {
        // a title is what they are, capitalised or not ("the German Chancellor")
        if (!nameWord(claim, w) && Differences.factKind(w) == null && KeyWords.content(w.norm())) {
          what.addAll(stems(w.norm()));
        }
      }
      if (what.isEmpty()) {
        return false; // "Rutte is Dutch": the names are compared as names
      }
      what.retainAll(all);
      if (what.isEmpty()) {
        return true; // the passage has none of the words: "members" for "China and Iran"
      }
      boolean[] others = othersWords(passage, text, names);
      Set<String> near = new HashSet<>(); // the words next to the names, and after "is" or "was"
      for (int k = 0; k < text.size(); k++) {
        Words.Word w = text.get(k);
        if (VerbForms.COPULAS.contains(w.norm())) {
          addStems(near, text, k, clauseEnd(passage, text, k, 1), others);
        } else if (capital(passage, w) && stems(w.norm()).stream().anyMatch(names::contains)) {
          addStems(near, text, clauseEnd(passage, text, k, -1), k, others); // a title before it
          if (k + 1 < text.size()
              && passage.substring(w.end(), text.get(k + 1).start()).strip().equals(",")) {
            // in apposition after it
            addStems(near, text, k + 1, clauseEnd(passage, text, k + 1, 1), others);
          }
        }
      }
      return !near.containsAll(what);
    }

    /** Adds the stems of words {@code [from, to]} of {@code text} but those {@code skipped}. */
    private void addStems(
        Set<String> to, List<Words.Word> text, int from, int last, boolean[] skipped) {
      for (int k = from; k <= last; k++) {
        if (!skipped[k]) {
          to.addAll(stems(text.get(k).norm()));
        }
      }
    }

    /**
     * Which words of {@code passage} (its words {@code text}) belong to someone other than the
     * claim's {@code names}: a run of {@link #nameWord}s none of which is one of them (but a
     * sentence's first word alone: "He"), and the title before it back to a stop word, name or
     * clause break ("German chancellor" of "for talks with German chancellor Olaf Scholz" is
     * Scholz's, not what the "He" of that sentence is).
     */
    private boolean[] othersWords(String passage, List<Words.Word> text, Set<String> names) {
      boolean[] out = new boolean[text.size()];
      int k = 0;
      while (k < text.size()) {
        if (!nameWord(passage, text.get(k))) {
          k++;
          continue;
        }
        int end = k;
        while (end + 1 < text.size()
            && nameWord(passage, text.get(end + 1))
            && !Checker.clauseBreak(passage, text.get(end), text.get(end + 1))) {
          end++;
        }
        boolean theirs = false;
        for (int i = k; i <= end; i++) {
          theirs |= stems(text.get(i).norm()).stream().anyMatch(names::contains);
        }
        boolean opening =
            end == k
                && (k == 0
                    || Differences.sentenceEnd(
                        passage, text.get(k - 1).end(), text.get(k).start()));
        // a name before a word of a title qualifies it ("NATO" of "outgoing NATO chief Jens
        // Stoltenberg"): the title is the next name's
        boolean attributive =
            end + 1 < text.size()
                && !capital(passage, text.get(end + 1))
                && !coveragebot.index.PassageIndex.stopWord(text.get(end + 1).norm())
                && !Checker.clauseBreak(passage, text.get(end), text.get(end + 1));
        if (!theirs && !opening) {
          java.util.Arrays.fill(out, k, end + 1, true);
          for (int j = k - 1;
              !attributive
                  && j >= 0
                  && !nameWord(passage, text.get(j))
                  && !coveragebot.index.PassageIndex.stopWord(text.get(j).norm())
                  && !Checker.clauseBreak(passage, text.get(j), text.get(j + 1));
              j--) {
            out[j] = true;
          }
        }
        k = end + 1;
      }
      return out;
    }

    /** A word of a name ({@link CoverageWords#nameWord}). */
    private boolean nameWord(String passage, Words.Word w) {
      return coverage.nameWord(passage, w);
    }

    private static boolean capital(String passage, Words.Word w) {
      return Character.isUpperCase(passage.codePointAt(w.start()));
    }

    /**
     * The last word ({@code direction} 1) or first ({@code -1}) of the clause of word {@code k} of
     * {@code text}, at most {@link #CLAUSE_WORDS} words from it.
     */
    private static int clauseEnd(String passage, List<Words.Word> text, int k, int direction) {
      int at = k;
      while (at + direction >= 0
          && at + direction < text.size()
          && Math.abs(at - k) < CLAUSE_WORDS
          && !Checker.clauseBreak(
              passage,
              text.get(Math.min(at, at + direction)),
              text.get(Math.max(at, at + direction)))) {
        at += direction;
      }
      return at;
    }

    /**
     * Words after "is" or "are" that do not open what someone is: a place or time ("in Berlin", "at
     * the head of"), a negation, or words that put it off ("also", "still").
     */
    private static final Set<String> NOT_WHAT =
        Set.of(
            "in",
            "at",
            "on",
            "for",
            "with",
            "by",
            "from",
            "to",
            "of",
            "about",
            "among",
            "under",
            "over",
            "after",
            "before",
            "into",
            "during",
            "against",
            "not",
            "also",
            "still",
            "already",
            "now",
            "then",
            "there",
            "here",
            "set",
            "due",
            "expected",
            "likely",
            "able",
            "ready",
            "going");

    /** At most how many words {@link #clauseEnd} reads from a word. */
    private static final int CLAUSE_WORDS = 12;

    /**
     * Whether the claim and the passage tell one verb at other times: the claim says it will happen
     * ("we will work with Donald Trump") and the passage has the verb only otherwise ("I worked for
     * four years with Donald Trump", "his previous working relationship with ... Donald Trump"),
     * not in the claim's form nor after "will", "would", "shall" or "to"; or the claim says it
     * happened (a verb in "-ed": "allies delivered") and the passage has it only after one of those
     * or a modal ("allies will deliver", "promise to deliver", "could mean"). Content words only
     * ({@link KeyWords#content}), by stem.
     */
    private boolean otherTime(List<Words.Word> text) {
      if (onlyToBe(text) || promisedInstead(text)) {
        return true;
      }
      for (int i = 0; i < words.size(); i++) {
        Words.Word w = words.get(i);
        boolean future = VerbForms.afterWill(words, i);
        boolean past = w.norm().endsWith("ed") || KeyWords.pastForm(w.norm());
        if (!future && (!past || VerbForms.afterFuture(words, i, true))
            || w.capital()
            || !KeyWords.content(w.norm())) {
          continue;
        }
        List<String> stem = stems(w.norm());
        if (stem.isEmpty()) {
          continue;
        }
        boolean any = false;
        boolean sameTime = false;
        for (int k = 0; k < text.size() && !sameTime; k++) {
          Words.Word t = text.get(k);
          if (!sameStem(t, w.norm(), stem)) {
            continue;
          }
          any = true;
          // "to join" tells a purpose as often as a plan: it counts for a claim of what will be
          sameTime =
              t.norm().equals(w.norm())
                  || (future
                      ? VerbForms.afterFuture(text, k, true)
                      : !VerbForms.afterFuture(text, k, false)
                          && !VerbForms.afterModal(text, k)
                          && !VerbForms.planned(text, k));
        }
        if (any && !sameTime) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the claim has a content word right after "will", "would", "could" ... (past a "not")
     * whose stem the passage's words {@code has} lack: what the claim says someone will or would do
     * is its statement, and the passage tells another act. Khaleej Times' "Trump warned in February
     * he would encourage the Russians to do ... to Nato allies that do not pay more" has every
     * other word of "Trump warned he would protect Nato allies that do not pay more".
     */
    private boolean modalVerbLacking(Set<String> has) {
      for (int i = 0; i + 1 < words.size(); i++) {
        if (!VerbForms.MODALS.contains(words.get(i).norm())) {
          continue;
        }
        int v = words.get(i + 1).norm().equals("not") ? i + 2 : i + 1;
        if (v >= words.size()) {
          continue;
        }
        Words.Word w = words.get(v);
        if (w.capital() || !KeyWords.content(w.norm())) {
          continue;
        }
        List<String> stem = stems(w.norm());
        if (!stem.isEmpty() && !has.containsAll(stem)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the claim's past verb ({@link KeyWords#firstPastVerb}) is not the passage's, which
     * has the word after it ("quick" of "struck a quick deal") only a few words after a word of
     * intent: "Trump has promised a quick deal with Russian President Vladimir Putin" does not say
     * that he struck one.
     */
    private boolean promisedInstead(List<Words.Word> text) {
      int v = KeyWords.firstPastVerb(words);
      if (v < 0) {
        return false;
      }
      int o = pastArticles(words, v + 1);
      if (o == words.size() || !KeyWords.content(words.get(o).norm())) {
        return false;
      }
      String verbNorm = words.get(v).norm();
      List<String> stem = stems(verbNorm);
      if (text.stream().anyMatch(t -> sameStem(t, verbNorm, stem))) {
        return false; // the passage has the verb: read by otherTime's other rules
      }
      String object = words.get(o).norm();
      boolean any = false;
      for (int k = 0; k < text.size(); k++) {
        if (!text.get(k).norm().equals(object)) {
          continue;
        }
        boolean intended = false;
        for (int b = k - 1; b >= Math.max(0, k - 3) && !intended; b--) {
          intended = VerbForms.INTENT.contains(text.get(b).norm());
        }
        if (!intended) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /**
     * Whether the claim says something is or was ("Ukraine is a member of NATO", "Russia was
     * successful") and the passage has the word that follows its "is" only after a "will be",
     * "would be", "could be" ...: "one day Ukraine will be a member of Nato", "if Putin would be
     * successful in Ukraine". An "is" in a condition of the claim ("if Putin were successful") does
     * not count.
     */
    private boolean onlyToBe(List<Words.Word> text) {
      for (int i = 0; i + 1 < words.size(); i++) {
        if (!copula(words, i) || Clauses.condition(claim, words, i) >= 0) {
          continue; // "if Putin were successful" says it as a possibility too
        }
        int c = pastArticles(words, i + 1);
        if (c == words.size() || !KeyWords.content(words.get(c).norm())) {
          continue;
        }
        String norm = words.get(c).norm();
        List<String> stem = stems(norm);
        if (stem.isEmpty()) {
          continue;
        }
        boolean any = false;
        boolean plain = false;
        for (int k = 0; k < text.size() && !plain; k++) {
          if (!sameStem(text.get(k), norm, stem)) {
            continue;
          }
          any = true;
          plain = !toBe(text, k);
        }
        if (any && !plain) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether word {@code i} of {@code words} states what is: "is", "are", "was", "were", or "been"
     * after "has", "have" or "had" ("Putin has been successful").
     */
    private static boolean copula(List<Words.Word> words, int i) {
      String w = words.get(i).norm();
      return VerbForms.COPULAS.contains(w)
          || w.equals("been") && i > 0 && PERFECT.contains(words.get(i - 1).norm());
    }

    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /** The first of {@code words} from {@code i} on that is no "the", "a" or "an". */
    private static int pastArticles(List<Words.Word> words, int i) {
      while (i < words.size() && Checker.ARTICLES.contains(words.get(i).norm())) {
        i++;
      }
      return i;
    }

    /**
     * Whether word {@code k} of {@code text} follows a "be" that follows "will", "would", "could",
     * "may", "might", "can", "should" or "to", an article or two between: "will be a member".
     */
    private static boolean toBe(List<Words.Word> text, int k) {
      int b = k - 1;
      while (b >= 0 && Checker.ARTICLES.contains(text.get(b).norm())) {
        b--;
      }
      return b >= 1
          && text.get(b).norm().equals("be")
          && (VerbForms.MODALS.contains(text.get(b - 1).norm())
              || text.get(b - 1).norm().equals("to"));
    }

    /**
     * A negation of one side ({@code negated}: stems with their negation) whose words the other
     * side has ({@code other}) but negates none of ({@code otherNegated}), or null: "did not
     * congratulate" against "congratulated"; not "no doubt" against "no doubt".
     */
    private static Words.Word unmatched(
        Map<String, Words.Word> negated, Set<String> other, Map<String, Words.Word> otherNegated) {
      Map<Words.Word, List<String>> byNegation = new java.util.LinkedHashMap<>();
      negated.forEach(
          (stem, not) ->
              byNegation.computeIfAbsent(not, k -> new java.util.ArrayList<>()).add(stem));
      for (var e : byNegation.entrySet()) {
        boolean there = e.getValue().stream().anyMatch(other::contains);
        boolean negatedThere = e.getValue().stream().anyMatch(otherNegated::containsKey);
        if (there && !negatedThere) {
          return e.getKey();
        }
      }
      return null;
    }

    /**
     * As {@link #unmatched}, for a passage with a negation somewhere: a negation of the claim whose
     * words one of the passage's sentences has, that sentence saying "not" to nothing and the
     * passage to none of those words ("did not meet ... Olaf Scholz" against "He was in Berlin for
     * talks with German chancellor Olaf Scholz.", in a paragraph that also says "I have no doubt");
     * or null.
     */
    private Words.Word unmatchedInASentence(
        String passage, List<Words.Word> text, Map<String, Words.Word> theirs) {
      int from = 0;
      for (int k = 0; k < text.size(); k++) {
        boolean last =
            k + 1 == text.size()
                || Differences.sentenceEnd(passage, text.get(k).end(), text.get(k + 1).start());
        if (!last) {
          continue;
        }
        List<Words.Word> sentence = text.subList(from, k + 1);
        from = k + 1;
        if (!negatedStems(sentence).isEmpty()
            || sentence.stream().anyMatch(w -> Differences.negation(w))) {
          continue;
        }
        Set<String> stems = new HashSet<>();
        sentence.forEach(w -> stems.addAll(stems(w.norm())));
        Words.Word not = unmatched(mine, stems, theirs);
        if (not != null) {
          return not;
        }
      }
      return null;
    }

    /**
     * The stems of the words {@code words} negate, each with its negation: the two words after
     * "not", "never", "no" ..., past small words ("not to protect": protect; "no doubt that":
     * doubt; "not gone away": gone, away), up to four words on.
     */
    private Map<String, Words.Word> negatedStems(List<Words.Word> words) {
      Map<String, Words.Word> out = new java.util.HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        if (!Differences.negates(words, i)) {
          continue;
        }
        Words.Word not = words.get(i);
        int taken = 0;
        for (int k = i + 1; k < Math.min(words.size(), i + 5) && taken < 2; k++) {
          if (!VerbForms.SMALL.contains(words.get(k).norm())) {
            stems(words.get(k).norm()).forEach(t -> out.putIfAbsent(t, not));
            taken++;
          }
        }
      }
      return out;
    }

    /**
     * The passage's date in place of the claim's {@code day}: the one of the same granularity (a
     * day for a day) after the same word ("on"), else the first of that granularity, else the
     * first.
     */
    private TemporalMention dayInstead(
        TemporalMention day,
        List<TemporalMention> theirs,
        String source,
        List<Words.Word> passage) {
      List<TemporalMention> alike =
          theirs.stream()
              .filter(t -> t.value().granularity() == day.value().granularity())
              .toList();
      if (alike.isEmpty()) {
        return theirs.getFirst();
      }
      String before = normBefore(claim, words, day.span().start());
      for (TemporalMention t : alike) {
        if (before != null && before.equals(normBefore(source, passage, t.span().start()))) {
          return t;
        }
      }
      return alike.getFirst();
    }

    /** The source's date the claim's {@code day} holds ({@link ClaimDates#holds}), or null. */
    private static TemporalMention holdingDay(TemporalMention day, List<TemporalMention> theirs) {
      return theirs.stream().filter(t -> ClaimDates.holds(day, t)).findFirst().orElse(null);
    }

    /** A capitalised fact of the claim in another form in the passage ("Russians", "Russia"). */
    /**
     * The words of the passage ({@code text} of {@code passage}) in place of the claim's fact
     * {@code w}: {@link #insteadOf}, else, for the claim's opening name, the name before the
     * claim's verb in the passage ({@link #subjectInstead}); empty when none can be told.
     */
    private List<Words.Word> replacing(Words.Word w, String passage, List<Words.Word> text) {
      List<Words.Word> instead = inPlaceOf(w, passage, text);
      return instead.isEmpty() ? subjectInstead(w, passage, text) : instead;
    }

    /**
     * {@link #insteadOf} for the claim's word {@code w} in {@code passage}, or else a word that
     * opens one of the passage's sentences, where a capital says nothing, and that the coverage
     * never writes in lower case, with the claim's two words after {@code w} after it too: "Sweden
     * and Finland have ..." for "Norway and Finland joined NATO" (whose "Norway" is the claim's
     * first word, a name by {@link #fact}).
     */
    private List<Words.Word> inPlaceOf(Words.Word w, String passage, List<Words.Word> text) {
      List<Words.Word> instead = insteadOf(w, words, claimed, text);
      int at = words.indexOf(w);
      if (!instead.isEmpty() || Differences.factSort(w) != null) {
        return instead;
      }
      List<Words.Word> joined = joinedInstead(at, passage, text);
      if (!joined.isEmpty()
          || at + 2 >= words.size()
          || SMALL_NEIGHBOURS.contains(words.get(at + 2).norm())) {
        return joined;
      }
      for (int i = 0; i + 2 < text.size(); i++) {
        Words.Word t = text.get(i);
        if (!t.capital()
            && opensWithName(t, passage)
            && text.get(i + 1).norm().equals(words.get(at + 1).norm())
            && text.get(i + 2).norm().equals(words.get(at + 2).norm())) {
          return List.of(t);
        }
      }
      return instead;
    }

    /**
     * For the claim's name at {@code at}, joined by "and" to another name of the claim that the
     * passage has, the name the passage joins to that one by "and", when it is none of the claim's:
     * "Sweden" of "Sweden and Finland have ..." for "Norway" of "Finland and Norway joined NATO";
     * else empty.
     */
    private List<Words.Word> joinedInstead(int at, String passage, List<Words.Word> text) {
      for (int side = -1; side <= 1; side += 2) {
        int and = at + side;
        int other = at + 2 * side;
        if (other < 0 || other >= words.size() || !words.get(and).norm().equals("and")) {
          continue;
        }
        String partner = Words.unpossessed(words.get(other).norm());
        if (!fact(claim, words.get(other))) {
          continue;
        }
        for (int i = 0; i < text.size(); i++) {
          if (!Words.unpossessed(text.get(i).norm()).equals(partner)) {
            continue;
          }
          for (int s = -1; s <= 1; s += 2) {
            int j = i + 2 * s;
            if (j >= 0 && j < text.size() && text.get(i + s).norm().equals("and")) {
              Words.Word t = text.get(j);
              if ((t.capital()
                      && Differences.factSort(t) == null
                      && !claimed.contains(Words.unpossessed(t.norm())))
                  || opensWithName(t, passage)) {
                return List.of(t);
              }
            }
          }
        }
      }
      return List.of();
    }

    /**
     * Whether {@code t} opens a sentence of {@code passage} with a name: a capital there says
     * nothing, so it is one the coverage never writes in lower case, no date or number, and none of
     * the claim's words.
     */
    private boolean opensWithName(Words.Word t, String passage) {
      return t.norm().length() > 1
          && Character.isUpperCase(passage.codePointAt(t.start()))
          && Differences.factSort(t) == null
          && !claimed.contains(Words.unpossessed(t.norm()))
          && !coverage.writtenLowerCase(t.norm());
    }

    /**
     * The name that does what the claim's opening name does, for {@code w}, a word of that name:
     * the name nearest before the claim's verb (its first word after the name, by stem) in the
     * passage's clause, days and small words between ("Harris congratulated Trump" on "Mark Rutte
     * on Wednesday congratulated Donald Trump" has "Mark Rutte" in the place of "Harris"); empty
     * when there is none, or it is a name of the claim.
     */
    private List<Words.Word> subjectInstead(Words.Word w, String passage, List<Words.Word> text) {
      int v = verb();
      if (v < 0 || words.indexOf(w) >= v) {
        return List.of();
      }
      String verbNorm = words.get(v).norm();
      List<String> stem = stems(verbNorm);
      for (int j = 1; j < text.size(); j++) {
        if (!sameStem(text.get(j), verbNorm, stem)) {
          continue;
        }
        for (int k = j - 1; k >= 0; k--) {
          Words.Word t = text.get(k);
          if (passage.substring(t.end(), text.get(k + 1).start()).strip().length() > 0) {
            break; // punctuation: another clause
          }
          if ("name".equals(sortOf(t))) {
            List<Words.Word> name = run(text, k, "name");
            return name.stream().anyMatch(n -> Differences.names(words, n)) ? List.of() : name;
          }
          if (Differences.factSort(t) == null && !SUBJECT_GAP.contains(t.norm())) {
            break;
          }
        }
      }
      return List.of();
    }

    /**
     * The claim's word after its opening name ("congratulated" of "Harris congratulated Trump"),
     * when it is a content word; else -1.
     */
    private int verb() {
      if (verb == -2) {
        verb = firstVerb();
      }
      return verb;
    }

    /**
     * How many words the claim's opening name has: its first words that are names the passage must
     * have ({@link #fact}), no date or number ("Kamala Harris" of "Kamala Harris congratulated
     * ..."); 0 when it opens with none.
     */
    private int openingName() {
      int m = 0;
      while (m < words.size()
          && fact(claim, words.get(m))
          && Differences.factKind(words.get(m)) == null) {
        m++;
      }
      return m;
    }

    /**
     * The stems of what the claim tells of its opening name: its {@link #verb}, or a light verb
     * with the content word it takes, past a "the", "a" or "an" ("took office", "made a request":
     * the verb alone says little); for a claim no name opens, its past verb ({@link
     * KeyWords#firstPastVerb}); empty for none.
     */
    private List<String> predicate() {
      if (predicate == null) {
        predicate = readPredicate();
      }
      return predicate;
    }

    /** Words that make one verb with a light verb before its object ("took over", "set up"). */
    private static final Set<String> PARTICLES =
        Set.of("over", "up", "off", "out", "down", "back", "away", "on");

    /** {@link #predicate}, once read (null before). */
    private List<String> predicate;

    private List<String> readPredicate() {
      int v = verb();
      if (v > 0) {
        return stems(words.get(v).norm());
      }
      int m = openingName();
      if (m == 0) {
        // no name opens the claim: its past verb, if it has one ("The NATO secretary general
        // congratulated Trump")
        int past = KeyWords.firstPastVerb(words);
        return past < 0 || !KeyWords.content(words.get(past).norm())
            ? List.of()
            : stems(words.get(past).norm());
      }
      if (m + 1 >= words.size() || stems(words.get(m).norm()).isEmpty()) {
        return List.of();
      }
      int object = m + 1;
      if (object + 1 < words.size() && PARTICLES.contains(words.get(object).norm())) {
        object++; // "took over the reins"
      }
      if (object + 1 < words.size() && Checker.ARTICLES.contains(words.get(object).norm())) {
        object++;
      }
      Words.Word o = words.get(object);
      if (!KeyWords.content(o.norm()) || fact(claim, o) || stems(o.norm()).isEmpty()) {
        // no object to tell it by ("took over at the helm"): the light verb alone
        return stems(words.get(m).norm());
      }
      List<String> out = new java.util.ArrayList<>(stems(words.get(m).norm()));
      out.addAll(stems(o.norm()));
      return out;
    }

    /** {@link #verb}, once read (-2 before). */
    private int verb = -2;

    private int firstVerb() {
      int v = openingName();
      return v == 0
              || v == words.size()
              || !KeyWords.content(words.get(v).norm())
              || stems(words.get(v).norm()).isEmpty()
          ? -1
          : v;
    }

    /**
     * Whether passage {@code p} (its {@code text}, and {@code exact}, its words' norms without
     * possessives) has the claim's fact {@code w}: as written, as a form of the same name, as the
     * same number, or as the pronoun that stands for it.
     */
    private boolean holds(Words.Word w, Set<String> exact, List<Words.Word> text, Passage p) {
      return exact.contains(Words.unpossessed(w.norm()))
          || named(w, text)
          || sameNumberIn(w, text)
          || pronounFor(w, p);
    }

    private static boolean named(Words.Word fact, List<Words.Word> text) {
      if (!fact.capital()) {
        return false;
      }
      return text.stream().anyMatch(w -> w.capital() && Differences.oneName(fact, w));
    }

    /**
     * The claim's two names the passage has the other way round about the claim's verb, as a {@code
     * name} difference of the claim's first name and the name the passage has in its place: "Trump
     * congratulated Rutte" on "Mark Rutte on Wednesday congratulated Donald Trump" is {@code
     * "Trump" / "Rutte"}; null when the passage has them the claim's way too, or says it in the
     * passive ("by Trump"), or the claim has no verb between two names.
     */
    private Difference reversedRoles(String passage, List<Words.Word> text) {
      int first = -1;
      int verb = -1;
      int second = -1;
      for (int i = 0; i < words.size(); i++) {
        Words.Word w = words.get(i);
        boolean name = fact(claim, w) && Differences.factKind(w) == null;
        if (name && first < 0) {
          first = i;
        } else if (name && verb >= 0) {
          second = i; // the last: "from Rutte" of "took over at the helm of NATO from Rutte"
        } else if (!name
            && first >= 0
            && verb < 0
            && KeyWords.content(w.norm())
            && !stems(w.norm()).isEmpty()) {
          verb = i;
        }
      }
      while (first >= 0 && first + 1 < verb && fact(claim, words.get(first + 1))) {
        first++; // the last word of a name: "Rutte" of "Mark Rutte"
      }
      if (second < 0) {
        return null;
      }
      if (verb + 1 < words.size()
          && fact(claim, words.get(verb + 1))
          && Differences.factKind(words.get(verb + 1)) == null) {
        // a name right after the verb is its object, whatever names come later: "Rutte" of
        // "Trump congratulated Rutte for winning the US presidential election"
        second = verb + 1;
        while (second + 1 < words.size() && fact(claim, words.get(second + 1))) {
          second++;
        }
      }
      int secondFrom = second;
      while (secondFrom - 1 > verb && fact(claim, words.get(secondFrom - 1))) {
        secondFrom--; // "Mark" of "by Mark Rutte"
      }
      if (VerbForms.BE.contains(words.get(verb - 1).norm())
          && words.get(secondFrom - 1).norm().equals("by")) {
        // the passive: "Trump was congratulated by Rutte" tells what "Rutte congratulated Trump"
        // does
        int agent = second;
        second = first;
        first = agent;
      }
      List<Integer> ones = places(passage, text, words.get(first));
      List<Integer> twos = places(passage, text, words.get(second));
      if (ones.isEmpty() || twos.isEmpty()) {
        return null;
      }
      String verbNorm = words.get(verb).norm();
      List<String> stem = stems(verbNorm);
      List<int[]> sentences = Clauses.sentences(passage, text);
      for (int v = 0; v < text.size(); v++) {
        if (!sameStem(text.get(v), verbNorm, stem)) {
          continue;
        }
        int at = v;
        // the names of the verb's own sentence: "Ukraine" of an earlier sentence ("the war in
        // Ukraine") is no subject of "with Australia to send Ukraine tanks"
        int[] in = Clauses.sentenceAt(sentences, at);
        List<Integer> one = ones.stream().filter(o -> in[0] <= o && o <= in[1]).toList();
        List<Integer> two = twos.stream().filter(t -> in[0] <= t && t <= in[1]).toList();
        boolean claimsWay =
            one.stream().anyMatch(o -> o < at) && two.stream().anyMatch(t -> t > at);
        // the other way round in the verb's clause ("with Australia to send Ukraine tanks"), or in
        // a relative clause ("said Rutte, a former prime minister ..., who took over ... from Jens
        // Stoltenberg"); not across commas ("with Kamala Harris, we will work with ... NATO")
        java.util.function.IntPredicate subject =
            t ->
                t < at
                    && (Clauses.oneClause(passage, text, t, at)
                        || Clauses.relativeTo(passage, text, t, at));
        boolean otherWay =
            two.stream().anyMatch(subject::test)
                && one.stream()
                    .anyMatch(
                        o ->
                            o > at
                                && !text.get(o - 1).norm().equals("by")
                                && Clauses.oneClause(passage, text, at, o))
                && one.stream().noneMatch(o -> o < at);
        if (claimsWay) {
          return null;
        }
        if (otherWay) {
          int by = two.stream().filter(subject::test).reduce((x, y) -> y).orElseThrow();
          return new Difference(
              "name",
              Differences.exact(claim, List.of(words.get(first))),
              Differences.exact(passage, List.of(text.get(by))));
        }
      }
      return null;
    }

    /**
     * Whether the claim's opening name and its verb (past a speech verb or modal right after the
     * name, the next content word: "deliver" of "China promised to deliver") stand in the passage,
     * but never in one sentence, nor with a pronoun that could stand for the name in the verb's
     * sentence ("he" or "she" for a person the quotations know, "it", "they" or "which" for
     * anything else): "China promised to deliver defence aid ..." on Radio Romania's "... like
     * China, Iran and North Korea can start to undermine Europe's security. He emphasised ...,
     * adding that allies will comply with their promise to deliver defence aid ...". The verb's
     * sentence tells it of someone else.
     */
    private boolean subjectApart(String passage, List<Words.Word> text, Set<String> has) {
      int m = openingName();
      int v = subjectVerb();
      if (m == 0 || v < 0) {
        return false;
      }
      List<Integer> named = places(passage, text, words.get(m - 1));
      String verbNorm = words.get(v).norm();
      List<String> stem = stems(verbNorm);
      List<int[]> sentences = Clauses.sentences(passage, text);
      if (named.isEmpty() || sentences.size() < 2 || !has.containsAll(stem)) {
        return false; // no name, one sentence, or no verb: nothing apart
      }
      List<Integer> verbs = new java.util.ArrayList<>();
      for (int k = 0; k < text.size(); k++) {
        if (sameStem(text.get(k), verbNorm, stem)) {
          verbs.add(k);
        }
      }
      if (verbs.isEmpty()) {
        return false;
      }
      Set<String> pronouns =
          evidence.knowsPerson(Differences.exact(claim, words.subList(0, m)))
              ? PERSONAL
              : IMPERSONAL;
      for (int at : verbs) {
        int[] in = Clauses.sentenceAt(sentences, at);
        if (named.stream().anyMatch(k -> in[0] <= k && k <= in[1])
            || text.subList(in[0], in[1] + 1).stream().anyMatch(w -> pronouns.contains(w.norm()))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The verb {@link #subjectApart} reads: the claim's {@link #verb}, or, past a speech verb or
     * modal right after its opening name, the next content word within two words ("deliver" of
     * "China promised to deliver"; not "coming" of "Donald Tusk in the coming months"); -1 for
     * none. Read once.
     */
    private int subjectVerb() {
      if (subjectVerb == -2) {
        int m = openingName();
        int v = verb();
        boolean light = m > 0 && m < words.size() && !KeyWords.content(words.get(m).norm());
        for (int k = m + 1; light && v < 0 && k < Math.min(words.size(), m + 3); k++) {
          Words.Word w = words.get(k);
          if (KeyWords.content(w.norm()) && !fact(claim, w) && !stems(w.norm()).isEmpty()) {
            v = k;
          }
        }
        subjectVerb = v;
      }
      return subjectVerb;
    }

    /** {@link #subjectVerb}, once read (-2 before). */
    private int subjectVerb = -2;

    /**
     * Whether the claim reports what someone says ("Western leaders emphasize that NATO is a threat
     * to Russia's security") and the passage has its verb with "that" only in a clause that opens
     * its sentence with "while", "although", "though" or "whereas", whose reported words end at its
     * comma and hold less than the claim's share ({@link #SUPPORT}) of what the claim reports:
     * Jowhar's "While Western leaders emphasize that NATO operates as a defensive alliance, Russia
     * has consistently characterized it as a threat to its security" has the threat in Russia's
     * clause.
     */
    private boolean reportedApart(String passage, List<Words.Word> text, Set<String> has) {
      Reported claimed = reported();
      if (claimed == null || !has.containsAll(claimed.stem())) {
        return false;
      }
      String verbNorm = claimed.verb();
      List<String> stem = claimed.stem();
      Set<String> reported = claimed.words();
      List<int[]> sentences = Clauses.sentences(passage, text);
      boolean apart = false;
      for (int k = 0; k + 2 < text.size(); k++) {
        if (!text.get(k + 1).norm().equals("that") || !sameStem(text.get(k), verbNorm, stem)) {
          continue;
        }
        int[] in = Clauses.sentenceAt(sentences, k);
        if (!SUBORDINATORS.contains(text.get(in[0]).norm())) {
          return false; // reported as the sentence goes on: read as a whole
        }
        int end = k + 2;
        while (end < in[1] && !Checker.clauseBreak(passage, text.get(end), text.get(end + 1))) {
          end++;
        }
        Set<String> held =
            new HashSet<>(stems(passage.substring(text.get(k + 2).start(), text.get(end).end())));
        if (reported.stream().filter(held::contains).count() >= SUPPORT * reported.size()) {
          return false;
        }
        apart = true;
      }
      return apart;
    }

    /**
     * What the claim reports ({@link #reportedApart}): its verb before "that" (as written, and its
     * stems) and the stems of the words after "that"; null when it has no such verb with two
     * reported words or more. Read once.
     */
    private Reported reported() {
      if (!reportedRead) {
        reportedRead = true;
        int that = 1;
        while (that < words.size()
            && !(words.get(that).norm().equals("that")
                && KeyWords.content(words.get(that - 1).norm())
                && !fact(claim, words.get(that - 1)))) {
          that++;
        }
        if (that + 2 < words.size()) {
          String verb = words.get(that - 1).norm();
          List<String> stem = stems(verb);
          Set<String> said =
              new HashSet<>(stems(Differences.exact(claim, words.subList(that + 1, words.size()))));
          reported = stem.isEmpty() || said.size() < 2 ? null : new Reported(verb, stem, said);
        }
      }
      return reported;
    }

    /** {@link #reported}, once read ({@link #reportedRead}). */
    private Reported reported;

    private boolean reportedRead;

    /**
     * The claim's opening name against the name whose verb follows it in the passage, when every
     * place the passage names it closes a relative clause about someone the claim does not name
     * ({@link Clauses#governing}): "Harris threatened not to protect members" on "Trump, who ...
     * against Democrat Kamala Harris, rattled NATO ..., threatening not to protect members" is
     * {@code "Harris" / "Trump"}; null otherwise.
     */
    private Difference otherSubject(String passage, List<Words.Word> text) {
      int m = openingName();
      if (m == 0 || m == words.size()) {
        return null;
      }
      int[] subject = null;
      for (int k : places(passage, text, words.get(m - 1))) {
        int[] s = Clauses.governing(passage, text, k);
        if (s == null
            || text.subList(s[0], s[1]).stream().anyMatch(w -> Differences.names(words, w))) {
          return null; // the name's own verb, or the claim names the clause's subject too
        }
        subject = subject == null ? s : subject;
      }
      return subject == null
          ? null
          : new Difference(
              "name",
              Differences.exact(claim, words.subList(0, m)),
              Differences.exact(passage, text.subList(subject[0], subject[1])));
    }

    /**
     * Whether {@code t} is a form of the claim's word {@code norm}, whose stems are {@code stem}.
     * Only likely words are analysed: those with the same first letter, and irregular forms ("won"
     * is "wins", "went" is "go"; {@link PassageIndex#irregularForm}).
     */
    private boolean sameStem(Words.Word t, String norm, List<String> stem) {
      String n = t.norm();
      boolean likely =
          !n.isEmpty()
              && !norm.isEmpty()
              && (n.charAt(0) == norm.charAt(0)
                  || PassageIndex.irregularForm(n)
                  || PassageIndex.irregularForm(norm));
      return likely && stems(n).equals(stem);
    }

    /** Where the passage's words ({@code text} of {@code passage}) name {@code name}, in order. */
    private static List<Integer> places(String passage, List<Words.Word> text, Words.Word name) {
      List<Integer> out = new java.util.ArrayList<>();
      for (int k = 0; k < text.size(); k++) {
        Words.Word t = text.get(k);
        if (Character.isUpperCase(passage.codePointAt(t.start())) && Differences.oneName(name, t)) {
          out.add(k);
        }
      }
      return out;
    }

    /**
     * Whether a name of the claim is the person passage {@code p}'s opening "He" or "She" stands
     * for ({@link CheckEvidence#standsFor}): "Rutte described ..." on "He described ..." after a
     * paragraph about Rutte. The reply's note says so.
     */
    private boolean pronounFor(Words.Word fact, Passage p) {
      CheckEvidence.Referent who = evidence.standsFor(p);
      String person = who == null ? null : who.person();
      if (person == null || !Differences.names(Words.of(person), fact)) {
        return false;
      }
      boolean quoted = CheckEvidence.opensQuotation(p.text()); // "“He knows how ..."
      pronouns.put(
          p.id(),
          "The source says \""
              + p.text().substring(quoted ? 1 : 0, p.text().indexOf(' '))
              + "\" where the claim names "
              + Differences.exact(claim, List.of(fact)).replaceFirst("['’]s$", "")
              + (!who.alone()
                  ? ": the sentence before it opens with " + person + "."
                  : ": the paragraph before it names "
                      + person
                      + (quoted
                          ? " and no one else but the speaker of the quotation."
                          : " and no one else.")));
      return true;
    }

    /** A number of the claim written another way in the passage: "4" and "four", "1" and "1st". */
    private static boolean sameNumberIn(Words.Word fact, List<Words.Word> text) {
      int value = Differences.numberValue(fact);
      return value >= 0 && text.stream().anyMatch(w -> Differences.numberValue(w) == value);
    }
  }

  /**
   * The norm of the word of {@code text} ({@code words}) right before offset {@code at}, with only
   * spaces between ("on" before "Wednesday"); null when punctuation stands between, or the word is
   * not all letters.
   */
  private static String normBefore(String text, List<Words.Word> words, int at) {
    Words.Word before = null;
    for (Words.Word w : words) {
      if (w.end() > at) {
        break;
      }
      before = w;
    }
    return before == null
            || !text.substring(before.end(), at).isBlank()
            || !before.norm().chars().allMatch(Character::isLetter)
        ? null
        : before.norm();
  }

  /** A passage that states a claim with other dates or numbers, and the differences. */
  record Contradiction(Evidence against, List<Difference> differences) {}

  /**
   * What sort of fact a word is ({@link Differences#factSort}: a day, month, year or other number),
   * or {@code "name"} for another capitalised word mid-sentence; null for none.
   */
  private static String sortOf(Words.Word w) {
    String sort = Differences.factSort(w);
    return sort != null ? sort : w.capital() ? "name" : null;
  }

  /**
   * The words of {@code text} in place of {@code fact}: one of its sort ({@link #sortOf}) that is
   * none of the claim's words, with the fact's neighbour in the claim beside it ("32-member" for
   * "30-member", "on Wednesday" for "on Thursday"; for a name, a neighbour other than a small word:
   * "congratulated Donald Trump" for "congratulated Harris", "Berlin Monday" for "Paris Monday"), a
   * name after the claim's "in", "at" or "from" the only one there, else the only one of its sort
   * (never for a name: capitalised words are many); a name with the capitalised words around it.
   * Empty when none can be told for it. {@code claimed} is the claim's words without possessives.
   */
  private static List<Words.Word> insteadOf(
      Words.Word fact, List<Words.Word> claim, Set<String> claimed, List<Words.Word> text) {
    String sort = sortOf(fact);
    if (sort == null) {
      return List.of();
    }
    int at = claim.indexOf(fact);
    String before = at > 0 ? claim.get(at - 1).norm() : null;
    String after = at + 1 < claim.size() ? claim.get(at + 1).norm() : null;
    int first = -1;
    boolean ambiguous = sort.equals("name"); // two of its sort, neither beside the neighbour
    int place = -1; // the one name after the claim's "in", "at" or "from"; -2 when several
    for (int i = 0; i < text.size(); i++) {
      Words.Word w = text.get(i);
      if (!other(w, sort, claim, claimed)) {
        continue;
      }
      if (beside(text, i, sort, before, after)) {
        return run(text, i, sort);
      }
      boolean name = sort.equals("name");
      if (name && PLACE_BEFORE.contains(before) && i > 0 && text.get(i - 1).norm().equals(before)) {
        place = place == -1 ? i : -2;
      }
      if (w.norm().equals("one")) {
        continue; // "one day", "one of": seldom a count, stands for none without the neighbour
      }
      if (first < 0) {
        first = i;
      } else {
        ambiguous = true;
      }
    }
    if (place >= 0) {
      return run(text, place, sort); // "in Berlin", the passage's only name after "in"
    }
    if (!ambiguous && first >= 0) {
      return run(text, first, sort);
    }
    // the neighbours of the claim's whole name: "congratulated Donald Trump" for "Harris" of
    // "congratulated Kamala Harris" (its own neighbour, "Kamala", found "Kallas" of "Kaja Kallas"
    // for "Osgra" of "Kaja Osgra")
    int[] whole = nameRun(claim, at, sort);
    if (whole[1] - whole[0] > 1) {
      String opening = whole[0] > 0 ? claim.get(whole[0] - 1).norm() : null;
      String closing = whole[1] < claim.size() ? claim.get(whole[1]).norm() : null;
      for (int i = 0; i < text.size(); i++) {
        if (other(text.get(i), sort, claim, claimed) && beside(text, i, sort, opening, closing)) {
          return run(text, i, sort);
        }
      }
    }
    return List.of();
  }

  /** Whether {@code w} is of {@code sort} and none of the claim's words. */
  private static boolean other(
      Words.Word w, String sort, List<Words.Word> claim, Set<String> claimed) {
    return sort.equals(sortOf(w))
        && !claimed.contains(Words.unpossessed(w.norm()))
        && claim.stream().noneMatch(c -> c.capital() && Differences.sameName(c, w));
  }

  /**
   * Whether word {@code i} of {@code text} has the claim's word {@code before} before it or {@code
   * after} after it; for a name, not a small word ("in", "the").
   */
  private static boolean beside(
      List<Words.Word> text, int i, String sort, String before, String after) {
    boolean name = sort.equals("name");
    return i > 0
            && text.get(i - 1).norm().equals(before)
            && !(name && SMALL_NEIGHBOURS.contains(before))
        || i + 1 < text.size()
            && text.get(i + 1).norm().equals(after)
            && !(name && SMALL_NEIGHBOURS.contains(after));
  }

  /**
   * Small words that may stand between a subject and its verb: "Rutte on Wednesday congratulated".
   */
  private static final Set<String> SUBJECT_GAP =
      Set.of("on", "last", "this", "late", "early", "also", "then", "later", "again", "has", "had");

  /**
   * Words before a place: a name after one stands for the claim's when it is the passage's only
   * name after the same word ("in Berlin" for "in Brussels").
   */
  private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "from");

  /** Neighbours too common to tell one name for another: "in Paris" is no "in Berlin". */
  private static final Set<String> SMALL_NEIGHBOURS =
      Set.of(
          "the", "a", "an", "in", "on", "at", "of", "for", "from", "to", "with", "by", "and", "or",
          "as", "that", "where", "who", "said", "says");

  /**
   * Where word {@code at} of {@code words} stands, {@code [from, to)}: with the capitalised words
   * around it for a name ("Kamala Harris"), else alone.
   */
  private static int[] nameRun(List<Words.Word> words, int at, String sort) {
    int from = at;
    int to = at + 1;
    if ("name".equals(sort)) {
      while (from > 0 && "name".equals(sortOf(words.get(from - 1)))) {
        from--;
      }
      while (to < words.size() && "name".equals(sortOf(words.get(to)))) {
        to++;
      }
    }
    return new int[] {from, to};
  }

  /** Word {@code i} of {@code text}, with the capitalised words around it for a name. */
  private static List<Words.Word> run(List<Words.Word> text, int i, String sort) {
    int[] run = nameRun(text, i, sort);
    return text.subList(run[0], run[1]);
  }

  /**
   * What a claim reports: the verb before its "that" as written, that verb's stems, and the stems
   * of the words after "that".
   */
  private record Reported(String verb, List<String> stem, Set<String> words) {}

  /** Words that open a clause before the main one: "While Western leaders emphasize that ...,". */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas");

  /** Pronouns that may stand for a person ({@link Reading#subjectApart}). */
  private static final Set<String> PERSONAL = Set.of("he", "she", "who");

  /** Pronouns that may stand for what is no person: a country, an alliance. */
  private static final Set<String> IMPERSONAL = Set.of("it", "they", "which");

  /**
   * A name or number the passage must have: a capital mid-sentence, a number in digits or words, or
   * a first word never in lower case in the coverage ("Japan will ...", not "The ...").
   */
  private boolean fact(String claim, Words.Word w) {
    if (w.capital() || "number".equals(Differences.factKind(w))) {
      return true; // digits, and numbers in words: "two decades" is not "a decade"
    }
    return Character.isUpperCase(claim.charAt(w.start())) && !coverage.writtenLowerCase(w.norm());
  }

  /**
   * The closest passages, to show (labelled as not supporting) when nothing matches: the first of
   * {@code proposed} ({@link #proposed}; a search for fewer gives the same first ones,
   * PassageIndexTest).
   */
  List<Evidence> nearest(List<Hit> proposed) {
    return proposed.stream()
        .limit(NEAREST)
        .map(h -> evidence.passage(corpus.passages().get(h.passageId()), false))
        .toList();
  }

  /** A hint when most of the claim's words never occur in the coverage (another language?). */
  String languageNote(List<Words.Word> words) {
    // names say nothing of the language: "French President Emmanuel Macron" is English too
    List<Words.Word> plain = words.stream().filter(w -> !w.capital()).toList();
    long known = plain.stream().filter(w -> coverage.known(w.norm())).count();
    if (plain.size() >= 3 && known < 0.5 * plain.size()) {
      return "Most words of this claim never occur in the coverage; it may be in another language"
          + " than the articles (English). Check a claim in the articles' language.";
    }
    return null;
  }
}
