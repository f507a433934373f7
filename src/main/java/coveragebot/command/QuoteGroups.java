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
   * "the"). Whether a group's words are copied depends on the texts alone, so it is worked out once
   * per distinct text and group (agency copy repeats one text in many articles): only the check of
   * the file is made per quotation.
   */
  static List<Group> of(List<Quotation> ranked) {
    return of(ranked, new long[1]);
  }

  /** As {@link #of(List)}, counting in {@code compared[0]} the texts compared with a group. */
  static List<Group> of(List<Quotation> ranked, long[] compared) {
    List<Group> groups = new ArrayList<>();
    Map<Long, List<Integer>> byPair = new HashMap<>();
    Map<List<String>, List<Integer>> byWords = new HashMap<>();
    Map<String, Wording> wordings = new HashMap<>();
    BitSet candidates = new BitSet();
    for (Quotation q : ranked) {
      Wording w = wordings.computeIfAbsent(q.text(), Wording::new);
      if (w.checked < groups.size()) {
        // the groups made since this text was last seen: which of them it copies
        candidates.clear();
        for (long pair : w.shingles) {
          setFrom(telling(byPair.get(pair)), w.checked, candidates);
        }
        setFrom(telling(byWords.get(w.words)), w.checked, candidates);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
          Group g = groups.get(i);
          compared[0]++;
          if (same(g.shingles, w.shingles, g.words, w.words)) {
            w.copies.add(i);
          }
        }
        w.checked = groups.size();
      }
      Group home = null;
      for (int k = 0; k < w.copies.size() && home == null; k++) {
        Group g = groups.get(w.copies.get(k));
        if (!g.files.contains(q.file())) {
          home = g;
        }
      }
      if (home == null) {
        Integer number = groups.size();
        groups.add(new Group(q, w.shingles, w.words));
        for (long pair : w.shingles) {
          byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(number);
        }
        byWords.computeIfAbsent(w.words, k -> new ArrayList<>()).add(number);
      } else {
        home.copies.add(q);
        home.files.add(q.file());
      }
    }
    return groups;
  }

  /**
   * One distinct text: its word pairs and words, and the groups (in order) whose words it copies
   * among the first {@code checked}.
   */
  private static final class Wording {
    final long[] shingles;
    final List<String> words;
    final List<Integer> copies = new ArrayList<>();
    int checked;

    Wording(String text) {
      shingles = Text.shingles(text);
      words = Text.words(text);
    }
  }

  /**
   * Past this many groups, a word pair (or a list of words) is too common to tell copies apart and
   * finds no candidates: every quotation holding it would be compared with every group holding it,
   * and remember those it copies. Copies share rarer pairs too. Without the limit, 80,000
   * near-identical quotations over 20 files ("We will stay united 1", "... 2", ...: a dump, not
   * coverage) ran two and a half minutes and out of memory.
   */
  static final int COMMON = 1_000;

  private static List<Integer> telling(List<Integer> groups) {
    return groups == null || groups.size() > COMMON ? null : groups;
  }

  /** Sets the group numbers of {@code ascending} from {@code from} on. */
  private static void setFrom(List<Integer> ascending, int from, BitSet out) {
    for (int i = ascending == null ? -1 : ascending.size() - 1; i >= 0; i--) {
      int g = ascending.get(i);
      if (g < from) {
        return;
      }
      out.set(g);
    }
  }

  /** Shared word pairs enough, or (a short fragment such as "no doubt" has few) the same words. */
  private static boolean same(long[] a, long[] b, List<String> wa, List<String> wb) {
    return Text.jaccard(a, b) >= SAME_WORDS || wa.equals(wb);
  }
}
