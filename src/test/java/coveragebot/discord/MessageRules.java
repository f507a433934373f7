package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Discord's hand-checked message rules and the verbatim invariant, asserted on sent JSON. */
final class MessageRules {
  private MessageRules() {}

  private static final Pattern FOOTER = Pattern.compile("^(\\S+) · chars (\\d+)–(\\d+).*");

  /** Limits of DESIGN.md, and allowed mentions empty. */
  static void assertWithinLimits(JsonNode message) {
    assertThat(message.path("content").asText("").length()).isLessThanOrEqualTo(2000);
    JsonNode embeds = message.path("embeds");
    assertThat(embeds.size()).isLessThanOrEqualTo(10);
    int total = 0;
    for (JsonNode e : embeds) {
      int title = len(e.path("title"));
      int description = len(e.path("description"));
      int footer = len(e.path("footer").path("text"));
      int author = len(e.path("author").path("name"));
      assertThat(title).isLessThanOrEqualTo(256);
      assertThat(description).isLessThanOrEqualTo(4096);
      assertThat(footer).isLessThanOrEqualTo(2048);
      assertThat(author).isLessThanOrEqualTo(256);
      assertThat(e.path("fields").size()).isLessThanOrEqualTo(25);
      total += title + description + footer + author;
      for (JsonNode f : e.path("fields")) {
        assertThat(len(f.path("name"))).isBetween(1, 256);
        assertThat(len(f.path("value"))).isBetween(1, 1024);
        total += len(f.path("name")) + len(f.path("value"));
      }
    }
    assertThat(total).as("characters over all embeds").isLessThanOrEqualTo(6000);
    JsonNode mentions = message.path("allowed_mentions");
    assertThat(mentions.isObject()).as("allowed_mentions is sent: " + message).isTrue();
    assertThat(mentions.path("parse").isArray()).isTrue();
    assertThat(mentions.path("parse").size()).isZero();
    assertThat(mentions.path("users").size()).isZero();
    assertThat(mentions.path("roles").size()).isZero();
  }

  private static int len(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? 0 : n.asText().length();
  }

  /**
   * Each quoted description, un-escaped, is exactly the file's text at the offsets its footer names
   * (followed by the ellipsis when it was cut). Returns how many quotes were checked.
   */
  static int assertVerbatim(JsonNode message, Path seeds) throws IOException {
    int checked = 0;
    for (JsonNode e : message.path("embeds")) {
      Matcher m = FOOTER.matcher(e.path("footer").path("text").asText(""));
      if (!m.matches()) {
        continue;
      }
      String file = Files.readString(seeds.resolve(m.group(1)));
      String exact = file.substring(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      String shown = Markdown.unescape(e.path("description").asText());
      assertThat(shown).isIn(exact, exact + Quote.ELLIPSIS);
      checked++;
    }
    return checked;
  }
}
