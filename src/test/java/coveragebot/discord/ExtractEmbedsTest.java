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

  @Test
  void nothingFoundForAQuoteIsEphemeral() {
    DiscordMessage m = renderer.render(commands.run("/quote text:zebra giraffe"));
    assertThat(m.ephemeral()).isTrue();
    assertThat(m.embeds()).isEmpty();
  }
}
