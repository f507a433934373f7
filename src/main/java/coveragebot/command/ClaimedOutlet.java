package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.reply.CheckReply;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * An outlet a claim says reported it ("Khaleej Times reported that ...", "According to Jowhar,
 * ...", "..., Jordan Times wrote"), read against the outlets of the coverage. After a verb of
 * reporting a unique start of an outlet's name will do ("Khaleej reported"), and a name the
 * coverage has no outlet for ("Reuters reported that ...") is read as an outlet it does not hold;
 * after "said", "according to" or before a colon only an outlet's whole name is, or a unique start
 * of two words or more ("According to Radio Romania"), since a person is more often meant ("Jordan
 * said ...").
 *
 * @param outlet the outlet's name as the coverage writes it, or as typed when the coverage has no
 *     such outlet
 * @param rest the claim without the outlet's words
 * @param scope the outlet's articles, for {@link Checker#check(Claim, Checker.Scope)}; null when
 *     the coverage has no such outlet
 */
record ClaimedOutlet(String outlet, String rest, Checker.Scope scope) {

  /** Verbs of an outlet's reporting, not of a person's speech. */
  private static final String REPORTED = "reported|reports|published|publishes|ran|runs";

  /** Verbs an outlet's whole name may take too. */
  private static final String SAID = "wrote|writes|said|says|quoted|quotes";

  private static final String THAT = "(?:\\s+that)?[:,]?\\s+(.+)$";

  /** Khaleej Times reported (that) ... / As reported by Khaleej Times, ... */
  private static final Pattern REPORTED_BEFORE =
      Pattern.compile(
          "^(?:[Aa]s reported by\\s+(.{1,80}?),\\s*(.+)$|(.{1,80}?)\\s+(?:"
              + REPORTED
              + ")"
              + THAT
              + ")");

  /** Jowhar's report says (that) ... */
  private static final Pattern REPORT_SAYS =
      Pattern.compile("^(.{1,80}?)['’]s?\\s+(?:report|article|story)\\s+(?:says|said)" + THAT);

  /** Khaleej Times wrote (that) ... */
  private static final Pattern SAID_BEFORE =
      Pattern.compile("^(.{1,80}?)\\s+(?:" + SAID + ")" + THAT);

  /** According to Khaleej Times, ... / Khaleej Times: ... */
  private static final Pattern ACCORDING_OR_COLON =
      Pattern.compile("^(?:[Aa]ccording to\\s+(.{1,80}?),|(.{1,80}?):)\\s*(.+)$");

  /** ..., according to Khaleej Times. */
  private static final Pattern AFTER_ACCORDING =
      Pattern.compile("^(.+?),?\\s+according to\\s+(.{1,80}?)\\.?$");

  /** ..., Khaleej Times reported. / ..., reported Khaleej Times. */
  private static final Pattern REPORTED_AFTER =
      Pattern.compile(
          "^(.+),\\s*(?:(.{1,80}?)\\s+(?:"
              + REPORTED
              + ")|(?:"
              + REPORTED
              + ")\\s+(.{1,80}?))\\.?$");

  /** ..., Khaleej Times wrote. */
  private static final Pattern SAID_AFTER =
      Pattern.compile("^(.+),\\s*(.{1,80}?)\\s+(?:" + SAID + ")\\.?$");

  /** Khaleej Times reported (that). / According to Jowhar: an outlet, and nothing it reported. */
  private static final Pattern ONLY =
      Pattern.compile(
          "^(?:[Aa]ccording to\\s+(.{1,80}?)|(.{1,80}?)\\s+(?:"
              + REPORTED
              + "|"
              + SAID
              + "))(?:\\s+that)?[.,:]?$");

  /** ... (Jordan Times) */
  private static final Pattern IN_BRACKETS = Pattern.compile("^(.+?)\\s*\\((.{1,80}?)\\)\\.?$");

  /** A name as outlets write theirs: one to five words, each capitalised ("The New York Times"). */
  private static final Pattern A_NAME =
      Pattern.compile("^(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.&'-]*(?:\\s+\\p{Lu}[\\p{L}.&'-]*){0,4}$");

  /** Capitalised words that name no outlet before "reported" ("It reported that ..."). */
  private static final Set<String> NO_OUTLET =
      Set.of(
          "it", "he", "she", "they", "we", "i", "you", "as", "this", "that", "media", "officials");

  /**
   * Words one of the patterns above needs, as they are written in them: a claim with none of them
   * names no outlet, and the nine patterns are not tried (they took an eighth of /check's time on
   * claims found as typed).
   */
  private static final List<String> NEEDED =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of((REPORTED + "|" + SAID).split("\\|")),
              java.util.stream.Stream.of("ccording to", ":", "("))
          .toList();

  private static boolean mayName(String text) {
    for (String word : NEEDED) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The verdicts that find the claim in the articles looked in. */
  private static final Set<String> FOUND = Set.of("verbatim", "variant", "supported");

  /** Whether what is left of the claim has words to check. */
  boolean empty() {
    return Words.of(rest.replaceFirst("^(?i)that\\b", "")).isEmpty();
  }

  /**
   * The verdict on {@code claim} as reported by this outlet, from {@code verdict} (a claim within a
   * scope of articles, null for all): the outlet's articles are checked first; a claim they do not
   * hold as claimed but others do is a {@code mismatch} on the outlet, with the others' passages as
   * evidence against it; any other gets the verdict over the whole coverage, with an {@code outlet}
   * difference when its sources are other outlets'. An outlet the coverage does not have gets the
   * verdict over the whole coverage, and a note saying so.
   */
  CheckReply judged(Claim claim, BiFunction<Claim, Checker.Scope, CheckReply> verdict) {
    if (scope == null) {
      return Checker.noted(
          verdict.apply(claim, null),
          "The coverage has no outlet called \""
              + CommandLineParser.clip(outlet)
              + "\" (/sources lists them), so what it reported cannot be checked; the verdict is"
              + " over every outlet's articles.");
    }
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
              "Other outlets print it as the claim has it ("
                  + outletsOf(anywhere.evidence())
                  + ").")
          : there;
    }
    List<CheckReply.Evidence> evidence =
        anywhere.evidence().stream()
            .map(e -> new CheckReply.Evidence(e.excerpt(), e.speaker(), false))
            .toList();
    String other =
        anywhere.evidence().stream()
            .map(e -> e.excerpt().source().outlet())
            .filter(o -> !o.equals(outlet))
            .findFirst()
            .orElse(null);
    boolean outletsOnly =
        other != null
            && anywhere.evidence().stream()
                .noneMatch(e -> e.excerpt().source().outlet().equals(outlet));
    List<CheckReply.Difference> differences = new ArrayList<>();
    if (outletsOnly && (elsewhere || anywhere.verdict().equals("mismatch"))) {
      differences.add(new CheckReply.Difference("outlet", outlet, other));
    }
    differences.addAll(anywhere.differences());
    String note =
        "Not found as claimed in the articles of "
            + outlet
            + "; "
            + (anywhere.evidence().isEmpty()
                ? "nor elsewhere."
                : (elsewhere ? "the evidence below is from " : "the passages below are from ")
                    + outletsOf(anywhere.evidence())
                    + ".");
    return new CheckReply(
        claim.text(),
        elsewhere ? "mismatch" : anywhere.verdict(),
        claim.speaker(),
        differences,
        elsewhere ? evidence : anywhere.evidence(),
        Checker.notes(anywhere.note(), note));
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
    private final Outlets outlets;

    /** Over {@code articles} (numbered as the check's scope numbers them) and their outlets. */
    Known(List<Article> articles, Outlets outlets) {
      this.articles = articles;
      this.outlets = outlets;
    }

    /** The outlet {@code typed} names whole (any case, "the" before it or not), or null. */
    String name(String typed) {
      if (typed == null) {
        return null;
      }
      String t = typed.strip();
      if (t.toLowerCase(Locale.ROOT).startsWith("the ") && outlets.whole(t) == null) {
        t = t.substring(4).strip();
      }
      return outlets.whole(t);
    }

    /**
     * The outlet {@code typed} names whole or by a unique start ("Khaleej", "Radio Romania"); as
     * typed when it is a name the coverage has no outlet for ("Reuters", "AFP"); else null.
     */
    private String reporter(String typed) {
      String whole = name(typed);
      if (whole != null
          || typed == null
          || !A_NAME.matcher(typed.strip()).matches()
          || NO_OUTLET.contains(typed.strip().toLowerCase(Locale.ROOT))) {
        return whole;
      }
      List<String> starts = outlets.starting(typed.strip().replaceFirst("^(?i)the\\s+", ""));
      return starts.size() == 1 ? starts.getFirst() : starts.isEmpty() ? typed.strip() : null;
    }

    /**
     * The outlet {@code typed} names whole, or by a unique start of two words or more ("According
     * to Radio Romania" for Radio Romania International: no person is meant by a start that long);
     * else null.
     */
    private String longStart(String typed) {
      String whole = name(typed);
      if (whole != null || typed == null || !A_NAME.matcher(typed.strip()).matches()) {
        return whole;
      }
      String t = typed.strip().replaceFirst("^(?i)the\\s+", "");
      if (t.split("\\s+").length < 2) {
        return null;
      }
      List<String> starts = outlets.starting(t);
      return starts.size() == 1 ? starts.getFirst() : null;
    }

    /** The outlet a claim says reported it, and the claim without it; or null. */
    ClaimedOutlet in(String claim) {
      String text = claim.strip();
      if (!mayName(text)) {
        return null;
      }
      Matcher m;
      if ((m = ONLY.matcher(text)).matches()) {
        String who = m.group(1) != null ? name(m.group(1)) : reporter(m.group(2));
        if (who != null) {
          return named(who, "");
        }
      }
      if ((m = REPORTED_BEFORE.matcher(text)).matches()) {
        boolean as = m.group(1) != null;
        String who = reporter(as ? m.group(1) : m.group(3));
        if (who != null) {
          return named(who, as ? m.group(2) : m.group(4));
        }
      }
      if ((m = REPORT_SAYS.matcher(text)).matches() && reporter(m.group(1)) != null) {
        return named(reporter(m.group(1)), m.group(2));
      }
      if ((m = SAID_BEFORE.matcher(text)).matches() && name(m.group(1)) != null) {
        return named(name(m.group(1)), m.group(2));
      }
      if ((m = ACCORDING_OR_COLON.matcher(text)).matches()) {
        String named = longStart(m.group(1) != null ? m.group(1) : m.group(2));
        if (named != null) {
          return named(named, m.group(3));
        }
      }
      if ((m = REPORTED_AFTER.matcher(text)).matches()) {
        String who = reporter(m.group(2) != null ? m.group(2) : m.group(3));
        if (who != null) {
          return named(who, m.group(1));
        }
      }
      if (((m = AFTER_ACCORDING.matcher(text)).matches()
              || (m = SAID_AFTER.matcher(text)).matches()
              || (m = IN_BRACKETS.matcher(text)).matches())
          && name(m.group(2)) != null) {
        return named(name(m.group(2)), m.group(1));
      }
      return null;
    }

    /**
     * The claim {@code rest} as reported by {@code outlet} (a name as the coverage writes it, or
     * one it has no outlet for).
     */
    ClaimedOutlet named(String outlet, String rest) {
      if (outlets.whole(outlet) == null) {
        return new ClaimedOutlet(outlet, rest.strip(), null);
      }
      BitSet which = new BitSet(articles.size());
      LongStream.Builder passages = LongStream.builder();
      for (int a = 0; a < articles.size(); a++) {
        if (articles.get(a).source().outlet().equals(outlet)) {
          which.set(a);
          articles.get(a).passages().forEach(p -> passages.add(p.id()));
        }
      }
      return new ClaimedOutlet(
          outlet, rest.strip(), new Checker.Scope(which, passages.build().toArray()));
    }
  }
}
