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

  /**
   * 60,000 near-identical quotations over 20 files (a dump, not coverage): every pair of words but
   * the last is held by all of them. Before the limit on common pairs this ran minutes and out of
   * memory; each quotation is still in exactly one group, and a group never holds two quotations of
   * one file.
   */
  @Test
  void aDumpOfNearIdenticalQuotationsIsGroupedWithoutComparingEachWithAll() {
    List<coveragebot.ingest.ArticleParser.Input> inputs = new java.util.ArrayList<>();
    for (int f = 0; f < 20; f++) {
      StringBuilder text = new StringBuilder("A dump\n\n");
      for (int i = 0; i < 3_000; i++) {
        text.append("“We will stay united ").append(f * 10_000 + i).append(",” Rutte said. ");
      }
      inputs.add(new coveragebot.ingest.ArticleParser.Input("d" + f + ".txt", text + "\n", null));
    }
    List<Quotation> all =
        new QuoteExtractor()
            .extract(new coveragebot.ingest.ArticleParser().parseAll(inputs, 0))
            .all();
    assertThat(all).hasSize(60_000);

    long[] compared = new long[1];
    List<QuoteGroups.Group> groups = QuoteGroups.of(all, compared);

    // each text compared with the groups that share a rare pair with it (and the first thousand
    // groups, while its common pairs were not yet common): without the limit, 1.8 billion
    assertThat(compared[0]).isLessThan(120_000_000L);
    java.util.Set<Quotation> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (QuoteGroups.Group g : groups) {
      assertThat(seen.add(g.best)).isTrue();
      java.util.Set<String> files = new java.util.HashSet<>(List.of(g.best.file()));
      for (Quotation c : g.copies) {
        assertThat(seen.add(c)).isTrue();
        assertThat(files.add(c.file())).as("one quotation per file in a group").isTrue();
      }
    }
    assertThat(seen).hasSize(60_000);
  }
}
