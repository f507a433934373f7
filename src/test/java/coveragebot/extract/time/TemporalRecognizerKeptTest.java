package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.extract.time.TemporalRecognizer.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The readings the recognizer keeps are those the library's sort and an overlap test over the kept
 * ones choose (the code {@link TemporalRecognizer#kept} replaced), on random candidates crowded
 * into a short text so that most overlap, tie in length or share a start.
 */
class TemporalRecognizerKeptTest {
  private static List<Candidate> reference(List<Candidate> candidates) {
    List<Candidate> all = new ArrayList<>(candidates);
    all.sort(
        Comparator.comparingInt((Candidate c) -> c.start() - c.end())
            .thenComparing(Candidate::rule)
            .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  @Test
  void keepsWhatTheLibrarySortAndOverlapTestKeep() {
    Random random = new Random(7);
    TemporalRule[] rules = TemporalRule.values();
    int kept = 0;
    for (int round = 0; round < 20_000; round++) {
      int textLength = 1 + random.nextInt(80);
      int n = random.nextInt(40);
      List<Candidate> candidates = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        TemporalRule rule = rules[random.nextInt(Math.min(rules.length, 1 + random.nextInt(4)))];
        int start = random.nextInt(textLength);
        int end = Math.min(textLength, start + 1 + random.nextInt(12));
        if (seen.add(rule + " " + start)) { // a rule matches at most once from a start
          candidates.add(new Candidate(rule, start, end, null));
        }
      }
      List<Candidate> expected = reference(candidates);
      assertThat(TemporalRecognizer.kept(new ArrayList<>(candidates)))
          .as("round %d: %s", round, candidates)
          .isEqualTo(expected);
      kept += expected.size();
    }
    assertThat(kept).isGreaterThan(20_000); // the rounds keep something to compare
  }
}
