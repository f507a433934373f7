package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.reply.CheckReply;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outlet a claim says reported it ("Khaleej Times reported that ...", "According to Jowhar,
 * ...", "..., Jordan Times wrote"), read against the outlets of the coverage: a name that is no
 * outlet of the coverage is left to the claim (a speaker, or words to find).
 *
 * @param outlet the outlet's name as the coverage writes it
 * @param rest the claim without the outlet's words
 * @param scope the outlet's articles, for {@link Checker#check(Claim, Checker.Scope)}
 */
record ClaimedOutlet(String outlet, String rest, Checker.Scope scope) {

  private static final String VERBS =
      "reported|reports|wrote|writes|published|publishes|said|says|quoted|quotes|ran";

  /** Khaleej Times reported (that) ... */
  private static final Pattern BEFORE =
      Pattern.compile("^(.{1,80}?)\\s+(?:" + VERBS + ")(?:\\s+that)?[:,]?\\s+(.+)$");

  /** According to Khaleej Times, ... / Khaleej Times: ... */
  private static final Pattern ACCORDING_OR_COLON =
      Pattern.compile("^(?:[Aa]ccording to\\s+(.{1,80}?),|(.{1,80}?):)\\s*(.+)$");

  /** ..., according to Khaleej Times. */
  private static final Pattern AFTER_ACCORDING =
      Pattern.compile("^(.+?),?\\s+according to\\s+(.{1,80}?)\\.?$");

  /** ..., Khaleej Times reported. */
  private static final Pattern AFTER =
      Pattern.compile("^(.+),\\s*(.{1,80}?)\\s+(?:" + VERBS + ")\\.?$");

  /** The verdicts that find the claim in the articles looked in. */
  private static final java.util.Set<String> FOUND =
      java.util.Set.of("verbatim", "variant", "supported");

  /**
   * The verdict on {@code claim} as reported by this outlet, from {@code verdict} (a claim within a
   * scope of articles, null for all): the outlet's articles are checked first; a claim they do not
   * hold but others do is a {@code mismatch} on the outlet, with the others' passages as evidence
   * against it; one no article holds gets the verdict over the whole coverage.
   */
  CheckReply judged(Claim claim, BiFunction<Claim, Checker.Scope, CheckReply> verdict) {
    CheckReply there = verdict.apply(claim, scope);
    if (FOUND.contains(there.verdict())) {
      return there;
    }
    CheckReply anywhere = verdict.apply(claim, null);
    boolean elsewhere = FOUND.contains(anywhere.verdict());
    if (there.verdict().equals("mismatch")) {
      // the outlet printed another version: that is the answer, and whether others printed it
      return elsewhere
          ? Checker.noted(
              there,
              "Other outlets carry it as the claim has it ("
                  + outletsOf(anywhere.evidence())
                  + ").")
          : there;
    }
    List<CheckReply.Evidence> others =
        anywhere.evidence().stream()
            .filter(CheckReply.Evidence::supports)
            .map(e -> new CheckReply.Evidence(e.excerpt(), e.speaker(), false))
            .toList();
    if (elsewhere && !others.isEmpty()) {
      List<CheckReply.Difference> differences = new java.util.ArrayList<>();
      differences.add(
          new CheckReply.Difference(
              "outlet", outlet, others.getFirst().excerpt().source().outlet()));
      differences.addAll(anywhere.differences());
      return new CheckReply(
          claim.text(),
          "mismatch",
          claim.speaker(),
          differences,
          others,
          Checker.notes(
              anywhere.note(),
              "Nothing close in "
                  + outlet
                  + "'s articles; other outlets carry it ("
                  + outletsOf(others)
                  + ")."));
    }
    return Checker.noted(
        anywhere,
        "Nothing close in " + outlet + "'s articles; the verdict is over the whole coverage.");
  }

  /** The outlets of {@code evidence}, in order, each once. */
  private static String outletsOf(List<CheckReply.Evidence> evidence) {
    return String.join(
        ", ", evidence.stream().map(e -> e.excerpt().source().outlet()).distinct().toList());
  }

  /**
   * The coverage's outlets, by name in any case; an outlet's articles are listed when a claim names
   * it (kept for every outlet, their passage ids would cost 8 bytes of heap per passage).
   */
  static final class Known {
    private final List<Article> articles;
    private final Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    Known(List<Article> articles) {
      this.articles = articles;
      for (Article a : articles) {
        names.putIfAbsent(a.source().outlet(), a.source().outlet());
      }
    }

    /** The outlet {@code typed} names exactly (any case, "the" before it or not), or null. */
    String name(String typed) {
      if (typed == null) {
        return null;
      }
      String t = typed.strip();
      if (t.toLowerCase(Locale.ROOT).startsWith("the ") && !names.containsKey(t)) {
        t = t.substring(4).strip();
      }
      return names.get(t);
    }

    /** The outlet a claim says reported it, and the claim without it; or null. */
    ClaimedOutlet in(String claim) {
      String text = claim.strip();
      Matcher m;
      if ((m = BEFORE.matcher(text)).matches() && name(m.group(1)) != null) {
        return named(name(m.group(1)), m.group(2));
      }
      if ((m = ACCORDING_OR_COLON.matcher(text)).matches()) {
        String named = name(m.group(1) != null ? m.group(1) : m.group(2));
        if (named != null) {
          return named(named, m.group(3));
        }
      }
      if (((m = AFTER_ACCORDING.matcher(text)).matches() || (m = AFTER.matcher(text)).matches())
          && name(m.group(2)) != null) {
        return named(name(m.group(2)), m.group(1));
      }
      return null;
    }

    /** The claim {@code rest} as reported by {@code outlet} (a name as the coverage writes it). */
    ClaimedOutlet named(String outlet, String rest) {
      BitSet which = new BitSet(articles.size());
      List<Long> passages = new java.util.ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        if (articles.get(a).source().outlet().equals(outlet)) {
          which.set(a);
          articles.get(a).passages().forEach(p -> passages.add((long) p.id()));
        }
      }
      long[] ids = passages.stream().mapToLong(Long::longValue).toArray();
      return new ClaimedOutlet(outlet, rest.strip(), new Checker.Scope(which, ids));
    }
  }
}
