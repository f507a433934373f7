package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Passage;
import coveragebot.testing.Seeds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hashed word-pair shingles give the same similarity as word-pair strings, only cheaper. */
class TextShinglesTest {

  /** The string form /search used before hashing: the oracle. */
  private static Set<String> pairs(String text) {
    List<String> words = Text.words(text.toLowerCase(Locale.ROOT));
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    if (words.size() == 1) {
      out.add(words.get(0));
    }
    return out;
  }

  private static double oracle(String a, String b) {
    Set<String> x = pairs(a);
    Set<String> y = pairs(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return common.size() / (double) (x.size() + y.size() - common.size());
  }

  @Test
  void similarityEqualsTheWordPairStringsOverSeedsAndGeneratedCopies() {
    List<String> texts = new ArrayList<>();
    Seeds.bot().corpus().passages().forEach(p -> texts.add(p.text()));
    new CorpusGenerator(11).corpus(12).passages().stream().map(Passage::text).forEach(texts::add);
    texts.addAll(
        List.of(
            "ΟΔΟΣ ΣΟΦΟΣ and İstanbul İzmir said",
            "οδος σοφος and istanbul izmir said",
            "Rutte 😀 said \uD835\uDC00BC allies",
            "rutte 😀 said 𝐀bc allies"));
    for (String a : texts) {
      for (String b : texts) {
        assertThat(Text.jaccard(Text.shingles(a), Text.shingles(b)))
            .as("%s / %s", a, b)
            .isCloseTo(oracle(a, b), within(1e-12));
      }
    }
  }

  @Test
  void similarityEqualsTheWordPairStringsOverRandomTextsOfEveryKindOfCharacter() {
    // ASCII letters, digits and punctuation (every ASCII character next to a letter's code),
    // Latin-1 and Greek letters, the three that lower-case otherwise in a whole text, apostrophes
    String alphabet = "AZaz09@[`{_ -.,'’ÀßÿµÆΣσςİıΩ😀\uD835\uDC00\uD800";
    java.util.Random r = new java.util.Random(5);
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < 3_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(30); n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (int k = 0; k + 1 < texts.size(); k++) {
      String a = texts.get(k);
      // a text against another, and against itself with its case changed
      for (String b : List.of(texts.get(k + 1), a.toUpperCase(Locale.ROOT))) {
        assertThat(Text.jaccard(Text.shingles(a), Text.shingles(b)))
            .as("%s / %s", a, b)
            .isCloseTo(oracle(a, b), within(1e-12));
      }
    }
  }

  @Test
  void quoteStylesCaseAndRepeatedPairsDoNotMatter() {
    assertThat(
            Text.jaccard(
                Text.shingles("Rutte’s allies, NATO"), Text.shingles("rutte's ALLIES nato")))
        .isEqualTo(1.0);
    assertThat(Text.shingles("a b a b a b")).hasSize(2);
    assertThat(Text.shingles("word")).hasSize(1);
    assertThat(Text.shingles(" — ")).isEmpty();
    assertThat(Text.jaccard(Text.shingles(""), Text.shingles("word"))).isZero();
  }
}
