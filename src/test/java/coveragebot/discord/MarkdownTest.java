package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void escapesInlineMarkdownMentionsAndLinks() {
    assertThat(Markdown.escape("*bold* _it_ ~~s~~ `code` ||spoiler|| [a](b) <@123>"))
        .isEqualTo(
            "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[a\\](b) \\<@123\\>");
  }

  @Test
  void escapesBlockMarkdownOnlyWhereItWouldFormat() {
    assertThat(Markdown.escape("- item\n  - sub\n1. first\n> quote\n# head"))
        .isEqualTo("\\- item\n  \\- sub\n1\\. first\n\\> quote\n\\# head");
    assertThat(Markdown.escape("a - b, 3.5 and 1. x")).isEqualTo("a - b, 3.5 and 1. x");
  }

  @Test
  void backslashesOfTheSourceSurviveTheRoundTrip() {
    String s = "C:\\path\\*not bold*\\";
    assertThat(Markdown.unescape(Markdown.escape(s))).isEqualTo(s);
  }

  @Test
  void unescapeInvertsEscapeOnRandomText() {
    Random random = new Random(9);
    String alphabet = "ab \n\\*_~`|>#-+[]<@.1:()é😀";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(Markdown.unescape(Markdown.escape(s))).isEqualTo(s);
    }
  }
}
