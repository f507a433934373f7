package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Passage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void aShortPassageIsOneEncodedTextDirective() {
    assertThat(Links.textFragment("https://example.org/a", "NATO will be in safe hands."))
        .isEqualTo("https://example.org/a#:~:text=NATO%20will%20be%20in%20safe%20hands.");
  }

  @Test
  void aLongPassageIsNamedByItsFirstAndLastWords() {
    String link =
        Links.textFragment(
            "https://example.org/a#top", "one two three four five six seven eight nine ten");
    assertThat(link)
        .isEqualTo(
            "https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten");
  }

  @Test
  void dashesCommasAmpersandsAndCurlyQuotesAreEncoded() {
    assertThat(Links.textFragment("https://example.org", "knife-edge, Q&A “yes”"))
        .isEqualTo("https://example.org#:~:text=knife%2Dedge%2C%20Q%26A%20%E2%80%9Cyes%E2%80%9D");
  }

  @Test
  void noUrlMeansNoLinkRatherThanAMadeUpOne() {
    assertThat(Links.textFragment(null, "text")).isNull();
    assertThat(Links.textFragment(" ", "text")).isNull();
  }

  @Test
  void theWordsAreFoundInPlaceAsSplittingTheWholePassageFoundThem() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Passage p : new CorpusGenerator(5).corpus(200).passages()) {
      texts.add(p.text());
    }
    Random r = new Random(11);
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (int k = 0; k < 200; k++) {
          int from = r.nextInt(text.length());
          texts.add(text.substring(from, Math.min(text.length(), from + r.nextInt(400))));
        }
      }
    }
    // every kind of whitespace: the regex's own, and Unicode's that strip() removes at the ends
    // but that is part of a word in the middle
    String alphabet = " \t\n\u000B\f\r\u00A0\u2003\u001C\u3000ab-,&é“”";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(40); n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    assertThat(texts).hasSizeGreaterThan(20_000);
    for (String text : texts) {
      assertThat(Links.textFragment("https://example.org/a", text))
          .as("%s", text)
          .isEqualTo(bySplitting("https://example.org/a", text));
    }
  }

  /** Encoding as it was done before, with the JDK's form encoder and three replacements. */
  private static String byUrlEncoder(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("-", "%2D")
        .replace("*", "%2A");
  }

  @Test
  void encodesAsTheFormEncoderWithItsThreeReplacements() {
    String[] pieces = {
      "a",
      "Z",
      "0",
      "9",
      ".",
      "_",
      "-",
      "*",
      "+",
      " ",
      ",",
      "&",
      "~",
      "%",
      "#",
      "é",
      "€",
      "中",
      "\uD83D\uDE00",
      "“",
      "’",
      "\u0000",
      "\n",
      "word",
      "NATO"
    };
    Random r = new Random(4);
    for (int i = 0; i < 50_000; i++) {
      String s = coveragebot.testing.RandomTexts.of(r, pieces, 10);
      assertThat(Links.encode(s)).as("[%s]", s).isEqualTo(byUrlEncoder(s));
    }
    // Passages come from valid UTF-8 and hold no lone surrogate; one is a ?, where the form
    // encoder leaves it out at the end of a run of encoded characters.
    assertThat(Links.encode("a\uD800")).isEqualTo("a%3F");
    assertThat(Links.encode("\uDC00b")).isEqualTo("%3Fb");
  }

  /** The link as it was made before, by splitting the whole passage into words. */
  private static String bySplitting(String base, String passage) {
    String[] words = passage.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return base;
    }
    String fragment;
    if (words.length <= 8) {
      fragment = Links.encode(String.join(" ", words));
    } else {
      fragment =
          Links.encode(String.join(" ", java.util.Arrays.copyOfRange(words, 0, 4)))
              + ","
              + Links.encode(
                  String.join(
                      " ", java.util.Arrays.copyOfRange(words, words.length - 4, words.length)));
    }
    return base + "#:~:text=" + fragment;
  }

  /**
   * Words that stand earlier in the text too get the words before them as the fragment's prefix, or
   * a browser would open the page at the first place (Jordan Times: the body's "strong" after the
   * headline's 'strong'); the first place keeps the plain link.
   */
  @Test
  void wordsThatStandEarlierTooAreNamedWithTheWordsBeforeThem() {
    String text = "Rutte says alliance 'strong'\n\nHe will keep the alliance \"strong\", he said.";
    int first = text.indexOf("strong");
    int second = text.indexOf("strong", first + 1);
    String url = "https://example.org/a";
    assertThat(Links.textFragment(url, text, first, first + 6))
        .isEqualTo("https://example.org/a#:~:text=strong");
    assertThat(Links.textFragment(url, text, second, second + 6))
        .isEqualTo("https://example.org/a#:~:text=alliance%20%22-,strong");
    assertThat(Links.textFragment(null, text, second, second + 6)).isNull();
    // on the seeds: Jordan Times' body "strong" [500-506]
    coveragebot.reply.QuoteReply r =
        (coveragebot.reply.QuoteReply)
            coveragebot.testing.Seeds.bot().commands().run("/quote Rutte text:strong limit:25");
    List<coveragebot.reply.Excerpt> shown = new ArrayList<>();
    r.groups().forEach(g -> g.alsoIn().forEach(c -> shown.add(c.excerpt())));
    r.groups().forEach(g -> shown.add(g.quote().excerpt()));
    assertThat(shown)
        .filteredOn(e -> e.text().equals("strong"))
        .extracting(e -> e.start() + " " + e.link().substring(e.link().indexOf('#')))
        .containsExactlyInAnyOrder(
            // (the headline's 'strong' at 70 is the body's, listed once since 2026-11-29)
            // the caption at 290 has 'alliance "strong' too ("will help keep the alliance"): until
            // 2026-11-29 the link named those words and opened the page at the caption
            "500 #:~:text=would%20help%20keep%20the%20alliance%20%22-,strong");
    // more words before it while the prefix and words stand earlier too, up to five
    String caption = "keep the alliance \"strong\" (AFP)\n\nwould keep the alliance \"strong\".";
    int later = caption.lastIndexOf("strong");
    assertThat(Links.textFragment(url, caption, later, later + 6))
        .isEqualTo("https://example.org/a#:~:text=would%20keep%20the%20alliance%20%22-,strong");
  }
}
