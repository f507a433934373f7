package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a verdict for a claim. Exact matches are found on the original article text word by word
 * (never on stemmed search terms, so "works with" is no hit for "work with"); close versions by
 * word alignment; paraphrases by search ({@link Paraphrases}).
 */
final class Checker {
  /** Share of the claim's words a source must have, in order, to be the same statement. */
  static final double SAME_STATEMENT = 0.5;

  private static final int MAX_EVIDENCE = 5;

  private final List<Article> articles;
  private final CoverageWords coverage;
  private final CheckEvidence evidence;
  private final Paraphrases paraphrases;

  Checker(CoverageWords coverage, CheckEvidence evidence, Paraphrases paraphrases) {
    this.articles = coverage.articles();
    this.coverage = coverage;
    this.evidence = evidence;
    this.paraphrases = paraphrases;
  }

  CheckReply check(Claim claim) {
    List<Words.Word> words = Words.of(claim.body());
    List<Found> sameWords = exact(words, claim.body());
    List<Evidence> exact =
        sameWords.stream().filter(f -> f.punctuation() == null).map(Found::evidence).toList();
    if (!exact.isEmpty()) {
      List<Difference> who = speakerDifferences(claim, exact);
      String verdict = who.isEmpty() ? "verbatim" : "mismatch";
      return new CheckReply(
          claim.text(), verdict, claim.speaker(), who, exact, speakerNote(claim, exact));
    }
    if (!sameWords.isEmpty()) {
      // the same words with other punctuation inside: close, but not the source's exact words
      List<Evidence> shown = sameWords.stream().map(Found::evidence).toList();
      List<Difference> diffs = new ArrayList<>(speakerDifferences(claim, shown));
      String verdict = diffs.isEmpty() ? "variant" : "mismatch";
      sameWords.stream().map(Found::punctuation).distinct().forEach(diffs::add);
      return new CheckReply(
          claim.text(), verdict, claim.speaker(), diffs, shown, speakerNote(claim, shown));
    }
    Aligned best = closest(words);
    boolean same =
        best != null
            && best.region.matches() >= Math.min(3, words.size())
            && best.region.matches() >= SAME_STATEMENT * words.size();
    if (same) {
      List<Words.Word> text = Words.of(articles.get(best.article).text());
      Alignment.Region wide = Alignment.widened(best.region, words.size(), text.size());
      List<Words.Word> source = text.subList(wide.from(), wide.to());
      Article a = articles.get(best.article);
      Evidence shown = evidence.span(a, source.getFirst().start(), source.getLast().end(), true);
      List<Difference> diffs = new ArrayList<>(Differences.between(words, source));
      diffs.addAll(speakerDifferences(claim, List.of(shown)));
      if (Differences.significant(diffs)) {
        Evidence against = new Evidence(shown.excerpt(), shown.speaker(), false);
        return new CheckReply(
            claim.text(), "mismatch", claim.speaker(), diffs, List.of(against), null);
      }
      if (claim.quoted()) {
        return new CheckReply(
            claim.text(),
            "variant",
            claim.speaker(),
            diffs,
            List.of(shown),
            speakerNote(claim, List.of(shown)));
      }
    }
    if (!claim.quoted()) {
      List<Evidence> found = paraphrases.supporting(claim.body());
      if (!found.isEmpty()) {
        return new CheckReply(claim.text(), "supported", claim.speaker(), List.of(), found, null);
      }
    }
    return new CheckReply(
        claim.text(),
        "not_found",
        claim.speaker(),
        List.of(),
        paraphrases.nearest(claim.body()),
        paraphrases.languageNote(words));
  }

  /** A place with the claim's words; {@code punctuation} says how its inner punctuation differs. */
  private record Found(Evidence evidence, Difference punctuation) {}

  /**
   * Every place whose words equal the claim's, in article order (up to the article where the fifth
   * is found). Only the articles that may have every pair of neighbouring words of the claim are
   * read.
   */
  private List<Found> exact(List<Words.Word> words, String body) {
    List<String> claim = Words.norms(words);
    List<Found> out = new ArrayList<>();
    int[] ids = coverage.ids(claim);
    var candidates = coverage.mayHaveInARow(ids);
    WordCodes.Phrase phrase = new WordCodes.Phrase(ids);
    while (candidates.hasNext() && out.size() < MAX_EVIDENCE) {
      int a = candidates.nextInt();
      String source = articles.get(a).text();
      for (int i : coverage.positions(a, phrase)) {
        int[] text = coverage.bounds(a, i, claim.size()); // the found words' offsets
        Difference punctuation = null;
        for (int k = 0; k + 1 < claim.size() && punctuation == null; k++) {
          String mine = Words.gap(body, words, k);
          String theirs = Words.gap(source, text, k);
          if (!mine.equals(theirs)) {
            String left = claim.get(k);
            String right = " " + claim.get(k + 1);
            punctuation = new Difference("punctuation", left + mine + right, left + theirs + right);
          }
        }
        int end = text[2 * claim.size() - 1];
        out.add(new Found(evidence.span(articles.get(a), text[0], end, true), punctuation));
      }
    }
    return out;
  }

  /** Where a claim lines up best: the article's number and the region. */
  record Aligned(int article, Alignment.Region region) {}

  /**
   * The article where the claim lines up best (highest score; on a tie the first article), or null
   * when no article has any of its words. An alignment scores at most {@code 2} per claim word the
   * article has, so articles are aligned from the most promising down, and the search stops when no
   * article left can beat (or tie with an earlier article than) the best so far; within that, an
   * article whose words' pairs bound its score below the best ({@link
   * CoverageWords#alignmentBound}) is not read. The answer is the one aligning every article would
   * give (CheckerTest compares the two).
   */
  Aligned closest(List<Words.Word> words) {
    List<String> claim = Words.norms(words);
    int[] ids = coverage.ids(claim);
    long[] pairs = CoverageWords.pairHashes(ids);
    int[] present = coverage.presentCounts(claim);
    int[][] byCount = new int[claim.size() + 1][];
    int[] sizes = new int[claim.size() + 1];
    for (int count : present) {
      sizes[count]++;
    }
    for (int u = 1; u <= claim.size(); u++) {
      byCount[u] = new int[sizes[u]];
      sizes[u] = 0;
    }
    for (int a = 0; a < present.length; a++) {
      int u = present[a];
      if (u > 0) {
        byCount[u][sizes[u]++] = a;
      }
    }
    Aligned best = null;
    for (int u = claim.size(); u >= 1; u--) {
      int bound = Alignment.MATCH * u;
      if (best != null && bound < best.region.score()) {
        break;
      }
      for (int a : byCount[u]) {
        if (best != null
            && (bound < best.region.score()
                || (bound == best.region.score() && a > best.article))) {
          break;
        }
        if (best != null) {
          // a claim of common words: thousands of articles have them all, scattered
          int cap = coverage.alignmentBound(a, ids, pairs);
          if (cap < best.region.score() || (cap == best.region.score() && a > best.article)) {
            continue;
          }
        }
        Alignment.Region r = Alignment.best(ids, coverage.words(a));
        if (r.matches() > 0
            && (best == null
                || r.score() > best.region.score()
                || (r.score() == best.region.score() && a < best.article))) {
          best = new Aligned(a, r);
        }
      }
    }
    return best;
  }

  /** A speaker difference when the claim names someone and every known speaker is someone else. */
  private static List<Difference> speakerDifferences(Claim claim, List<Evidence> found) {
    if (claim.speaker() == null) {
      return List.of();
    }
    List<String> known = found.stream().map(Evidence::speaker).filter(s -> s != null).toList();
    if (known.isEmpty()
        || known.stream().anyMatch(s -> CheckEvidence.sameName(claim.speaker(), s))) {
      return List.of();
    }
    return List.of(new Difference("speaker", claim.speaker(), known.getFirst()));
  }

  private static String speakerNote(Claim claim, List<Evidence> found) {
    if (claim.speaker() != null && found.stream().allMatch(e -> e.speaker() == null)) {
      return "The sources do not say who said these words, so \""
          + claim.speaker()
          + "\" could not be confirmed.";
    }
    return null;
  }
}
