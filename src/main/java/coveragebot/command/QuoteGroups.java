package coveragebot.command;

import coveragebot.extract.Quotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    Group(Quotation best) {
      this.best = best;
      this.shingles = Text.shingles(best.text());
      files.add(best.file());
    }
  }

  /** {@code ranked} best first; each quotation joins the first group it copies, in another file. */
  static List<Group> of(List<Quotation> ranked) {
    List<Group> groups = new ArrayList<>();
    for (Quotation q : ranked) {
      long[] sh = Text.shingles(q.text());
      Group home = null;
      for (Group g : groups) {
        if (!g.files.contains(q.file()) && same(g.shingles, sh, g.best.text(), q.text())) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new Group(q));
      } else {
        home.copies.add(q);
        home.files.add(q.file());
      }
    }
    return groups;
  }

  private static boolean same(long[] a, long[] b, String ta, String tb) {
    if (Text.jaccard(a, b) >= SAME_WORDS) {
      return true;
    }
    // A short fragment ("no doubt") has few pairs: compare its words directly.
    return Text.words(ta).equals(Text.words(tb));
  }
}
