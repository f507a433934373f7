package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void theSeedsTopicsAreTheNamesMostArticlesMentionWithoutGrammarWords() {
    List<String> topics = Topics.of(Seeds.bot().corpus().articles(), 40);
    assertThat(topics).hasSizeLessThanOrEqualTo(40).contains("Rutte", "Trump", "Ukraine");
    assertThat(topics.subList(0, 5)).anyMatch(t -> t.contains("Rutte") || t.contains("Nato"));
    assertThat(topics)
        .doesNotContain("The", "But", "He", "November", "Tuesday")
        .noneMatch(t -> t.startsWith("The ") || t.endsWith("'s"));
  }

  @Test
  void countsEachArticleOnceAndRanksByArticlesThenName() {
    List<String> topics = Topics.of(Seeds.bot().corpus().articles(), 1000);
    assertThat(topics).doesNotHaveDuplicates();
    assertThat(Topics.of(Seeds.bot().corpus().articles(), 3))
        .containsExactlyElementsOf(topics.subList(0, 3));
  }

  private static final String[] PIECES = {
    "A",
    "Rutte",
    "NATO",
    "Nato",
    "the",
    "e",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "'",
    "’",
    "-",
    "s",
    "'s",
    "_",
    "7",
    ".",
    ",",
    "\u0301",
    "É",
    "é",
    "Ñato",
    "\uD801\uDC00",
    "\uD801\uDC28",
    "\uD801",
    "ǅ",
    "Σ",
    "ß",
    "İ",
    "x\u0301",
    "Kyiv",
    "O'Neil",
    "Jean-Claude",
    "X-",
    "UN"
  };

  @Test
  void namesAreWhatThePatternFinds() {
    java.util.regex.Pattern name =
        java.util.regex.Pattern.compile(
            // the look-behind sees a whole letter outside the BMP only when the pattern itself
            // holds such a character (U+E0100, a mark, already in \\p{M})
            "(?<![\\p{L}\\p{M}\\p{Nd}_\uDB40\uDD00])\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}"
                + "(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}){0,2}");
    java.util.Random r = new java.util.Random(20261127);
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(10); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = name.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      List<String> actual = new java.util.ArrayList<>();
      Topics.names(text, actual::add);
      assertThat(actual).as("[%s]", text).isEqualTo(expected);
      for (String run : actual) {
        assertThat(Topics.words(run)).as("[%s]", run).containsExactly(run.split("\\s"));
      }
      found += expected.size();
    }
    assertThat(found).isGreaterThan(100_000);
  }

  @Test
  void namesMayStartWithAnyCapitalButNotInsideAWord() {
    List<String> found = new java.util.ArrayList<>();
    Topics.names(
        "Émile Zola met Ørsted in l'Élysée; McDonald, x_Ab, éCole and 2Ab are not.", found::add);
    assertThat(found).containsExactly("Émile Zola", "Ørsted", "Élysée", "McDonald");
  }
}
