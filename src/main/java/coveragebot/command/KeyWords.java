package coveragebot.command;

import coveragebot.index.PassageIndex;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words whose change turns a claim around, which a share of words cannot see: a word for its
 * opposite ("an increase" for "a reduction", "left" for "joined", "very badly" for "very well"), a
 * word that says something was undone, refused or lost ("resigned", "withdrew", "fired"), and the
 * content words of a claim (its verbs, nouns and adjectives, as against its small words, pronouns,
 * auxiliaries, light verbs and speech verbs). Short lists, to be read and extended by hand: a
 * missed pair leaves a claim {@code supported} as before, it never makes a true one false.
 */
final class KeyWords {
  private KeyWords() {}

  /** Two sets of words that say the opposite of each other; {@code key}: see {@link #key}. */
  record Opposites(Set<String> one, boolean oneKey, Set<String> other, boolean otherKey) {}

  /** The pairs of opposites, every form written out (no stemming: "left" is no form of "leaf"). */
  static final List<Opposites> OPPOSITES =
      List.of(
          new Opposites(
              Set.of(
                  "increase",
                  "increases",
                  "increased",
                  "increasing",
                  "rise",
                  "rises",
                  "rose",
                  "risen",
                  "rising",
                  "boost",
                  "boosts",
                  "boosted",
                  "boosting"),
              false,
              Set.of(
                  "reduction",
                  "reductions",
                  "reduce",
                  "reduces",
                  "reduced",
                  "reducing",
                  "decrease",
                  "decreases",
                  "decreased",
                  "decreasing",
                  "cut",
                  "cuts",
                  "cutting",
                  "fall",
                  "falls",
                  "fell",
                  "fallen",
                  "falling"),
              false),
          new Opposites(
              Set.of("join", "joins", "joined", "joining", "accession"),
              false,
              Set.of(
                  "leave",
                  "leaves",
                  "left",
                  "leaving",
                  "quit",
                  "quits",
                  "quitting",
                  "exit",
                  "exits",
                  "exited",
                  "exiting"),
              true),
          new Opposites(
              Set.of(
                  "win",
                  "wins",
                  "won",
                  "winning",
                  "winner",
                  "winners",
                  "victory",
                  "victories",
                  "victorious"),
              false,
              Set.of(
                  "lose",
                  "loses",
                  "lost",
                  "losing",
                  "loser",
                  "losers",
                  // not "defeated", "defeats": the verb with an object is a win ("Trump
                  // defeated Democrat Kamala Harris")
                  "defeat"),
              true),
          new Opposites(
              Set.of(
                  "congratulate",
                  "congratulates",
                  "congratulated",
                  "congratulating",
                  "congratulations",
                  "praise",
                  "praises",
                  "praised",
                  "praising",
                  "commended",
                  "hailed"),
              false,
              Set.of(
                  "criticize",
                  "criticizes",
                  "criticized",
                  "criticizing",
                  "criticise",
                  "criticises",
                  "criticised",
                  "criticising",
                  "criticism",
                  "condemn",
                  "condemns",
                  "condemned",
                  "condemning",
                  "berate",
                  "berated",
                  "berating",
                  "rebuked",
                  "denounced",
                  "lambast",
                  "lambasts",
                  "lambasted",
                  "lambasting",
                  "slammed",
                  "blasted",
                  "attacked",
                  "chided",
                  "scolded"),
              true),
          new Opposites(
              Set.of("accept", "accepts", "accepted", "approve", "approves", "approved"),
              false,
              Set.of(
                  "reject",
                  "rejects",
                  "rejected",
                  "rejecting",
                  "refuse",
                  "refuses",
                  "refused",
                  "refusing",
                  "deny",
                  "denies",
                  "denied",
                  "vetoed",
                  "blocked"),
              true),
          new Opposites(
              Set.of("support", "supports", "supported", "supporting", "backed"),
              false,
              Set.of("oppose", "opposes", "opposed", "opposing"),
              true),
          new Opposites(Set.of("well"), false, Set.of("badly", "poorly"), false),
          new Opposites(
              Set.of("more", "most", "additional", "extra"),
              false,
              Set.of("less", "least", "fewer"),
              false),
          new Opposites(
              Set.of(
                  "continue",
                  "continues",
                  "continued",
                  "continuing",
                  "maintain",
                  "maintains",
                  "maintained",
                  "keep",
                  "keeps",
                  "kept",
                  "keeping",
                  "retain",
                  "retains",
                  "retained"),
              false,
              Set.of(
                  "abandon",
                  "abandons",
                  "abandoned",
                  "abandoning",
                  "forsake",
                  "forsakes",
                  "forsook",
                  "forsaken",
                  "forsaking"),
              false),
          new Opposites(
              Set.of("improve", "improves", "improved", "improving", "better"),
              false,
              Set.of("worsen", "worsens", "worsened", "worsening", "worse"),
              false),
          new Opposites(
              Set.of("peaceful", "calm", "stable"),
              false,
              Set.of("tumultuous", "turbulent", "chaotic", "stormy", "troubled"),
              false),
          new Opposites(
              Set.of("strong", "stronger", "strengthen", "strengthened"),
              false,
              Set.of("weak", "weaker", "weaken", "weakened", "weakening"),
              false),
          new Opposites(
              Set.of("united", "unite", "unites", "uniting", "unity"),
              false,
              Set.of("divided", "divide", "divides", "dividing", "division", "disunity"),
              false),
          new Opposites(
              Set.of("insufficient", "inadequate"),
              false,
              Set.of("sufficient", "adequate", "excessive"),
              false),
          new Opposites(
              Set.of("long", "longer", "longest"),
              false,
              Set.of("short", "shorter", "shortest"),
              false),
          new Opposites(
              Set.of("start", "started", "starts", "begin", "began", "begun", "beginning"),
              false,
              Set.of("end", "ended", "ends"),
              false),
          new Opposites(
              Set.of("continue", "continues", "continued", "continuing"),
              false,
              Set.of("stop", "stops", "stopped", "stopping", "cease", "ceased", "halt", "halted"),
              true),
          // "our western flank" for "our eastern flank"
          new Opposites(Set.of("east", "eastern"), false, Set.of("west", "western"), false),
          new Opposites(Set.of("north", "northern"), false, Set.of("south", "southern"), false));

  /**
   * Words that say something ended or was undone, with no one opposite, or narrow it to one ("work
   * only with Kamala Harris"): a claim with one of them is supported only by a passage with it (or
   * a word of its line).
   */
  static final List<Set<String>> UNDOING =
      List.of(
          Set.of(
              "resign",
              "resigns",
              "resigned",
              "resigning",
              "resignation",
              "step down",
              "stepped down",
              "steps down",
              "stepping down"),
          Set.of(
              "withdraw",
              "withdraws",
              "withdrew",
              "withdrawn",
              "withdrawing",
              "withdrawal",
              "retract",
              "retracted"),
          Set.of("fired", "sacked", "dismiss", "dismissed", "oust", "ousted", "expel", "expelled"),
          Set.of("only", "solely", "exclusively"));

  /**
   * Words that carry no fact of their own in a claim: pronouns, auxiliaries, light verbs, speech
   * verbs, quantifiers and small words the search keeps ("us", "his"). One of them in place of
   * another word is wording.
   */
  private static final Set<String> LIGHT =
      Set.of(
          "i",
          "me",
          "my",
          "mine",
          "we",
          "our",
          "ours",
          "you",
          "your",
          "he",
          "him",
          "his",
          "she",
          "her",
          "hers",
          "its",
          "they",
          "them",
          "their",
          "theirs",
          "himself",
          "herself",
          "itself",
          "themselves",
          "one",
          "ones",
          "am",
          "are",
          "is",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "having",
          "do",
          "does",
          "did",
          "done",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "make",
          "makes",
          "made",
          "making",
          "take",
          "takes",
          "took",
          "taken",
          "taking",
          "get",
          "gets",
          "got",
          "getting",
          "give",
          "gives",
          "gave",
          "given",
          "go",
          "goes",
          "went",
          "gone",
          "going",
          "come",
          "comes",
          "came",
          "keep",
          "keeps",
          "kept",
          "put",
          "puts",
          "let",
          "say",
          "says",
          "said",
          "saying",
          "tell",
          "tells",
          "told",
          "telling",
          "add",
          "adds",
          "added",
          "adding",
          "state",
          "stated",
          "states",
          "remarked",
          "noted",
          "stressed",
          "warned",
          "warns",
          "promised",
          "pledged",
          "vowed",
          "claimed",
          "declared",
          "announced",
          "expressed",
          "explained",
          "insisted",
          "argued",
          "wrote",
          "writes",
          "tweeted",
          "posted",
          "called",
          "describe",
          "described",
          "all",
          "some",
          "any",
          "each",
          "every",
          "both",
          "many",
          "much",
          "more",
          "most",
          "less",
          "few",
          "fewer",
          "other",
          "another",
          "such",
          "same",
          "own",
          "only",
          "also",
          "very",
          "just",
          "even",
          "still",
          "yet",
          "already",
          "now",
          "then",
          "again",
          "so",
          "too",
          "here",
          "there",
          "about",
          "above",
          "after",
          "against",
          "along",
          "alongside",
          "among",
          "around",
          "before",
          "behind",
          "between",
          "beyond",
          "during",
          "from",
          "near",
          "off",
          "out",
          "over",
          "past",
          "since",
          "through",
          "throughout",
          "toward",
          "towards",
          "under",
          "until",
          "up",
          "upon",
          "within",
          "without",
          "down",
          "across",
          "via",
          "per",
          "despite",
          "amid",
          "although",
          "because",
          "though",
          "while",
          "whether",
          "unless",
          "however",
          "mr",
          "mrs",
          "ms");

  /**
   * Whether {@code norm} is a simple past form that does not end in "-ed" ("sent", "took"): the
   * irregular verbs the search's stemming knows ({@link PassageIndex#irregularPast}).
   */
  static boolean pastForm(String norm) {
    return PassageIndex.irregularPast(norm);
  }

  /**
   * Where the claim's verb is, when it tells of the past: its first word in lower case, past the
   * first and before the last, that ends in "-ed" (five letters or more) or is a common irregular
   * past form ("congratulated" of "The NATO secretary general congratulated Trump"; not "united" of
   * "keeping our Alliance united"); -1 for none.
   */
  static int firstPastVerb(List<Words.Word> words) {
    for (int i = 1; i + 1 < words.size(); i++) {
      Words.Word w = words.get(i);
      String n = w.norm();
      if (!w.capital() && (n.length() >= 5 && n.endsWith("ed") || pastForm(n))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a word (its norm, possessive aside) carries a fact of its own ({@link #LIGHT}). */
  static boolean content(String norm) {
    String w = Words.unpossessed(norm.toLowerCase(Locale.ROOT));
    return !LIGHT.contains(w) && w.chars().anyMatch(Character::isLetter);
  }

  /**
   * A word of {@code claim} and one of {@code source} that say the opposite of each other ({@link
   * #OPPOSITES}), where neither side also has a word of the other's set: {claim word, source word}
   * as indices into the two lists, or null.
   */
  static int[] opposed(List<Words.Word> claim, List<Words.Word> source) {
    for (Opposites o : OPPOSITES) {
      for (int pass = 0; pass < 2; pass++) {
        Set<String> mine = pass == 0 ? o.one() : o.other();
        Set<String> theirs = pass == 0 ? o.other() : o.one();
        int c = in(claim, mine);
        int s = in(source, theirs);
        if (c >= 0 && s >= 0 && in(claim, theirs) < 0 && in(source, mine) < 0) {
          return new int[] {c, s};
        }
      }
    }
    // a word and the same word with "un": "unsafe" for "safe"
    if (claim.stream().noneMatch(w -> w.norm().startsWith("un"))
        && source.stream().noneMatch(w -> w.norm().startsWith("un"))) {
      return null;
    }
    for (int c = 0; c < claim.size(); c++) {
      for (int s = 0; s < source.size(); s++) {
        String x = claim.get(c).norm();
        String y = source.get(s).norm();
        if ((unOf(x, y) || unOf(y, x))
            && claim.stream().noneMatch(w -> w.norm().equals(y))
            && source.stream().noneMatch(w -> w.norm().equals(x))) {
          return new int[] {c, s};
        }
      }
    }
    return null;
  }

  /** Whether {@code word} is {@code base} with "un" before it ("unsafe", "safe"; not "unless"). */
  private static boolean unOf(String word, String base) {
    return base.length() >= 4
        && word.length() == base.length() + 2
        && word.startsWith("un")
        && word.endsWith(base)
        && !base.equals("less");
  }

  /**
   * Whether a claim with the word of {@code words} at {@code i} is supported only by a passage that
   * has a word of the same line: one of the opposites marked key ("lost", "left", "criticized",
   * "rejected") or an undoing word ("resigned"). Returns that line's words, or null.
   */
  static Set<String> key(List<Words.Word> words, int i) {
    for (Opposites o : OPPOSITES) {
      if (o.oneKey() && at(words, i, o.one())) {
        return o.one();
      }
      if (o.otherKey() && at(words, i, o.other())) {
        return o.other();
      }
    }
    for (Set<String> line : UNDOING) {
      if (at(words, i, line)) {
        return line;
      }
    }
    return null;
  }

  /**
   * How a passage ({@code passage}) stands to the words of a claim ({@code claim}) that turn it
   * around, the claim's negated words ({@code negated}: "did not resign") aside: the claim's word
   * and the passage's opposite in its place ({@link #OPPOSITES}, neither side with a word of the
   * other's set); else a key word ({@link #key}) the passage lacks, with no passage words; else
   * null.
   */
  static Turn turned(
      List<Words.Word> claim, List<Words.Word> passage, java.util.function.IntPredicate negated) {
    for (Opposites o : OPPOSITES) {
      for (int pass = 0; pass < 2; pass++) {
        Set<String> mine = pass == 0 ? o.one() : o.other();
        Set<String> theirs = pass == 0 ? o.other() : o.one();
        int c = in(claim, mine, negated);
        if (c < 0 || in(passage, mine) >= 0 || in(claim, theirs) >= 0) {
          continue;
        }
        int s = in(passage, theirs);
        if (s >= 0) {
          return new Turn(entry(claim, c, mine), entry(passage, s, theirs));
        }
      }
    }
    for (int i = 0; i < claim.size(); i++) {
      Set<String> line = negated.test(i) ? null : key(claim, i);
      if (line != null && in(passage, line) < 0) {
        return new Turn(entry(claim, i, line), List.of());
      }
    }
    return null;
  }

  /**
   * A claim's words that turn it and the passage's in their place (none: the passage lacks them).
   */
  record Turn(List<Words.Word> claim, List<Words.Word> passage) {}

  /** As {@link #in(List, Set)}, past the words {@code skipped} says to skip. */
  private static int in(
      List<Words.Word> words, Set<String> set, java.util.function.IntPredicate skipped) {
    for (int i = 0; i < words.size(); i++) {
      if (!skipped.test(i) && at(words, i, set)) {
        return i;
      }
    }
    return -1;
  }

  /** Where in {@code words} a word (or two-word entry) of {@code set} starts, or -1. */
  static int in(List<Words.Word> words, Set<String> set) {
    for (int i = 0; i < words.size(); i++) {
      if (at(words, i, set)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a word of {@code set} (or a two-word entry: "stepped down") starts at {@code i}. */
  static boolean at(List<Words.Word> words, int i, Set<String> set) {
    String w = Words.unpossessed(words.get(i).norm());
    return set.contains(w)
        || i + 1 < words.size() && set.contains(w + " " + words.get(i + 1).norm());
  }

  /**
   * The words of the entry of {@code set} at {@code i} of {@code words}: two for a two-word entry
   * ("stepped down"), else one.
   */
  static List<Words.Word> entry(List<Words.Word> words, int i, Set<String> set) {
    boolean two =
        !set.contains(Words.unpossessed(words.get(i).norm()))
            && i + 1 < words.size()
            && set.contains(words.get(i).norm() + " " + words.get(i + 1).norm());
    return words.subList(i, two ? i + 2 : i + 1);
  }
}
