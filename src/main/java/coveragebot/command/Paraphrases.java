package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.reply.CheckReply.Difference;
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
  List<Hit> proposed(String claim, Checker.Scope only) {
    return only == null
        ? index.search(claim, CANDIDATES)
        : index.search(claim, CANDIDATES, only.passages());
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
   * A passage that states the claim but for its dates or numbers, and what it has in their place:
   * the first passage of {@code proposed} ({@link #proposed}) with the claim's share of words
   * ({@link #SUPPORT}) and every name, where each date or number of the claim it lacks has one of
   * that kind the claim does not ("Thursday" where it says "Wednesday"); or null. A claim that
   * changes a fact in other words is a mismatch, not a claim the coverage does not hold.
   */
  Contradiction contradicting(String claim, List<Hit> proposed) {
    Set<String> terms = new HashSet<>(index.terms(claim));
    List<Words.Word> words = Words.of(claim);
    if (terms.size() < 2) {
      return null;
    }
    for (Hit h : proposed) {
      Passage p = corpus.passages().get(h.passageId());
      Set<String> has = new HashSet<>(index.terms(p.text()));
      if (terms.stream().filter(has::contains).count() < SUPPORT * terms.size()) {
        continue;
      }
      List<Words.Word> text = Words.of(p.text());
      Set<String> exact = new HashSet<>();
      text.forEach(w -> exact.add(Words.unpossessed(w.norm())));
      List<Difference> changed = new java.util.ArrayList<>();
      for (Words.Word w : words) {
        if (!fact(claim, w) || exact.contains(Words.unpossessed(w.norm()))) {
          continue;
        }
        Words.Word instead = insteadOf(w, words, text);
        if (instead == null) {
          changed = null; // a name, or a fact with nothing of its kind in its place
          break;
        }
        changed.add(new Difference(Differences.factKind(w), w.norm(), instead.norm()));
      }
      if (changed != null && !changed.isEmpty()) {
        return new Contradiction(evidence.passage(p, false), changed);
      }
    }
    return null;
  }

  /** A passage that states a claim with other dates or numbers, and the differences. */
  record Contradiction(Evidence against, List<Difference> differences) {}

  /**
   * The word of {@code text} of {@code fact}'s sort ({@link Differences#factSort}: a day, month,
   * year or other number) that is none of the claim's words, or null ("Wednesday" for "Thursday",
   * "32" for "30"): the first with the fact's neighbour in the claim beside it ("32-member" for
   * "30-member"), else the first.
   */
  private static Words.Word insteadOf(
      Words.Word fact, List<Words.Word> claim, List<Words.Word> text) {
    String sort = Differences.factSort(fact);
    if (sort == null) {
      return null;
    }
    Set<String> claimed = new HashSet<>();
    claim.forEach(w -> claimed.add(Words.unpossessed(w.norm())));
    int at = claim.indexOf(fact);
    String before = at > 0 ? claim.get(at - 1).norm() : null;
    String after = at + 1 < claim.size() ? claim.get(at + 1).norm() : null;
    Words.Word first = null;
    for (int i = 0; i < text.size(); i++) {
      Words.Word w = text.get(i);
      if (!sort.equals(Differences.factSort(w)) || claimed.contains(Words.unpossessed(w.norm()))) {
        continue;
      }
      if (i > 0 && text.get(i - 1).norm().equals(before)
          || i + 1 < text.size() && text.get(i + 1).norm().equals(after)) {
        return w;
      }
      if (first == null) {
        first = w;
      }
    }
    return first;
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
