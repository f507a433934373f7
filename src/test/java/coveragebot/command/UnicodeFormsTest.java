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

  /** A web page's soft hyphens, which show only where a line breaks: "Stoltenberg", "Norway". */
  private static final String SOFT_HYPHENS =
      "Jens Stol\u00adten\u00adberg flew back to Nor\u00adway after the summit ended.";

  @TempDir static Path dir;
  private static Bot bot;

  @BeforeAll
  static void load() throws IOException, Bot.StartupException {
    Files.writeString(dir.resolve("a.txt"), "Summer in the cafes\n\n" + DECOMPOSED + "\n");
    Files.writeString(dir.resolve("b.txt"), "Desserts of Zurich\n\n" + PRECOMPOSED + "\n");
    Files.writeString(dir.resolve("c.txt"), "Web copy\n\n" + SOFT_HYPHENS + "\n");
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

  @Test
  void softHyphensInTheTextAreNotInTheWay() throws IOException {
    assertThat(highlighted("Stoltenberg Norway", "c.txt"))
        .containsExactly("Stol\u00adten\u00adberg", "Nor\u00adway");
    CheckReply c = (CheckReply) bot.commands().run("/check Jens Stoltenberg flew back to Norway");
    verbatim(c);
    assertThat(c.verdict()).isEqualTo("verbatim");
    assertThat(c.evidence().getFirst().excerpt().text())
        .isEqualTo(SOFT_HYPHENS.substring(0, SOFT_HYPHENS.indexOf(" after")));
  }

  /**
   * Invisible format characters pasted into a question (a soft hyphen, a zero-width joiner,
   * direction isolates around a name copied from a right-to-left page) change no answer: each
   * command answers as it does to the same words typed plainly. /search and /timeline found
   * nothing.
   */
  @Test
  void formatCharactersInAQuestionChangeNoAnswer() throws Exception {
    Bot seeds =
        Bot.load(
            new Bot.Settings(
                Path.of("seeds"),
                Path.of("config/sources.json"),
                true,
                CorpusLoader.Limits.DEFAULT));
    String[][] pairs = {
      {"/search Rut\u00adte congratulated Trump", "/search Rutte congratulated Trump"},
      {"/search \u2068Rutte\u2069 Trump", "/search Rutte Trump"},
      {"/timeline Rut\u200dte", "/timeline Rutte"},
      {"/quote Rut\u00adte", "/quote Rutte"},
      {"/check Rutte congratulated Donald Tr\u00adump", "/check Rutte congratulated Donald Trump"}
    };
    for (String[] pair : pairs) {
      List<Excerpt> invisible = VerbatimInvariantTest.excerpts(seeds.commands().run(pair[0]));
      List<Excerpt> plain = VerbatimInvariantTest.excerpts(seeds.commands().run(pair[1]));
      assertThat(plain).as(pair[1]).isNotEmpty();
      assertThat(invisible)
          .as(pair[0])
          .extracting(e -> e.file() + ":" + e.start() + "-" + e.end())
          .containsExactlyElementsOf(
              plain.stream().map(e -> e.file() + ":" + e.start() + "-" + e.end()).toList());
    }
    CheckReply c =
        (CheckReply) seeds.commands().run("/check Rutte congratulated Donald Tr\u00adump");
    assertThat(c.verdict())
        .isEqualTo(
            ((CheckReply) seeds.commands().run("/check Rutte congratulated Donald Trump"))
                .verdict());
  }

  @Test
  void aFormatCharacterInsideAWordKeepsItOneWord() {
    assertThat(Words.norms(Words.of("Rut\u00adte and Rut\u200dte, \u2068Rutte\u2069")))
        .containsExactly("rutte", "and", "rutte", "rutte");
  }
}
