package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks that replaced regexes in parsing give what the regexes gave, on random
 * lines built from the characters and words that matter to them.
 */
class BoilerplateFastPathsTest {
  private static final String[] PIECES = {
    "a",
    "B",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    ".",
    ":",
    "•",
    "·",
    "!",
    "?",
    ",",
    "-",
    " — ",
    "–",
    "(",
    ")",
    "AFP",
    "Reuters",
    "AP",
    "ap",
    "Getty Images",
    "EPA",
    "Anadolu",
    " photo",
    "Photo:",
    "image:",
    "PICTURE: ",
    "credit:",
    "(AFP)",
    "(photo: x)",
    "File",
    "Top stories",
    "home",
    "you are here",
    "é",
    "İ",
    "\u0085",
    "\u2028",
    "\u2029",
    "\u00a0",
    "x".repeat(40),
    "'",
    "\"",
    "_",
    "~"
  };

  private static final Pattern CAPTION =
      Pattern.compile(
          ".*(\\s[—–-]\\s*(Reuters|AFP|AP|Getty Images|EPA|Anadolu)( photo)?"
              + "|\\((AFP|Reuters|AP|EPA|File)( photo| file photo)?\\)"
              + "|\\((photo|image|picture)s?:? [^)]{1,80}\\)"
              + "|\\b(photo|image|picture|credit):\\s*[^.]{1,60})\\.?",
          Pattern.CASE_INSENSITIVE);

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void theCaptionPrefilterNeverHidesACaption() {
    Random r = new Random(3);
    for (int i = 0; i < 300_000; i++) {
      String line = line(r);
      assertThat(BoilerplateRules.isCaption(line))
          .as("[%s]", line)
          .isEqualTo(CAPTION.matcher(line).matches());
    }
  }

  @Test
  void navigationWordsAreRecognisedAsTheRegexDid() {
    Random r = new Random(4);
    for (int i = 0; i < 300_000; i++) {
      String line = line(r);
      String old = line.strip().toLowerCase(Locale.ROOT).replaceAll("[:.•·\\s]+$", "");
      assertThat(BoilerplateRules.isNavigation(line) || BoilerplateRules.isBreadcrumb(line))
          .as("[%s]", line)
          .isEqualTo(
              Set.of(
                          "top stories",
                          "next story",
                          "previous story",
                          "next article",
                          "previous article",
                          "advertisement",
                          "read more",
                          "most read",
                          "trending",
                          "share",
                          "share this article",
                          "follow us",
                          "recommended",
                          "latest news",
                          "more stories",
                          "back to top",
                          "you are here",
                          "home",
                          "you are here:")
                      .contains(old)
                  || line.contains(" » ")
                  || line.contains(" > "));
    }
  }

  @Test
  void duplicateKeysAreTheRegexOnes() {
    Random r = new Random(5);
    for (int i = 0; i < 300_000; i++) {
      String line = line(r);
      String old =
          line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\p{Punct}\\s]+$", "");
      assertThat(ArticleParser.duplicateKey(line)).as("[%s]", line).isEqualTo(old);
    }
  }

  @Test
  void duplicateKeyHashesAreThoseOfTheKeys() {
    Random r = new Random(6);
    for (int i = 0; i < 300_000; i++) {
      String line = line(r);
      assertThat(ArticleParser.duplicateKeyHash(line))
          .as("[%s]", line)
          .isEqualTo(ArticleParser.hash(ArticleParser.duplicateKey(line)));
    }
    // every character, alone, between letters, and before a final stop or line separator
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String c = Character.toString(cp);
      for (String line : new String[] {c, "A" + c + "b", "x " + c + ".", c + "\u2028", "Σ" + c}) {
        assertThat(ArticleParser.duplicateKeyHash(line))
            .as("U+%04X in [%s]", cp, line)
            .isEqualTo(ArticleParser.hash(ArticleParser.duplicateKey(line)));
      }
    }
  }

  /** The Thue-Morse word of 1,024 letters over {@code a} and {@code b}. */
  private static String thueMorse(char a, char b) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 1024; i++) {
      out.append(Integer.bitCount(i) % 2 == 0 ? a : b);
    }
    return out.toString();
  }

  @Test
  void paragraphsWhoseKeysShareAHashAreToldApart() {
    // a Thue-Morse word and its complement: a known collision of 64-bit polynomial hashes
    String s = thueMorse('a', 'b');
    String t = thueMorse('b', 'a');
    assertThat(ArticleParser.duplicateKeyHash(s)).isEqualTo(ArticleParser.duplicateKeyHash(t));
    String text =
        "A headline\n\nThe story begins here, as stories do.\n\n"
            + s
            + "\n\n"
            + t
            + "\n\n"
            + t
            + ".\n\n"
            + s
            + "\n\nThe end of the story.\n";
    int firstS = text.indexOf(s);
    int firstT = text.indexOf(t);
    Article a = new ArticleParser().parse("x.txt", text, null, 0);
    assertThat(a.boilerplate())
        .filteredOn(b -> b.kind() == Boilerplate.Kind.DUPLICATE)
        .extracting(Boilerplate::start, Boilerplate::reason)
        .containsExactly(
            tuple(text.indexOf(t, firstT + 1), "repeats the text at offset " + firstT),
            tuple(text.indexOf(s, firstS + 1), "repeats the text at offset " + firstS));
  }
}
