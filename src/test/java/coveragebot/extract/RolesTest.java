package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading "a comma, then only whitespace" in place agrees with the regex it replaced. */
class RolesTest {
  private static final String[] PIECES = {
    ",", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028", "a", ".", ",,"
  };

  @Test
  void commaThenSpaceIsTheRegexCommaWhitespace() {
    Random r = new Random(6);
    int yes = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 6);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      boolean expected = text.substring(from, to).matches(",\\s*");
      assertThat(Roles.commaThenSpace(text, from, to)).as("[%s]", text).isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(500);
  }

  /** appositive before its comma check: the nearest mention, whatever is before the phrase. */
  private static String appositiveByScan(String text, int phraseStart, List<Mention> before) {
    Mention nearest = null;
    for (Mention m : before) {
      if (m.end() <= phraseStart && (nearest == null || m.end() > nearest.end())) {
        nearest = m;
      }
    }
    if (nearest == null || nearest.type() != Mention.Type.NAME) {
      return null;
    }
    return Roles.commaThenSpace(text, nearest.end(), phraseStart) ? nearest.person() : null;
  }

  /** introducedName before its comma check. */
  private static String introducedByScan(String text, int phraseEnd, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.NAME
          && m.start() >= phraseEnd
          && Roles.commaThenSpace(text, phraseEnd, m.start())) {
        return m.person();
      }
    }
    return null;
  }

  /**
   * Looking for an appositive only where a comma is (the shortcut that made a long article of role
   * phrases linear) answers as reading every mention did, at every position of the seeds and of 200
   * generated articles with their real mentions, and of texts written to have appositives.
   */
  @Test
  void theCommaShortcutsAnswerAsTheFullScans() {
    List<String> texts = new ArrayList<>();
    coveragebot.testing.Seeds.bot().corpus().articles().forEach(a -> texts.add(a.text()));
    new coveragebot.bench.CorpusGenerator(11)
        .corpus(200)
        .articles()
        .forEach(a -> texts.add(a.text()));
    texts.add(
        "Mark Rutte, the new secretary general, said so. The minister, Jens Stoltenberg, agreed."
            + " NATO's chief ,  Mark Rutte , spoke; the president,\nDonald Trump, did not. He,"
            + " the envoy , and she, a diplomat, met the minister,Kamala Harris.");
    int found = 0;
    for (String text : texts) {
      PeopleFinder people = new PeopleFinder();
      people.read(text, 0, text.length());
      List<Mention> mentions =
          new MentionFinder(people.people())
              .find(text, List.<int[]>of(new int[] {0, text.length()}))
              .mentions();
      for (int at = 0; at <= text.length(); at++) {
        String a = appositiveByScan(text, at, mentions);
        assertThat(Roles.appositive(text, at, mentions)).as("%d in %s", at, text).isEqualTo(a);
        String b = introducedByScan(text, at, mentions);
        assertThat(Roles.introducedName(text, at, mentions)).as("%d in %s", at, text).isEqualTo(b);
        found += (a == null ? 0 : 1) + (b == null ? 0 : 1);
      }
    }
    assertThat(found).isGreaterThan(20);
  }
}
