package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.app.Bot;
import coveragebot.corpus.Span;
import coveragebot.ingest.CorpusLoader;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CompareReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word written with precomposed accents (NFC, "é" one character) and the same word written with
 * combining ones (NFD, "e" and U+0301) are one word to /search, /check and /compare, whichever form
 * the file and the question are in; what is shown and highlighted is the file's text as written.
 */
class UnicodeFormsTest {
  /** Combining accents: "Café", "Montréal", "été", "Αθήνα" (Athens) written decomposed. */
  private static final String DECOMPOSED =
      "Cafe\u0301 owners in Montre\u0301al said the e\u0301te\u0301 season in"
          + " \u0391\u03b8\u03b7\u0301\u03bd\u03b1 was their best in years.";

  /** Precomposed accents: "Crème brûlée", "Zürich". */
  private static final String PRECOMPOSED =
      "Cr\u00e8me br\u00fbl\u00e9e sold out at the Z\u00fcrich market, traders told reporters.";

  @TempDir static Path dir;
  private static Bot bot;

  @BeforeAll
  static void load() throws IOException, Bot.StartupException {
    Files.writeString(dir.resolve("a.txt"), "Summer in the cafes\n\n" + DECOMPOSED + "\n");
    Files.writeString(dir.resolve("b.txt"), "Desserts of Zurich\n\n" + PRECOMPOSED + "\n");
    bot =
        Bot.load(
            new Bot.Settings(dir, dir.resolve("missing.json"), false, CorpusLoader.Limits.DEFAULT));
  }

  private static String file(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  /** The reply's excerpts, each checked verbatim against its file. */
  private static List<Excerpt> verbatim(Reply reply) throws IOException {
    List<Excerpt> out = VerbatimInvariantTest.excerpts(reply);
    for (Excerpt e : out) {
      String text = file(e.file());
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    return out;
  }

  /** What the first result of /search highlights, as the file's text at those offsets. */
  private static List<String> highlighted(String query, String expectedFile) throws IOException {
    Reply r = bot.commands().run("/search " + query);
    assertThat(r).as(query).isInstanceOf(SearchReply.class);
    List<Excerpt> shown = verbatim(r);
    assertThat(shown).as(query).isNotEmpty();
    Excerpt first = shown.getFirst();
    assertThat(first.file()).as(query).isEqualTo(expectedFile);
    String text = file(first.file());
    List<String> out = new ArrayList<>();
    for (Span h : first.highlights()) {
      out.add(text.substring(h.start(), h.end()));
    }
    return out;
  }

  @Test
  void precomposedQueriesFindDecomposedTextAndHighlightItAsWritten() throws IOException {
    assertThat(highlighted("\u00e9t\u00e9", "a.txt")).containsExactly("e\u0301te\u0301");
    assertThat(highlighted("caf\u00e9 Montr\u00e9al", "a.txt"))
        .containsExactly("Cafe\u0301", "Montre\u0301al");
    // Greek is not folded to ASCII: only the composed form makes the two one word
    assertThat(highlighted("\u0391\u03b8\u03ae\u03bd\u03b1", "a.txt"))
        .containsExactly("\u0391\u03b8\u03b7\u0301\u03bd\u03b1");
  }

  @Test
  void decomposedQueriesFindPrecomposedText() throws IOException {
    assertThat(highlighted("cre\u0300me bru\u0302le\u0301e", "b.txt"))
        .containsExactly("Cr\u00e8me", "br\u00fbl\u00e9e");
    assertThat(highlighted("Zu\u0308rich", "b.txt")).containsExactly("Z\u00fcrich");
  }

  @Test
  void aClaimTypedInEitherFormIsFoundVerbatim() throws IOException {
    String claimNfc =
        "Caf\u00e9 owners in Montr\u00e9al said the \u00e9t\u00e9 season in"
            + " \u0391\u03b8\u03ae\u03bd\u03b1 was their best in years";
    String claimNfd = "Cre\u0300me bru\u0302le\u0301e sold out at the Zu\u0308rich market";
    for (String[] claim : new String[][] {{claimNfc, "a.txt"}, {claimNfd, "b.txt"}}) {
      Reply r = bot.commands().run("/check " + claim[0]);
      assertThat(r).as(claim[0]).isInstanceOf(CheckReply.class);
      verbatim(r);
      CheckReply c = (CheckReply) r;
      assertThat(c.verdict()).as(claim[0]).isEqualTo("verbatim");
      assertThat(c.evidence().getFirst().excerpt().file()).isEqualTo(claim[1]);
      // the claim's words as the file writes them, not as the claim typed them
      assertThat(c.evidence().getFirst().excerpt().text())
          .isEqualTo(
              claim[1].equals("a.txt")
                  ? DECOMPOSED.substring(0, DECOMPOSED.length() - 1)
                  : PRECOMPOSED.substring(0, PRECOMPOSED.indexOf(" market") + 7));

      Reply compared = bot.commands().run("/compare " + claim[0]);
      assertThat(compared).as(claim[0]).isInstanceOf(CompareReply.class);
      verbatim(compared);
      assertThat(((CompareReply) compared).carried())
          .extracting(x -> x.evidence().excerpt().file())
          .containsExactly(claim[1]);
    }
  }

  @Test
  void wordsKeepCombiningMarksAndNormTheComposedForm() {
    List<Words.Word> decomposed = Words.of("l'e\u0301te\u0301 Montre\u0301al");
    List<Words.Word> precomposed = Words.of("l'\u00e9t\u00e9 Montr\u00e9al");
    assertThat(Words.norms(decomposed)).isEqualTo(Words.norms(precomposed));
    assertThat(Words.norms(precomposed)).containsExactly("l'\u00e9t\u00e9", "montr\u00e9al");
    assertThat(decomposed).extracting(Words.Word::start).containsExactly(0, 8);
    assertThat(decomposed).extracting(Words.Word::end).containsExactly(7, 17);
  }
}
