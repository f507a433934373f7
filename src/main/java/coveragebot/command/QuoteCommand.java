package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.QuoteItem;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * {@code /quote speaker:<name> [about:<words>] [text:<words>]}: what a person said, verbatim, each
 * quote once with the other outlets that carry it; or, with {@code text:} alone, who said a phrase.
 */
public final class QuoteCommand implements Command {

  public static final int DEFAULT_LIMIT = 5;
  public static final int MAX_LIMIT = 25;

  /**
   * Copies listed under a quote (first ranked first); the reply counts the others. A line of an
   * agency story can be carried by thousands of articles.
   */
  public static final int MAX_COPIES = 10;

  private static final CommandSpec SPEC =
      new CommandSpec(
          "quote",
          "Show what a person said in the coverage, verbatim, with outlet, date and link",
          List.of(
              OptionSpec.text("speaker", "Who (a name, a surname or its start)", false, true),
              OptionSpec.text("about", "Only quotes about these words", false, false),
              OptionSpec.text("outlet", "Only quotes carried by this outlet", false, false),
              OptionSpec.text("text", "Find who said these words", false, false),
              OptionSpec.integer("limit", "How many quotes to show (default 5)", 1, MAX_LIMIT)),
          List.of("/quote Rutte", "/quote speaker:rutte about:Ukraine", "/quote text:safe hands"));

  private final QuoteLookup lookup;
  private final SpeakerNames names;

  private final Outlets outlets;

  /** The quotations whose words an earlier quotation of their article has too. */
  private final Set<Quotation> repeated =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Per file with a {@link #repeated} quotation, its article's text. */
  private final Map<String, String> texts = new HashMap<>();

  /**
   * {@code all} but the headline quotations whose words a quotation of the same speaker in their
   * article's body has too: Jordan Times' headline 'strong' is its body's "strong", listed once
   * (from the body); "in the headline" marks the words a headline alone quotes.
   */
  static List<Quotation> withoutHeadlineRepeats(List<Quotation> all) {
    Set<String> withHeadline = new HashSet<>();
    all.stream().filter(Quotation::headline).forEach(q -> withHeadline.add(q.file()));
    // the body quotations of those articles only, each read into words once
    Map<String, List<BodyWords>> bodyByFile = new HashMap<>();
    for (Quotation q : all) {
      if (!q.headline() && withHeadline.contains(q.file())) {
        bodyByFile
            .computeIfAbsent(q.file(), f -> new ArrayList<>())
            .add(new BodyWords(q.speaker(), Text.words(q.text())));
      }
    }
    List<Quotation> out = new ArrayList<>(all.size());
    for (Quotation q : all) {
      if (!q.headline() || !repeatedInBody(q, bodyByFile.getOrDefault(q.file(), List.of()))) {
        out.add(q);
      }
    }
    return out;
  }

  /** A body quotation's speaker and words, read once for the headline quotations beside it. */
  private record BodyWords(String speaker, List<String> words) {}

  /** Whether a quotation of the same speaker in {@code body} has the headline's words. */
  private static boolean repeatedInBody(Quotation headline, List<BodyWords> body) {
    List<String> words = Text.words(headline.text());
    return !words.isEmpty()
        && body.stream()
            .anyMatch(
                b ->
                    java.util.Objects.equals(b.speaker(), headline.speaker())
                        && java.util.Collections.indexOfSubList(b.words(), words) >= 0);
  }

  /** The quotations that are titles or names ("Victory Plan"), which have no speaker. */
  private final List<Quotation> titles;

  public QuoteCommand(Corpus corpus, Quotations quotations) {
    this.lookup =
        new QuoteLookup(withoutHeadlineRepeats(quotations.all()), q -> q.source().outlet());
    this.titles = quotations.all().stream().filter(q -> q.kind() == Quotation.Kind.TITLE).toList();
    this.names = new SpeakerNames(Speakers.quoted(quotations), roles(quotations.all()));
    this.outlets = new Outlets(corpus);
    // a quotation whose words an earlier one of its article has too (a headline's 'strong' and
    // the body's "strong"): its link names the words before it, or a browser stops at the first
    List<Quotation> all = quotations.all();
    String[] keys = new String[all.size()]; // file and words, made once
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      Quotation q = all.get(i);
      keys[i] = q.file() + '\0' + q.text().strip();
      firstAt.merge(keys[i], q.start(), Math::min);
    }
    for (int i = 0; i < keys.length; i++) {
      if (firstAt.get(keys[i]) < all.get(i).start()) {
        repeated.add(all.get(i));
      }
    }
    Set<String> files = new HashSet<>();
    repeated.forEach(q -> files.add(q.file()));
    for (var a : corpus.articles()) {
      if (files.contains(a.file())) {
        texts.put(a.file(), a.text());
      }
    }
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String typed = request.text("speaker").orElse(null);
    String about = request.text("about").orElse(null);
    String phrase = request.text("text").orElse(null);
    int limit = request.integer("limit", DEFAULT_LIMIT);
    if (typed == null && phrase == null) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "/quote needs a speaker (or text: to find who said something).",
          "For example: /quote Rutte, or /quote text:safe hands");
    }
    if ((typed != null && !hasLetterOrDigit(typed))
        || (phrase != null && !hasLetterOrDigit(phrase))) {
      // "😀" or ":" would otherwise be matched as the start of every name ("could be several
      // people"), and the input itself is not repeated: a lone " would read """.
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "/quote needs a person's name or some of their words, with letters or digits.",
          "For example: /quote Rutte, or /quote text:safe hands");
    }
    String speaker = null;
    String how = null;
    if (typed != null) {
      SpeakerNames.Match m = names.match(typed);
      if (m.person() == null) {
        return unknown(typed, m.choices());
      }
      speaker = m.person();
      how = m.how();
    }
    // Titles, the speaker and the words are the look-up's to filter; only the outlet is left.
    Predicate<Quotation> keep = null;
    String outlet = null; // as the coverage writes it
    if (request.text("outlet").isPresent()) {
      Set<String> files;
      try {
        files = outlets.files(request.text("outlet").get());
        outlet = outlets.name(request.text("outlet").get());
      } catch (UsageException e) {
        return e.toReply();
      }
      keep = q -> files.contains(q.file());
    }
    Set<String> wanted = null;
    if (about != null) {
      Set<String> aboutWords = new HashSet<>(Text.words(about));
      wanted = aboutWords;
    }
    List<String> words = null;
    if (phrase != null) {
      List<String> phraseWords = Text.words(phrase);
      words = phraseWords;
    }
    // The look-up narrows the quotations to those with the speaker and words and visits only
    // their groups: the answer is the same as reading every quotation (QuoteLookupTest).
    // one more than shown, to tell the user that more match (limit: shows them)
    List<QuoteLookup.Shown> found = lookup.top(speaker, wanted, words, keep, limit + 1);
    boolean more = found.size() > limit;
    List<QuoteLookup.Shown> shown = more ? found.subList(0, limit) : found;
    List<QuoteReply.Group> groups = new ArrayList<>();
    // copies carry the same words: each text's link fragment is made once per reply
    Map<String, String> made = new HashMap<>();
    UnaryOperator<String> fragments = text -> made.computeIfAbsent(text, Links::fragment);
    for (QuoteLookup.Shown g : shown) {
      List<Quotation> listed = g.copies().subList(0, Math.min(MAX_COPIES, g.copies().size()));
      List<QuoteItem> copies =
          listed.stream().map(c -> QuoteItems.of(c, fragments, articleOf(c))).toList();
      List<QuoteReply.Variant> variants = new ArrayList<>();
      QuoteVariants.From from = new QuoteVariants.From(g.best().text());
      for (Quotation c : listed) {
        List<String> diff = from.differences(c.text());
        if (!diff.isEmpty()) {
          variants.add(new QuoteReply.Variant(c.file(), c.source().outlet(), diff));
        }
      }
      groups.add(
          new QuoteReply.Group(
              QuoteItems.of(g.best(), fragments, articleOf(g.best())),
              copies,
              g.outlets(),
              variants,
              g.copies().size() - listed.size()));
    }
    String query = phrase != null ? phrase : about;
    String note = groups.isEmpty() ? nothing(speaker, about, phrase, outlet) : null;
    if (groups.isEmpty() && speaker == null && phrase != null) {
      String asTitle = asTitle(words, keep);
      note = asTitle == null ? note : note + " " + asTitle;
    }
    return new QuoteReply(speaker, query, how, groups, note, more);
  }

  /**
   * Per role that names a speaker where a quotation is attributed ("NATO chief, subject of
   * \"says\"": no word of the person's name in it, not a pronoun), the people quoted under it.
   */
  static Map<String, Set<String>> roles(List<Quotation> all) {
    Map<String, Set<String>> out = new HashMap<>();
    // each pair of words and person read once: a few hundred pairs over a hundred thousand
    // quotations, and reading one takes regexes (2 s at start-up for 100k articles when each was
    // read for every quotation)
    Set<List<String>> pairs = new HashSet<>();
    for (Quotation q : all) {
      var a = q.attribution();
      if (a == null
          || a.speaker() == null
          || a.speakerText() == null
          || a.ambiguous()
          || !pairs.add(List.of(a.speakerText(), a.speaker()))) {
        continue;
      }
      List<String> said = SpeakerNames.words(a.speakerText());
      List<String> name = SpeakerNames.words(a.speaker());
      if (said.stream().noneMatch(name::contains)
          && said.stream().anyMatch(w -> w.length() > 1)
          && !PRONOUNS.contains(SpeakerNames.norm(a.speakerText()))) {
        out.computeIfAbsent(a.speakerText(), k -> new java.util.TreeSet<>()).add(a.speaker());
      }
    }
    return out;
  }

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "we", "i", "you", "him", "her", "them", "it");

  /**
   * Where the words stand in quote marks as a title or name, which no one says ("his \"Victory
   * Plan\""): the outlets, or null when nowhere.
   */
  private String asTitle(List<String> words, Predicate<Quotation> keep) {
    if (words.isEmpty()) {
      return null;
    }
    Set<String> outletsWith = new java.util.LinkedHashSet<>();
    for (Quotation t : titles) {
      if ((keep == null || keep.test(t))
          && java.util.Collections.indexOfSubList(Text.words(t.text()), words) >= 0) {
        outletsWith.add(t.source().outlet());
      }
    }
    return outletsWith.isEmpty()
        ? null
        : "These words stand in quote marks as a title or name, which no one is quoted saying, in "
            + String.join(", ", outletsWith)
            + ".";
  }

  /** The text of {@code q}'s article when its link must name the words before it, else null. */
  private String articleOf(Quotation q) {
    return repeated.contains(q) ? texts.get(q.file()) : null;
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private ErrorReply unknown(String typed, List<String> choices) {
    boolean several = names.complete(typed).size() > 1;
    String message =
        several
            ? "\"" + CommandLineParser.clip(typed) + "\" could be several people."
            : "No one called \"" + CommandLineParser.clip(typed) + "\" is quoted in the coverage.";
    String hint =
        choices.isEmpty()
            ? "/speakers lists everyone quoted."
            : (several ? "Choose one: " : "Closest names: ")
                + String.join(", ", choices)
                + ". /speakers lists everyone quoted.";
    if (!several) {
      hint += " " + REPORTED;
    }
    return new ErrorReply(ErrorReply.Kind.USAGE, message, hint);
  }

  /**
   * Why nothing was found: no quotation with {@code phrase}, or none of {@code speaker}'s about
   * {@code about} (either may be null), in {@code outlet} when one was asked for (else null).
   */
  private static String nothing(String speaker, String about, String phrase, String outlet) {
    String in = outlet == null ? "" : " in " + outlet;
    if (phrase != null) {
      return "No quotation"
          + (speaker == null ? "" : " by " + speaker)
          + in
          + " contains \""
          + CommandLineParser.clip(phrase)
          + "\".";
    }
    return speaker
        + " is not quoted"
        + (about == null ? "" : " about \"" + CommandLineParser.clip(about) + "\"")
        + in
        + " in quote marks. "
        + REPORTED;
  }

  /**
   * What /quote does not read: it lists words in quote marks, not speech reported in the writer's
   * words ("He emphasised that our worlds are interconnected"), which /search and /check find.
   */
  static final String REPORTED =
      "/quote lists words in quote marks only; for what someone said in the writer's words, try"
          + " /search or /check.";
}
