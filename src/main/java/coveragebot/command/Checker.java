package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final List<List<Words.Word>> articleWords = new ArrayList<>();
  private final CheckEvidence evidence;
  private final Paraphrases paraphrases;

  Checker(Corpus corpus, CheckEvidence evidence, Paraphrases paraphrases) {
    this.articles = corpus.articles();
    for (Article a : articles) {
      articleWords.add(Words.of(a.text()));
    }
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
      List<Words.Word> text = articleWords.get(best.article);
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

  /** Every place whose words equal the claim's, in article order. */
  private List<Found> exact(List<Words.Word> words, String body) {
    List<String> claim = Words.norms(words);
    List<Found> out = new ArrayList<>();
    for (int a = 0; a < articles.size() && out.size() < MAX_EVIDENCE; a++) {
      List<Words.Word> text = articleWords.get(a);
      String source = articles.get(a).text();
      for (int i = 0; i + claim.size() <= text.size(); i++) {
        if (!Words.norms(text.subList(i, i + claim.size())).equals(claim)) {
          continue;
        }
        Difference punctuation = null;
        for (int k = 0; k + 1 < claim.size() && punctuation == null; k++) {
          String mine = Words.gap(body, words, k);
          String theirs = Words.gap(source, text, i + k);
          if (!mine.equals(theirs)) {
            String left = claim.get(k);
            String right = " " + claim.get(k + 1);
            punctuation = new Difference("punctuation", left + mine + right, left + theirs + right);
          }
        }
        int end = text.get(i + claim.size() - 1).end();
        out.add(
            new Found(evidence.span(articles.get(a), text.get(i).start(), end, true), punctuation));
      }
    }
    return out;
  }

  private record Aligned(int article, Alignment.Region region) {}

  private Aligned closest(List<Words.Word> words) {
    List<String> claim = Words.norms(words);
    return java.util.stream.IntStream.range(0, articles.size())
        .mapToObj(a -> new Aligned(a, Alignment.best(claim, Words.norms(articleWords.get(a)))))
        .filter(x -> x.region.matches() > 0)
        .max(
            Comparator.comparingInt((Aligned x) -> x.region.score()).thenComparing(x -> -x.article))
        .orElse(null);
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
