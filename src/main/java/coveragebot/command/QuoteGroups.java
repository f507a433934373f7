package coveragebot.command;

import coveragebot.extract.Quotation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the same words carried by several outlets (agency copy) so that each is shown once. Two
 * quotes are the same words when their word pairs nearly coincide, whatever the quote style, case
 * or a cut.
 */
final class QuoteGroups {
  private QuoteGroups() {}

  /** Word-pair overlap from which two quotations count as the same words. */
  static final double SAME_WORDS = 0.6;

  /** A group being built: the first (best) quotation and its copies in other files. */
  static final class Group {
    final Quotation best;
    final List<Quotation> copies = new ArrayList<>();
    final Set<String> files = new HashSet<>();
    private final long[] shingles;
    private final List<String> words;

    Group(Quotation best, long[] shingles, List<String> words) {
      this.best = best;
      this.shingles = shingles;
      this.words = words;
      files.add(best.file());
    }
  }

  /**
   * {@code ranked} best first; each quotation joins the first group it copies, in another file.
   * Only the groups that share a word pair with it, or all its words, can be copied: they are found
   * through look-ups, not by comparing with every group so far (thousands of quotations hold
   * "the").
   */
  static List<Group> of(List<Quotation> ranked) {
    List<Group> groups = new ArrayList<>();
    Map<Long, List<Integer>> byPair = new HashMap<>();
    Map<List<String>, List<Integer>> byWords = new HashMap<>();
    BitSet candidates = new BitSet();
    for (Quotation q : ranked) {
      long[] sh = Text.shingles(q.text());
      List<String> words = Text.words(q.text());
      candidates.clear();
      for (long pair : sh) {
        byPair.getOrDefault(pair, List.of()).forEach(candidates::set);
      }
      byWords.getOrDefault(words, List.of()).forEach(candidates::set);
      Group home = null;
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        Group g = groups.get(i);
        if (!g.files.contains(q.file()) && same(g.shingles, sh, g.words, words)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        Integer number = groups.size();
        groups.add(new Group(q, sh, words));
        for (long pair : sh) {
          byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(number);
        }
        byWords.computeIfAbsent(words, k -> new ArrayList<>()).add(number);
      } else {
        home.copies.add(q);
        home.files.add(q.file());
      }
    }
    return groups;
  }

  /** Shared word pairs enough, or (a short fragment such as "no doubt" has few) the same words. */
  private static boolean same(long[] a, long[] b, List<String> wa, List<String> wb) {
    return Text.jaccard(a, b) >= SAME_WORDS || wa.equals(wb);
  }
}
