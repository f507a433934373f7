package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.corpus.Published;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.SourcesReply;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /sources}: a field per article. Discord renders markdown in field names and values, so an
 * outlet or title is escaped there like every other source text, and cut only after escaping.
 */
class SourcesEmbedsTest {
  private static final String DATE = " · 2024-11-05";

  static SourcesReply reply(String outlet, String title, String url) {
    SourceRef s =
        new SourceRef(
            "001_x.txt", outlet, title, url, new Published(LocalDate.of(2024, 11, 5), null), null);
    return new SourcesReply(
        List.of(new SourcesReply.ArticleInfo(s, 3, 900, List.of(), List.of())),
        List.of(),
        List.of());
  }

  static JsonNode field(SourcesReply r) throws Exception {
    JsonNode json = DiscordRendererTest.sent(new DiscordRenderer().render(r));
    MessageRules.assertWithinLimits(json);
    return json.path("embeds").get(0).path("fields").get(0);
  }

  @Test
  void anOutletsMarkdownShowsAsWrittenInTheFieldName() throws Exception {
    String outlet = "**Daily** _Star_ ~~x~~ `c` ||s|| > q [link](https://evil.example) <@1> #h";
    String name = field(reply(outlet, "T", null)).path("name").asText();
    assertThat(name).isEqualTo(Markdown.escape(outlet) + DATE);
    assertThat(Markdown.unescape(name)).isEqualTo(outlet + DATE);
  }

  /** 400 markdown characters escape to 800: the cut comes after escaping, the date stays. */
  @Test
  void aLongOutletIsCutAfterEscapingWithinTheFieldNameAndKeepsItsDate() throws Exception {
    String outlet = "*_".repeat(200);
    String name = field(reply(outlet, "T", null)).path("name").asText();
    assertThat(name.length()).isLessThanOrEqualTo(Limits.FIELD_NAME);
    assertThat(name).endsWith(Quote.ELLIPSIS + DATE);
    String shown = name.substring(0, name.length() - (Quote.ELLIPSIS + DATE).length());
    assertThat(shown).matches("(\\\\[*_])+");
    assertThat(outlet).startsWith(Markdown.unescape(shown));
  }

  /**
   * A title's link longer than the field leaves room for is left out, not cut: a cut inside the
   * address showed the raw "[title](https://..." and lost the file name after it.
   */
  @Test
  void aLinkTooLongForTheFieldIsLeftOutRatherThanCut() throws Exception {
    String url = "https://example.com/" + "a".repeat(1500);
    String value = field(reply("Outlet", "A *title*", url)).path("value").asText();
    assertThat(value).doesNotContain("](").startsWith("A \\*title\\*");
    assertThat(value).contains("001\\_x.txt · 3 passages");
    String shortUrl = "https://example.com/a_(b)";
    String linked = field(reply("Outlet", "A *title*", shortUrl)).path("value").asText();
    assertThat(linked).startsWith("[A \\*title\\*](https://example.com/a_%28b%29)\n");
  }
}
