package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.reply.CheckReply.Evidence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds passages that state a claim in other words: search proposes passages, and a passage
 * supports the claim only when it has most of the claim's words (stemmed) and every name and number
 * of the claim (exactly), so a paraphrase with a wrong figure or person never counts.
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
   * The passages search proposes for the claim, best first: enough for {@link #supporting} and
   * {@link #nearest}, so that a claim neither supported nor found is searched for once.
   */
  List<Hit> proposed(String claim) {
    return index.search(claim, CANDIDATES);
  }

  /**
   * The passages of {@code proposed} ({@link #proposed}) that support the claim, in its order: the
   * first only, unless {@code all}.
   */
  List<Evidence> supporting(String claim, List<Hit> proposed, boolean all) {
    return supportingAmong(
        claim, proposed.stream().map(h -> corpus.passages().get(h.passageId())).toList(), all);
  }

  /**
   * The passages of {@code passages} that support the claim, in order: the first only, unless
   * {@code all}.
   */
  List<Evidence> supportingAmong(String claim, List<Passage> passages, boolean all) {
    Set<String> terms = new HashSet<>(index.terms(claim));
    List<Words.Word> words = Words.of(claim);
    if (terms.size() < 2) {
      return List.of();
    }
    List<Evidence> out = new java.util.ArrayList<>();
    for (Passage p : passages) {
      Set<String> has = new HashSet<>(index.terms(p.text()));
      long shared = terms.stream().filter(has::contains).count();
      Set<String> exact = new HashSet<>();
      Words.norms(Words.of(p.text())).forEach(w -> exact.add(Words.unpossessed(w)));
      boolean facts =
          words.stream()
              .filter(w -> fact(claim, w))
              .allMatch(w -> exact.contains(Words.unpossessed(w.norm())));
      if (facts && shared >= SUPPORT * terms.size()) {
        out.add(evidence.passage(p, true));
        if (!all) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * A name or number the passage must have: a capital mid-sentence, or a first word never in lower
   * case in the coverage ("Japan will ...", not "The ...").
   */
  private boolean fact(String claim, Words.Word w) {
    if (w.capital() || w.norm().chars().anyMatch(Character::isDigit)) {
      return true;
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
