package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coveragebot.command.CommandSpec;
import coveragebot.command.OptionSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

  @Test
  void optionsKeepTypesRangesChoicesAndPutRequiredOnesFirst() throws Exception {
    CommandSpec spec =
        new CommandSpec(
            "timeline",
            "Events in order",
            List.of(
                OptionSpec.integer("limit", "How many", 1, 25),
                new OptionSpec(
                    "order",
                    "Which way",
                    OptionSpec.Type.TEXT,
                    false,
                    false,
                    1,
                    10,
                    List.of("oldest", "newest")),
                OptionSpec.text("about", "Topic", true, true)),
            List.of());
    JsonNode json = new ObjectMapper().readTree(SlashCommands.command(spec).toData().toString());
    JsonNode options = json.path("options");
    assertThat(options.get(0).path("name").asText()).isEqualTo("about");
    assertThat(options.get(0).path("required").asBoolean()).isTrue();
    assertThat(options.get(1).path("min_value").asInt()).isEqualTo(1);
    assertThat(options.get(1).path("max_value").asInt()).isEqualTo(25);
    JsonNode order = options.get(2);
    assertThat(order.path("type").asInt()).isEqualTo(3);
    assertThat(order.path("max_length").asInt()).isEqualTo(10);
    assertThat(order.path("choices").findValuesAsText("value")).containsExactly("oldest", "newest");
  }

  @Test
  void adminCommandsAreForServerManagersInServersOnlyAndOthersForEveryone() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode reload =
        json.readTree(
            SlashCommands.command(new CommandSpec("reload", "Re-read", List.of(), List.of(), true))
                .toData()
                .toString());
    // MANAGE_GUILD is 1 << 5; context 0 is GUILD
    assertThat(reload.path("default_member_permissions").asText()).isEqualTo("32");
    assertThat(reload.path("contexts")).hasSize(1);
    assertThat(reload.path("contexts").get(0).asInt(-1)).isZero();
    JsonNode help =
        json.readTree(
            SlashCommands.command(new CommandSpec("help", "List", List.of(), List.of()))
                .toData()
                .toString());
    assertThat(help.path("default_member_permissions").isNull()).isTrue();
  }

  @Test
  void theInviteAsksForBothScopesAndOnlyTheNeededPermissions() {
    String url = Invite.url(1100000000000000001L);
    assertThat(url)
        .startsWith("https://discord.com/oauth2/authorize?client_id=1100000000000000001")
        .contains("scope=bot%20applications.commands")
        // View Channel 1<<10, Embed Links 1<<14, Create Public Threads 1<<35, Send in Threads 1<<38
        .endsWith("&permissions=" + ((1L << 10) | (1L << 14) | (1L << 35) | (1L << 38)));
  }
}
