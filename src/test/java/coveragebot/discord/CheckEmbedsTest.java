package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.command.Commands;
import coveragebot.testing.Seeds;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /check in Discord (issue 6): the verdict in the header, evidence verbatim, within limits. */
class CheckEmbedsTest {
  private final DiscordRenderer renderer = new DiscordRenderer();
  private final Commands commands = Seeds.bot().commands();

  @Test
  void everyVerdictRendersVerbatimWithinLimitsAndNeverPings() throws Exception {
    List<String> claims =
        List.of(
            "we will work with Kamala Harris, we will work with Donald Trump",
            "Stoltenberg said “these are skills which are very much valued here at NATO”",
            "allies will deliver defence aid worth 40 billion dollars to Ukraine",
            "Sweden and Finland joined NATO",
            "@everyone The European Central Bank raised interest rates");
    int shown = 0;
    for (String claim : claims) {
      Optional<DiscordRenderer.Paged> p = renderer.render(commands.run("/check " + claim), 0);
      assertThat(p).isPresent();
      JsonNode json = DiscordRendererTest.sent(p.get().message());
      MessageRules.assertWithinLimits(json);
      shown += MessageRules.assertVerbatim(json, Path.of("seeds"));
      assertThat(json.get("content").asText()).startsWith("Verdict: ").doesNotContain("@everyone");
    }
    assertThat(shown).isGreaterThanOrEqualTo(claims.size());
  }

  @Test
  void compareShowsOneVerbatimEmbedPerOutletThatCarriedIt() throws Exception {
    Optional<DiscordRenderer.Paged> p =
        renderer.render(commands.run("/compare we will work with Kamala Harris"), 0);
    assertThat(p).isPresent();
    JsonNode json = DiscordRendererTest.sent(p.get().message());
    MessageRules.assertWithinLimits(json);
    assertThat(MessageRules.assertVerbatim(json, Path.of("seeds"))).isGreaterThanOrEqualTo(3);
    assertThat(json.get("content").asText()).contains("not carried by");
  }
}
