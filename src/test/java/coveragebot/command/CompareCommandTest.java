package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CompareReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/** /compare on the seeds: every outlet's version verbatim, first published first (issue 6). */
class CompareCommandTest {
  private static CompareReply compare(String statement) {
    Reply r = Seeds.bot().commands().run("/compare " + statement);
    assertThat(r).isInstanceOf(CompareReply.class);
    VerbatimInvariantTest.excerpts(r).forEach(VerbatimInvariantTest::assertVerbatim);
    return (CompareReply) r;
  }

  @Test
  void eachOutletThatCarriedAQuoteIsShownOnceAndTheOthersAreListedAsMissing() {
    CompareReply r = compare("we will work with Kamala Harris");
    assertThat(r.carried()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(r.carried()).extracting(c -> c.evidence().excerpt().file()).doesNotHaveDuplicates();
    assertThat(r.carried().size() + r.missing().size())
        .isEqualTo(Seeds.bot().corpus().articles().size());
    assertThat(r.carried().getFirst().change()).isEqualTo("first");
    assertThat(r.carried().subList(1, r.carried().size()))
        .allMatch(c -> c.change().equals("same") == c.differences().isEmpty());
  }

  @Test
  void theFirstVersionIsTheEarliestPublished() {
    CompareReply r = compare("in the interest of the United States");
    Excerpt first = r.carried().getFirst().evidence().excerpt();
    for (CompareReply.Carried c : r.carried()) {
      var p = c.evidence().excerpt().source().published();
      if (p != null && first.source().published() != null) {
        assertThat(first.source().published().date()).isBeforeOrEqualTo(p.date());
      }
    }
  }

  /**
   * A version has half of the statement's content words: 'keep the alliance "strong"' is Jordan
   * Times' alone; "... make sure that the alliance stays united" (Khaleej Times and two others) and
   * Jowhar's "the military alliance" share "the alliance" with it, and were listed as changed
   * versions; Jowhar's "NATO will be in safe hands" was one of "NATO will stay united".
   */
  @Test
  void aVersionHasHalfTheStatementsContentWords() {
    CompareReply strong = compare("keep the alliance strong");
    assertThat(strong.carried())
        .singleElement()
        .satisfies(c -> assertThat(c.evidence().excerpt().text()).contains("strong"));
    assertThat(strong.missing()).hasSize(4);
    CompareReply united = compare("NATO will stay united");
    assertThat(united.carried())
        .extracting(c -> c.evidence().excerpt().text())
        .containsExactly("Nato will 'stay united", "NATO must stay united");
    // the statement's own words in another version stay one
    assertThat(compare("the alliance stays united").carried()).hasSize(3);
  }

  @Test
  void oneWordIsRefused() {
    assertThat(Seeds.bot().commands().run("/compare Rutte")).isInstanceOf(ErrorReply.class);
  }

  /** Words in a row are found exactly where {@code Collections.indexOfSubList} finds them. */
  @Test
  void wordsInARowAreFoundAsASubListIs() {
    java.util.Random r = new java.util.Random(5);
    int found = 0;
    for (int t = 0; t < 50_000; t++) {
      int[] text = r.ints(r.nextInt(40), 0, 4).toArray();
      int[] words =
          r.nextInt(4) == 0 && text.length > 0
              ? java.util.Arrays.copyOfRange(
                  text, r.nextInt(text.length), text.length) // a tail: always there
              : r.ints(r.nextInt(5), r.nextInt(10) == 0 ? -1 : 0, 4).toArray();
      words = java.util.Arrays.copyOf(words, Math.min(words.length, 4));
      int expected =
          java.util.Arrays.stream(words).allMatch(w -> w >= 0)
              ? java.util.Collections.indexOfSubList(
                  java.util.Arrays.stream(text).boxed().toList(),
                  java.util.Arrays.stream(words).boxed().toList())
              : -1;
      assertThat(CompareCommand.firstInRow(text, words, 0))
          .as("%s in %s", java.util.Arrays.toString(words), java.util.Arrays.toString(text))
          .isEqualTo(expected);
      found += expected >= 0 ? 1 : 0;
    }
    assertThat(found).isBetween(10_000, 40_000);
  }

  /**
   * "first" is the first dated version; an undated one may have come out before it, and the reply
   * says so (a QA pass of 2026-11-29: "/compare not worried" put Radio Romania first and undated
   * Jowhar "same" without a word). The terminal shows each version's link and the date as the other
   * commands write it.
   */
  @Test
  void anUndatedVersionMayHaveComeFirstAndTheReplySaysSo() {
    CompareReply r = compare("not worried");
    assertThat(r.carried()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(r.carried().getFirst().evidence().excerpt().source().published()).isNotNull();
    assertThat(r.carried())
        .anySatisfy(c -> assertThat(c.evidence().excerpt().source().published()).isNull());
    assertThat(r.note())
        .isEqualTo(
            "Jowhar has no publication date, so it may have carried this first: versions are"
                + " compared with the first dated one.");
    assertThat(compare("stay united").note()).isNull(); // every version dated
    String text = new coveragebot.console.TextRenderer(false).render(compare("stay united"));
    assertThat(text).contains("Khaleej Times, 2024-11-05 09:07 (first)").doesNotContain("T09:07");
    assertThat(text).contains("https://khaleejtimes.com/");
  }

  /**
   * The version compared with is the first that has the statement word for word: Khaleej Times'
   * "support for Kyiv" came out first and was the baseline of "support for Ukraine", so three
   * outlets that print it exactly were each "changed" (a QA pass, 2026-11-29).
   */
  @Test
  void theVersionComparedWithHasTheStatementWordForWord() {
    CompareReply r = compare("support for Ukraine");
    assertThat(r.carried().getFirst().evidence().excerpt().text()).isEqualTo("support for Ukraine");
    assertThat(r.carried().getFirst().change()).isEqualTo("first");
    assertThat(r.carried())
        .filteredOn(c -> c.evidence().excerpt().text().equals("support for Ukraine"))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(c -> assertThat(c.change()).isIn("first", "same"));
    assertThat(r.note())
        .startsWith(
            "Compared with Jordan Times' version, the first dated one with every word of the"
                + " statement; Khaleej Times carried part of it before.");
  }
}
