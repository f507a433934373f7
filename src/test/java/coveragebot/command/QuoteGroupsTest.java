package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.extract.Quotation;
import coveragebot.extract.QuoteExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quotations are grouped as the plain rule says: each joins the first group, in order, from another
 * file whose best quotation's words it copies (enough shared word pairs, or the same words). The
 * reference compares every quotation with every group.
 */
class QuoteGroupsTest {
  private record Plain(Quotation best, List<Quotation> copies, Set<String> files) {}

  private static List<Plain> plain(List<Quotation> ranked) {
    List<Plain> groups = new ArrayList<>();
    for (Quotation q : ranked) {
      Plain home = null;
      for (Plain g : groups) {
        boolean copied =
            Text.jaccard(Text.shingles(g.best().text()), Text.shingles(q.text()))
                    >= QuoteGroups.SAME_WORDS
                || Text.words(g.best().text()).equals(Text.words(q.text()));
        if (copied && !g.files().contains(q.file())) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new Plain(q, new ArrayList<>(), new HashSet<>(Set.of(q.file()))));
      } else {
        home.copies().add(q);
        home.files().add(q.file());
      }
    }
    return groups;
  }

  @Test
  void groupsAsComparingWithEveryGroupDoes() {
    List<Quotation> all =
        new QuoteExtractor().extract(new CorpusGenerator(3).corpus(300).articles()).all();
    for (List<Quotation> ranked : List.of(all, all.reversed())) {
      List<Plain> expected = plain(ranked);
      List<QuoteGroups.Group> groups = QuoteGroups.of(ranked);
      assertThat(groups).hasSameSizeAs(expected);
      for (int i = 0; i < groups.size(); i++) {
        assertThat(groups.get(i).best).isSameAs(expected.get(i).best());
        assertThat(groups.get(i).copies).isEqualTo(expected.get(i).copies());
      }
      // the corpus has agency copy: groups of many copies, and far fewer groups than quotations
      assertThat(expected).anyMatch(g -> g.copies().size() > 5);
      assertThat(expected.size()).isLessThan(ranked.size() / 2);
    }
  }
}
