package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportQuotesTest {

  @Test
  void exportQuotesPrintsEveryQuotationWithTheDocumentedFieldsAndExactText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"export", "quotes", "--json"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(root.get("type").asText()).isEqualTo("quotes");
    assertThat(root.get("quotes").size()).isEqualTo(root.get("count").asInt()).isGreaterThan(30);
    for (JsonNode q : root.get("quotes")) {
      for (String field :
          new String[] {
            "file",
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "speaker_text",
            "confidence",
            "ambiguous",
            "candidates",
            "cue",
            "source",
            "link"
          }) {
        assertThat(q.has(field)).as(field).isTrue();
      }
      String file = Files.readString(Path.of("seeds", q.get("file").asText()));
      assertThat(file.substring(q.get("start").asInt(), q.get("end").asInt()))
          .isEqualTo(q.get("text").asText());
      assertThat(q.get("confidence").asDouble()).isBetween(0.0, 1.0);
      if (!q.get("speaker_start").isNull()) {
        assertThat(file.substring(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()))
            .isEqualTo(q.get("speaker_text").asText());
      }
      assertThat(q.get("marks").get("start").asInt()).isLessThan(q.get("start").asInt());
    }
  }

  @Test
  void aLargePassageExportIsPrintedInPiecesExactlyAsRendered() {
    // 300 generated articles: about a megabyte of passages, printed in pieces of 64 kB
    Bot bot = Bot.of(new coveragebot.bench.CorpusGenerator(42).corpus(300), 0);
    coveragebot.reply.Reply reply = bot.exports().passages();
    coveragebot.console.TextRenderer text = new coveragebot.console.TextRenderer(false);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    text.write(reply, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String rendered = text.render(reply);
    assertThat(rendered.length()).isGreaterThan(4 << 16);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(rendered);
  }

  @Test
  void everyExportIsWrittenAsStreamedBytesExactlyAsRendered() throws Exception {
    // the seeds, and 300 generated articles (agency copies, boilerplate, thousands of events);
    // JSON pretty as the command line prints it and compact: written element by element, the
    // same bytes as the reply's whole tree
    for (Bot bot :
        java.util.List.of(
            coveragebot.testing.Seeds.bot(),
            Bot.of(new coveragebot.bench.CorpusGenerator(7).corpus(300), 0))) {
      for (coveragebot.reply.Reply reply :
          java.util.List.of(
              bot.exports().passages(),
              bot.exports().articles(),
              bot.exports().quotes(),
              bot.events().events())) {
        for (boolean pretty : new boolean[] {true, false}) {
          coveragebot.console.JsonRenderer json = new coveragebot.console.JsonRenderer(pretty);
          ByteArrayOutputStream written = new ByteArrayOutputStream();
          json.write(reply, written);
          String rendered = json.render(reply);
          assertThat(rendered).contains("\"file\"", "\"source\"");
          assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(rendered);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        coveragebot.console.TextRenderer text = new coveragebot.console.TextRenderer(false);
        text.write(reply, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(text.render(reply));
      }
    }
  }
}
