package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Published;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CompareReply;
import coveragebot.reply.CoverageReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.QuoteItem;
import coveragebot.reply.Reply;
import coveragebot.reply.SpeakersReply;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every place the Discord layer cuts escaped text to a length, fed text full of markdown
 * characters, backslashes and surrogate pairs, shifted one character at a time so that the cut
 * falls at every position of it: no cut may leave a lone escape backslash (a stray "\" before "…")
 * or half a surrogate pair.
 */
class EscapedCutsTest {

  /** Markdown of every kind, backslashes of the source, astral characters, a list and a number. */
  static final String UNIT =
      "*_~`|>[a](b) \\ <@1> #\uD83D\uDE00x1. \uD83D\uDE00\uD83D\uDE00\\\\||\n- é";

  private static final DiscordRenderer RENDERER = new DiscordRenderer();

  /** Each place that cuts, as: the source text in, the text Discord would get out. */
  static final Map<String, UnaryOperator<String>> SITES = new LinkedHashMap<>();

  static {
    SITES.put("Quote.fit", s -> Quote.fit(s, 1000).shown());
    SITES.put(
        "/speakers line",
        s ->
            content(
                new SpeakersReply(
                    List.of(new SpeakersReply.Speaker(s, 1, List.of("Outlet"), List.of())),
                    List.of(),
                    List.of())));
    SITES.put(
        "/timeline coverage line",
        s -> content(new CoverageReply(List.of(new CoverageReply.Entry(source(s, "T"), 1, 0)))));
    SITES.put(
        "quotations header",
        s -> content(new QuotationsReply(List.of(quoteItem(source("O", "T"), s)))));
    SITES.put(
        "/check header without evidence",
        s ->
            content(
                new CheckReply(
                    "claim",
                    "not_found",
                    null,
                    List.of(new CheckReply.Difference("name", s, "x")),
                    List.of(),
                    null)));
    SITES.put(
        "/compare note without outlets",
        s -> content(new CompareReply("q", List.of(), List.of(), s)));
    SITES.put(
        "/sources field name",
        s ->
            RENDERER
                .render(SourcesEmbedsTest.reply(s, "T", null))
                .embeds()
                .get(0)
                .getFields()
                .get(0)
                .getName());
    SITES.put(
        "/sources field value",
        s ->
            RENDERER
                .render(SourcesEmbedsTest.reply("O", s, null))
                .embeds()
                .get(0)
                .getFields()
                .get(0)
                .getValue());
    SITES.put(
        "excerpt title",
        s ->
            ExcerptEmbeds.build(excerpt(source("O", s)), List.of(), 500, ExcerptEmbeds.Layout.FULL)
                .getTitle());
    SITES.put(
        "fact-check thread message",
        s ->
            FactCheckThreads.messages(
                    new CheckReply(
                        "claim",
                        "supported",
                        null,
                        List.of(),
                        List.of(new CheckReply.Evidence(excerpt(source(s, "T")), s, true)),
                        null))
                .get(0)
                .content());
  }

  static SourceRef source(String outlet, String title) {
    return new SourceRef(
        "001_x.txt", outlet, title, null, new Published(LocalDate.of(2024, 11, 5), null), null);
  }

  static Excerpt excerpt(SourceRef s) {
    return new Excerpt("text", s.file(), 0, 4, s, null, List.of());
  }

  static QuoteItem quoteItem(SourceRef s, String speaker) {
    return new QuoteItem(
        excerpt(s),
        "direct",
        speaker,
        null,
        null,
        1.0,
        false,
        List.of(),
        "test",
        true,
        false,
        null);
  }

  static String content(Reply r) {
    return RENDERER.render(r).content();
  }

  /**
   * No lone escape backslash anywhere (each one is followed by the ASCII punctuation it escapes),
   * so an even number of them before the "…", and no half of a surrogate pair.
   */
  static void assertCleanCut(String where, String shown) {
    int ellipsis = shown.lastIndexOf('…');
    if (ellipsis >= 0) {
      for (int end :
          new int[] {ellipsis, shown.startsWith(" ", ellipsis - 1) ? ellipsis - 1 : -1}) {
        int backslashes = 0;
        while (end - 1 - backslashes >= 0 && shown.charAt(end - 1 - backslashes) == '\\') {
          backslashes++;
        }
        assertThat(backslashes % 2).as(where + ": backslashes before the …: " + shown).isZero();
      }
    }
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      char next = i + 1 < shown.length() ? shown.charAt(i + 1) : 0;
      if (c == '\\') {
        assertThat(next > ' ' && next < 128 && !Character.isLetterOrDigit(next))
            .as(where + ": a lone backslash at " + i + " of " + shown)
            .isTrue();
        i++;
      } else if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(next))
            .as(where + ": half a surrogate pair at " + i + " of " + shown)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c))
            .as(where + ": half a surrogate pair at " + i + " of " + shown)
            .isFalse();
      }
    }
  }

  @Test
  void everyCutOfEscapedTextAtEveryPositionLeavesNoStrayBackslashOrHalfCharacter() {
    String body = UNIT.repeat(120);
    List<String> failed = new java.util.ArrayList<>();
    for (Map.Entry<String, UnaryOperator<String>> site : SITES.entrySet()) {
      try {
        for (int shift = 0; shift <= 2 * UNIT.length(); shift++) {
          String where = site.getKey() + " shifted by " + shift;
          String shown = site.getValue().apply("a".repeat(shift) + body);
          assertThat(shown).as(where + ": was cut").contains("…");
          assertCleanCut(where, shown);
        }
      } catch (AssertionError e) {
        String m = e.getMessage();
        failed.add(m.substring(0, Math.min(m.indexOf(':') + 60, m.length())));
      }
    }
    assertThat(failed).as("sites that cut badly").isEmpty();
  }

  @Test
  void quoteFitAtEveryBudgetLeavesNoStrayBackslashOrHalfCharacter() {
    String s = UNIT.repeat(4);
    for (int budget = 0; budget <= Markdown.escape(s).length() + 1; budget++) {
      assertCleanCut("Quote.fit to " + budget, Quote.fit(s, budget).shown());
    }
  }
}
