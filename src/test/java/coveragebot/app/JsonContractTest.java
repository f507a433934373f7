package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's contract for a quoted item ("every piece of source text, in every reply"): every
 * JSON object that quotes an article, at any depth of any reply, has the quoted item's fields, and
 * its text is the file's text at its offsets.
 */
class JsonContractTest {
  private static final List<String> QUOTED_ITEM =
      List.of("text", "file", "start", "end", "source", "link", "highlights");
  private static final List<String> SOURCE =
      List.of("file", "outlet", "title", "url", "published", "byline");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ask|/search who will NATO work with",
        "ask|/quote Rutte",
        "ask|/quote text:Trump",
        "ask|/timeline",
        "ask|/check Rutte said \"we will work with Donald Trump\"",
        "ask|/check Rutte congratulated Harris",
        "ask|/compare \"we will work with Donald Trump\"",
        "ask|/passage 002_63e64f66f7b5ad16.txt at:500",
        "export|quotes",
        "export|passages",
        "export|events"
      })
  void everyQuotedItemHasTheContractsFieldsAndIsVerbatim(String command) throws IOException {
    String[] parts = command.split("\\|");
    MainTest.Run r = MainTest.run(parts[0], parts[1], "--json");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> items = new ArrayList<>();
    collect(new ObjectMapper().readTree(r.out()), items);
    assertThat(items).as("quoted items in " + command).isNotEmpty();
    for (JsonNode item : items) {
      for (String field : QUOTED_ITEM) {
        assertThat(item.has(field)).as(field + " in " + item).isTrue();
      }
      for (String field : SOURCE) {
        assertThat(item.get("source").has(field)).as("source." + field).isTrue();
      }
      assertThat(item.get("highlights").isArray()).isTrue();
      String file = Files.readString(Path.of("seeds", item.get("file").asText()));
      assertThat(file.substring(item.get("start").asInt(), item.get("end").asInt()))
          .isEqualTo(item.get("text").asText());
      for (JsonNode h : item.get("highlights")) {
        assertThat(h.get("start").asInt())
            .isBetween(item.get("start").asInt(), h.get("end").asInt());
        assertThat(h.get("end").asInt()).isLessThanOrEqualTo(item.get("end").asInt());
      }
    }
  }

  /** Objects that quote an article: they carry the article's text at offsets, and its source. */
  private static void collect(JsonNode node, List<JsonNode> items) {
    if (node.isObject()) {
      if (node.has("text") && node.has("start") && node.has("source")) {
        items.add(node);
      }
      node.forEach(child -> collect(child, items));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, items));
    }
  }
}
