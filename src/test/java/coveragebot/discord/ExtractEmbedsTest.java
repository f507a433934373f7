package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.command.Commands;
import coveragebot.reply.Reply;
import coveragebot.reply.SpeakersReply;
import coveragebot.testing.Seeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quotes, speakers and timelines over the seeds, every page within Discord's limits and verbatim.
 */
class ExtractEmbedsTest {
  private final DiscordRenderer renderer = new DiscordRenderer();
  private final Commands commands = Seeds.bot().commands();

  /** Renders every page of a reply, checks each, and returns how many excerpts were verbatim. */
  private int assertAllPages(Reply reply) throws Exception {
    int verbatim = 0;
    for (int page = 0; ; page++) {
      Optional<DiscordRenderer.Paged> p = renderer.render(reply, page);
      if (p.isEmpty()) {
        assertThat(page).isPositive();
        return verbatim;
      }
      JsonNode json = DiscordRendererTest.sent(p.get().message());
      MessageRules.assertWithinLimits(json);
      verbatim += MessageRules.assertVerbatim(json, Path.of("seeds"));
      assertThat(json.get("content").asText()).doesNotContain("@everyone");
    }
  }

  @Test
  void everySpeakersQuotesRenderVerbatimWithinLimits() throws Exception {
    SpeakersReply speakers = (SpeakersReply) commands.run("/speakers");
    assertThat(assertAllPages(speakers)).isZero();
    int shown = 0;
    for (SpeakersReply.Speaker s : speakers.speakers()) {
      shown += assertAllPages(commands.run("/quote speaker:" + s.name() + " limit:25"));
    }
    assertThat(shown).isGreaterThan(20);
  }

  @Test
  void timelinesAndExportsRenderVerbatimWithinLimitsOnEveryPage() throws Exception {
    List<Reply> replies = new ArrayList<>();
    replies.add(commands.run("/timeline"));
    replies.add(commands.run("/timeline undated:yes"));
    replies.add(commands.run("/timeline view:coverage"));
    replies.add(Seeds.bot().exports().quotes());
    replies.add(Seeds.bot().events().events());
    int shown = 0;
    for (Reply r : replies) {
      shown += assertAllPages(r);
    }
    assertThat(shown).isGreaterThan(40);
  }

  /** A list longer than one message is paged, every line on one page, none cut or dropped. */
  @Test
  void aLongListOfSpeakersIsPagedWithNoOneLeftOut() throws Exception {
    List<SpeakersReply.Speaker> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(
          new SpeakersReply.Speaker(
              "Speaker Number" + i, i + 1, List.of("Outlet " + i, "Khaleej Times"), List.of()));
    }
    SpeakersReply reply = new SpeakersReply(many, List.of(), List.of());
    StringBuilder all = new StringBuilder();
    int pages = 0;
    for (int page = 0; ; page++) {
      Optional<DiscordRenderer.Paged> p = renderer.render(reply, page);
      if (p.isEmpty()) {
        break;
      }
      pages = p.get().pages();
      JsonNode json = DiscordRendererTest.sent(p.get().message());
      MessageRules.assertWithinLimits(json);
      String content = json.get("content").asText();
      assertThat(content).startsWith("Everyone quoted (page " + (page + 1) + " of ");
      all.append(content);
    }
    assertThat(pages).isGreaterThan(1);
    for (int i = 0; i < 300; i++) {
      assertThat(all.toString()).containsOnlyOnce("- Speaker Number" + i + ": ");
    }
  }

  @Test
  void nothingFoundForAQuoteIsEphemeral() {
    DiscordMessage m = renderer.render(commands.run("/quote text:zebra giraffe"));
    assertThat(m.ephemeral()).isTrue();
    assertThat(m.embeds()).isEmpty();
  }
}
