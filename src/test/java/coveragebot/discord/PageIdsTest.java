package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.SourcesReply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

class PageIdsTest {

  @Test
  void idsCarryCommandOptionsAndPageAndSurviveOddCharacters() {
    String id =
        PageIds.encode("v1", "search", Map.of("question", "a|b&c=d é", "limit", "5"), 2).get();
    assertThat(id.length()).isLessThanOrEqualTo(100);
    PageIds.PageRequest r = PageIds.decode(id).get();
    assertThat(r.version()).isEqualTo("v1");
    assertThat(r.command()).isEqualTo("search");
    assertThat(r.options()).isEqualTo(Map.of("question", "a|b&c=d é", "limit", "5"));
    assertThat(r.page()).isEqualTo(2);
  }

  /** Options too long for 100 characters are kept under a key; an unknown key is a stale id. */
  @Test
  void tooLongOptionsAreKeptUnderAKeyAndGarbageDecodesToNothing() {
    Map<String, String> options = Map.of("question", "é ".repeat(300), "outlet", "Jordan Times");
    String id = PageIds.encode("v1", "search", options, 1).get();
    assertThat(id).hasSizeLessThanOrEqualTo(100).startsWith("pg|v1|search|1|@");
    assertThat(PageIds.decode(id).get().options()).isEqualTo(options);
    assertThat(PageIds.encode("v1", "search", options, 2).get())
        .isEqualTo(id.replace("|1|", "|2|"));
    List<Button> row = PageIds.row("v1", "search", options, 0, 3);
    assertThat(row).hasSize(3);
    assertThat(PageIds.decode(row.get(2).getCustomId()).get().page()).isEqualTo(1);
    assertThat(PageIds.decode("pg|v1|search|1|@AAAAAAAAAAAAAAAA")).isEmpty(); // never kept
    for (String bad :
        List.of(
            "",
            "pg|",
            "pg|v1|x|y|",
            "pg|v1|x|1|novalue",
            "pg|v1|x|1|a=%zz",
            "pg|sources|0|",
            "pg|V!|sources|0|",
            "other")) {
      assertThat(PageIds.decode(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void buttonsHaveUniqueIdsAndTheEndsAreDisabled() {
    List<Button> first = PageIds.row("v1", "sources", Map.of(), 0, 3);
    assertThat(first).hasSize(3);
    assertThat(first.get(0).isDisabled()).isTrue();
    assertThat(first.get(2).isDisabled()).isFalse();
    assertThat(PageIds.decode(first.get(2).getCustomId()).get().page()).isEqualTo(1);
    Set<String> ids = new HashSet<>();
    first.forEach(b -> ids.add(b.getCustomId()));
    assertThat(ids).hasSize(3);
    assertThat(PageIds.row("v1", "sources", Map.of(), 2, 3).get(2).isDisabled()).isTrue();
    assertThat(PageIds.row("v1", "sources", Map.of(), 0, 1)).isEmpty();
  }

  @Test
  void sixtySourcesArePagedWithoutLosingOrRepeatingAnArticle() throws Exception {
    List<SourcesReply.ArticleInfo> infos = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      infos.add(
          new SourcesReply.ArticleInfo(
              new SourceRef(
                  "f" + i + ".txt",
                  "Outlet " + i,
                  "T".repeat(250),
                  "https://e.org/" + i,
                  null,
                  null),
              3,
              100,
              List.of(),
              List.of()));
    }
    SourcesReply reply = new SourcesReply(infos, List.of(), List.of());
    DiscordRenderer renderer = new DiscordRenderer();
    int pages = renderer.render(reply, 0).get().pages();
    assertThat(pages).isGreaterThan(2);
    List<String> seen = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      DiscordRenderer.Paged page = renderer.render(reply, p).get();
      JsonNode json = DiscordRendererTest.sent(page.message());
      MessageRules.assertWithinLimits(json);
      json.path("embeds").get(0).path("fields").forEach(f -> seen.add(f.path("name").asText()));
      assertThat(json.path("embeds").get(0).path("footer").path("text").asText())
          .startsWith("Page " + (p + 1) + " of " + pages);
    }
    assertThat(seen).hasSize(60);
    assertThat(seen.get(59)).isEqualTo("Outlet 59 · undated");
    assertThat(renderer.render(reply, pages)).isEmpty();
  }
}
