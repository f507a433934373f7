package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.extract.Quotations;
import coveragebot.index.PassageIndex;
import coveragebot.reply.CheckReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.util.List;

/**
 * {@code /check <claim>}: is this quote or claim in the coverage? Answers verbatim, variant,
 * mismatch, supported or not_found, with every piece of evidence quoted verbatim (issue 6).
 */
public final class CheckCommand implements Command {
  /** Fewer words than this cannot be told apart from a search. */
  static final int MIN_WORDS = 3;

  private static final CommandSpec SPEC =
      new CommandSpec(
          "check",
          "Fact-check a quote or claim against the coverage: verbatim, variant, mismatch or not",
          List.of(
              OptionSpec.text("claim", "The quote or claim to check", true, true),
              OptionSpec.text(
                  "outlet",
                  "Check it in this outlet's articles (as \"Jowhar reported ...\")",
                  false,
                  false)),
          List.of(
              "/check Rutte said \"NATO will be in safe hands\"",
              "/check allies will deliver defence aid worth 40 billion dollars to Ukraine",
              "/check Rutte congratulated Trump on Wednesday outlet:Jordan Times"));

  private final Checker checker;
  private final ClaimContext context;
  private final ClaimedOutlet.Known outlets;
  private final Outlets outletNames;

  public CheckCommand(Corpus corpus, PassageIndex index, Quotations quotations) {
    this(corpus, index, quotations, new CoverageWords(corpus));
  }

  /** With the word look-up shared with {@link CompareCommand} (built once for both). */
  public CheckCommand(
      Corpus corpus, PassageIndex index, Quotations quotations, CoverageWords words) {
    CheckEvidence evidence = new CheckEvidence(corpus, quotations);
    this.checker = new Checker(words, evidence, new Paraphrases(corpus, index, evidence, words));
    this.context = new ClaimContext(corpus, evidence);
    this.outletNames = new Outlets(corpus);
    this.outlets = new ClaimedOutlet.Known(words.articles(), outletNames);
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  /** An ellipsis in a quotation: "...", "…" or ". . .", with words on both sides. */
  private static final java.util.regex.Pattern ELLIPSIS =
      java.util.regex.Pattern.compile("\\s*(?:\\.\\s?\\.\\s?\\.|…)\\s*");

  /** How bad a verdict is for a quotation, to combine its parts': the worst part decides. */
  private static final List<String> WORSE = List.of("verbatim", "variant", "mismatch", "not_found");

  /**
   * A quotation cut with an ellipsis ('"I'm not worried ... I worked for four years"'), or several
   * quotations joined by the speaker's saying ({@link Claim#quotations}), each part checked on its
   * own and the worst verdict kept, with every part's differences and evidence; or null when the
   * claim is no such quotation (unquoted, or a part of fewer than two words).
   */
  private CheckReply cut(Claim claim, Checker.Scope only) {
    if (!claim.quoted()) {
      return null;
    }
    List<String> quotations = claim.quotations();
    List<String> parts = new java.util.ArrayList<>();
    boolean ellipsis = false;
    for (String quotation : quotations) {
      List<String> cut = List.of(ELLIPSIS.split(quotation.strip()));
      ellipsis |= cut.size() > 1;
      parts.addAll(cut);
    }
    if (parts.size() < 2 || parts.stream().anyMatch(p -> Words.of(p).size() < 2)) {
      return null;
    }
    String verdict = "verbatim";
    List<CheckReply.Difference> differences = new java.util.ArrayList<>();
    List<CheckReply.Evidence> evidence = new java.util.ArrayList<>();
    List<String> notes = new java.util.ArrayList<>();
    java.util.Set<String> together = null; // the articles with every part so far
    for (String part : parts) {
      CheckReply r =
          checker.check(
              new Claim(claim.text(), part, claim.speaker(), true, claim.unnamed(), null), only);
      if (WORSE.indexOf(r.verdict()) > WORSE.indexOf(verdict)) {
        verdict = r.verdict();
      }
      java.util.Set<String> files = new java.util.HashSet<>();
      r.evidence().stream()
          .filter(CheckReply.Evidence::supports)
          .forEach(e -> files.add(e.excerpt().file()));
      if (together == null) {
        together = files;
      } else {
        together.retainAll(files);
      }
      differences.addAll(r.differences());
      r.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
      if (r.note() != null && !notes.contains(r.note())) {
        notes.add(r.note());
      }
    }
    if (verdict.equals("verbatim") && together.isEmpty()) {
      // each part is someone's words, but no source has them together: a splice, not a cut
      verdict = "variant";
      notes.add("No one source has all the parts: they come from different articles.");
    }
    if (quotations.size() > 1) {
      notes.add(
          "The claim's "
              + quotations.size()
              + " quotations were checked one by one"
              + (ellipsis ? ", each ellipsis read as a cut," : "")
              + " and the worst verdict is given.");
    } else {
      notes.add(
          "The quotation's ellipsis was read as a cut: its "
              + parts.size()
              + " parts were checked one by one, and the worst verdict is given.");
    }
    return new CheckReply(
        claim.text(),
        verdict,
        claim.speaker(),
        differences.stream().distinct().toList(),
        evidence,
        String.join(" ", notes));
  }

  /**
   * The verdict on a claim that joins two statements ({@link Claim#clausesApart}) from theirs
   * ({@code replies}, in the order of {@code parts}): a mismatch with every mismatched part's
   * differences and sources, or {@code supported} with every part's evidence when each part is
   * found; null otherwise (the claim stays not found).
   */
  private static CheckReply joined(Claim claim, List<Claim> parts, List<CheckReply> replies) {
    String note =
        "The claim tells two things, checked one by one: \""
            + parts.get(0).body()
            + "\" and \""
            + parts.get(1).body()
            + "\".";
    boolean wrong = replies.stream().anyMatch(r -> r.verdict().equals("mismatch"));
    if (!wrong && !replies.stream().allMatch(r -> FOUND.contains(r.verdict()))) {
      return null;
    }
    // a mismatch: every mismatched part's differences and sources; else each part's support
    List<CheckReply.Difference> differences = new java.util.ArrayList<>();
    List<CheckReply.Evidence> evidence = new java.util.ArrayList<>();
    String notes = null;
    for (CheckReply r : replies) {
      if (wrong && !r.verdict().equals("mismatch")) {
        continue;
      }
      r.differences().stream().filter(d -> !differences.contains(d)).forEach(differences::add);
      r.evidence().stream()
          .filter(e -> e.supports() != wrong && !evidence.contains(e))
          .forEach(evidence::add);
      notes = Checker.notes(notes, r.note());
    }
    return new CheckReply(
        claim.text(),
        wrong ? "mismatch" : "supported",
        claim.speaker(),
        differences,
        evidence,
        Checker.notes(notes, note));
  }

  /** The verdicts that find what a claim says. */
  private static final java.util.Set<String> FOUND =
      java.util.Set.of("verbatim", "variant", "supported");

  /** The verdict on {@code claim} within {@code only}'s articles (null: the whole coverage). */
  private CheckReply verdict(Claim claim, Checker.Scope only) {
    CheckReply cut = cut(claim, only);
    CheckReply reply = cut != null ? cut : checker.check(claim, only);
    return reply.verdict().equals("supported") ? quotedWithin(claim, reply, only) : reply;
  }

  /** Words in double quote marks inside a claim's words: '... to do "whatever they want" to'. */
  private static final java.util.regex.Pattern INNER_QUOTATION =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])[\"“]([^\"“”]+)[\"”](?![\\p{L}\\p{N}])");

  /**
   * {@code supported}, unless a quotation inside the claim's words is not word for word in the
   * sources: then that quotation's verdict, differences and evidence, with a note. A claim in other
   * words may still quote: 'Trump warned he would encourage the Russians to do "whatever they
   * want"' drops "the hell" from what Khaleej Times quotes.
   */
  private CheckReply quotedWithin(Claim claim, CheckReply supported, Checker.Scope only) {
    java.util.regex.Matcher m = INNER_QUOTATION.matcher(claim.body());
    while (m.find()) {
      String quotation = m.group(1).strip();
      if (Words.of(quotation).size() < 2) {
        continue; // one word is a scare quote
      }
      CheckReply part =
          checker.check(
              new Claim(claim.text(), quotation, claim.speaker(), true, claim.unnamed(), null),
              only);
      String note =
          "The rest of the claim is supported, but its quotation “"
              + quotation
              + "” is not word for word in the sources.";
      if (part.verdict().equals("not_found")) {
        // too short to be found alone ("whatever they want"): read against the passage that
        // supports the rest, from its first word to its last there
        List<CheckReply.Difference> diffs = against(quotation, supported.evidence().getFirst());
        if (diffs != null) {
          return new CheckReply(
              claim.text(), "variant", claim.speaker(), diffs, supported.evidence(), note);
        }
      }
      if (!part.verdict().equals("verbatim")) {
        return new CheckReply(
            claim.text(),
            part.verdict(),
            claim.speaker(),
            part.differences(),
            part.evidence(),
            Checker.notes(note, part.note()));
      }
    }
    return supported;
  }

  /**
   * The differences of {@code quotation} from the words of {@code e} between its first word and its
   * last (at most three times as many words); null when {@code e} lacks either, or has them the
   * same.
   */
  private static List<CheckReply.Difference> against(String quotation, CheckReply.Evidence e) {
    List<Words.Word> mine = Words.of(quotation);
    String text = e.excerpt().text();
    List<Words.Word> theirs = Words.of(text);
    for (int from = 0; from < theirs.size(); from++) {
      if (!theirs.get(from).norm().equals(mine.getFirst().norm())) {
        continue;
      }
      int limit = Math.min(theirs.size(), from + 3 * mine.size());
      for (int to = from + 1; to < limit; to++) {
        if (theirs.get(to).norm().equals(mine.getLast().norm())) {
          List<CheckReply.Difference> diffs =
              Differences.between(quotation, mine, text, theirs.subList(from, to + 1));
          return diffs.isEmpty() ? null : diffs;
        }
      }
    }
    return null;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String typed = request.text("claim").orElse("");
    // "Khaleej Times reported that Rutte said ...": the outlet is where to look, not a speaker
    ClaimedOutlet reported = outlets.in(Claim.clean(typed));
    if (request.text("outlet").isPresent()) {
      String named;
      try {
        named = outletNames.name(request.text("outlet").get());
      } catch (UsageException e) {
        return e.toReply();
      }
      if (reported != null && !reported.outlet().equals(named)) {
        return new ErrorReply(
            ErrorReply.Kind.USAGE,
            "The claim names "
                + reported.outlet()
                + " and outlet: names "
                + named
                + "; which outlet should it be checked in?",
            "Give the outlet once, in the claim or as outlet:.");
      }
      reported = outlets.named(named, reported != null ? reported.rest() : Claim.clean(typed));
    }
    Claim claim = Claim.parse(typed);
    if (reported != null && reported.empty()) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "The claim names " + reported.outlet() + " but not what it reported.",
          "Write the words after it: /check Jowhar reported that Rutte is not worried");
    }
    if (reported != null) {
      Claim inner = Claim.parse(reported.rest());
      claim =
          new Claim(
              claim.text(),
              inner.body(),
              inner.speaker(),
              inner.quoted(),
              inner.unnamed(),
              inner.context());
    }
    int words = Words.of(claim.body()).size();
    if (words == 0) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "This claim has no words to check (only punctuation, emoji or mentions).",
          "Paste the sentence itself, for example: " + SPEC.examples().getFirst());
    }
    // a short quotation credited to someone ('Trump said "stop worrying"') is checked: who said
    // it is the question, and the quote marks and the speaker say what to look for
    int least = claim.quoted() && claim.speaker() != null ? 2 : MIN_WORDS;
    if (words < least) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "A claim needs at least "
              + least
              + " words; \""
              + CommandLineParser.clip(claim.body())
              + "\" has "
              + words
              + ".",
          "To find a word or name, use /search or /quote.");
    }
    ClaimedOutlet in = reported;
    java.util.function.Function<Claim, CheckReply> judged =
        c -> in == null ? verdict(c, null) : in.judged(c, this::verdict);
    CheckReply reply = context.checked(claim, judged.apply(claim));
    // 'Rutte said on Monday that ...' or "Rutte labelled support by ... a ...", not found as a
    // whole: what was said may be found as written, its occasion then checked as a quotation's is
    // (a source may have the words without the day or place, or with them in another paragraph)
    Claim said = null;
    if (reply.verdict().equals("not_found")) {
      said = claim.occasionApart();
      said = said != null ? said : claim.characterisedApart();
    }
    if (said != null) {
      CheckReply apart = judged.apply(said);
      if (FOUND.contains(apart.verdict())
          || apart.verdict().equals("mismatch")
              && apart.differences().stream().allMatch(d -> d.kind().equals("speaker"))) {
        reply = context.checked(said, apart); // what was said found, or found as someone else's
      }
    }
    // "Rutte, who took office on 1 October, congratulated Trump on Wednesday": two statements,
    // which two passages may hold, each checked on its own
    List<Claim> parts = reply.verdict().equals("not_found") ? claim.clausesApart() : null;
    if (parts != null) {
      CheckReply joined = joined(claim, parts, parts.stream().map(judged).toList());
      reply = joined != null ? joined : reply;
    }
    if (claim.unnamed() == null) {
      return reply;
    }
    // "the outgoing NATO chief said ...": the sources name people, and a role is not compared
    String unnamed =
        "The claim credits these words to \""
            + CommandLineParser.clip(claim.unnamed())
            + "\", not a name, so who said them was not compared: each source shows its speaker.";
    return Checker.noted(reply, unnamed);
  }
}
