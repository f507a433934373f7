package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coveragebot.testing.Seeds;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code ask "/check ..." --json} as a script reads it: the check contract of issue 6. */
class CheckJsonTest {
  @Test
  void checkJsonHasVerdictDifferencesAndVerbatimEvidence() throws IOException {
    MainTest.Run r =
        MainTest.run(
            "ask",
            "/check allies will deliver defence aid worth 40 billion dollars to Ukraine",
            "--json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("type").asText()).isEqualTo("check");
    assertThat(json.get("verdict").asText()).isEqualTo("mismatch");
    JsonNode currency = null;
    for (JsonNode d : json.get("differences")) {
      assertThat(d.has("kind") && d.has("claim") && d.has("source")).isTrue();
      if (d.get("kind").asText().equals("currency")) {
        currency = d;
      }
    }
    assertThat(currency).isNotNull();
    assertThat(currency.get("claim").asText()).isEqualTo("dollars");
    assertThat(currency.get("source").asText()).isEqualTo("euros");
    assertThat(json.get("evidence")).isNotEmpty();
    for (JsonNode e : json.get("evidence")) {
      for (String field : new String[] {"text", "file", "start", "end", "source", "link"}) {
        assertThat(e.has(field)).as(field).isTrue();
      }
      assertThat(e.has("speaker")).isTrue();
      String text = Seeds.text(e.get("file").asText());
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
          .isEqualTo(e.get("text").asText());
    }
  }

  @Test
  void compareJsonListsCarriedVersionsAndMissingOutlets() throws IOException {
    MainTest.Run r = MainTest.run("ask", "--json", "/compare we will work with Kamala Harris");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("type").asText()).isEqualTo("compare");
    assertThat(json.get("carried").get(0).get("change").asText()).isEqualTo("first");
    for (JsonNode c : json.get("carried")) {
      String text = Seeds.text(c.get("file").asText());
      assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt()))
          .isEqualTo(c.get("text").asText());
      assertThat(c.has("link") && c.has("source") && c.has("differences")).isTrue();
    }
    assertThat(json.get("carried").size() + json.get("missing").size()).isEqualTo(5);
  }

  @Test
  void verbatimJsonNamesTheSpeakerOfEachSource() throws IOException {
    MainTest.Run r =
        MainTest.run(
            "ask", "--json", "/check \"I'm not worried. I know both candidates very well.\"");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("verdict").asText()).isEqualTo("verbatim");
    assertThat(json.get("evidence").get(0).get("speaker").asText()).contains("Rutte");
  }
}
