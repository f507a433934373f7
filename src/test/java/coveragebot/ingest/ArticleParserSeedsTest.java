package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Boilerplate.Kind;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Published;
import coveragebot.testing.Seeds;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserSeedsTest {

  private static Article article(String prefix) {
    return Seeds.bot().corpus().articles().stream()
        .filter(a -> a.file().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          000 | Khaleej Times               | Nato will 'stay united' whoever wins US election: Rutte | AFP           | 2024-11-05T09:07
          001 | Daily Mail Nigeria          | -                                                        | AFP           | -
          002 | Radio Romania International | NATO must stay united                                    | Leyla Cheamil | 2024-11-05T13:50
          003 | Jordan Times                | NATO chief congratulates Trump, says will keep alliance 'strong' | AFP   | 2024-11-06
          004 | Jowhar                      | New NATO Chief Rutte Says He’s ‘Not Concerned’ About US Election | -     | -
          """)
  void readsOutletTitleBylineAndDateOfEachSeed(
      String prefix, String outlet, String title, String byline, String published) {
    Article a = article(prefix);
    assertThat(a.source().outlet()).isEqualTo(outlet);
    assertThat(a.source().title()).isEqualTo(title);
    assertThat(a.source().byline()).isEqualTo(byline);
    assertThat(a.source().published() == null ? null : a.source().published().iso())
        .isEqualTo(published);
  }

  @Test
  void theSiteClockIsPageChromeNotThePublicationDate() {
    Article a = article("000");
    assertThat(a.source().published())
        .isEqualTo(new Published(LocalDate.of(2024, 11, 5), LocalTime.of(9, 7)));
    assertThat(a.boilerplate())
        .anySatisfy(
            b -> {
              assertThat(b.kind()).isEqualTo(Kind.PAGE_CHROME);
              assertThat(b.text()).startsWith("Fri, Jan 03, 2025");
            });
  }

  @Test
  void unknownMetadataIsNamed() {
    assertThat(article("001").unknown()).containsExactlyInAnyOrder("title", "published");
    assertThat(article("002").unknown()).containsExactly("url");
    assertThat(article("004").unknown()).containsExactlyInAnyOrder("byline", "published");
  }

  @Test
  void navigationCaptionsDuplicatesAndTeasersAreSetAside() {
    List<Boilerplate> kt = article("000").boilerplate();
    assertThat(kt).extracting(Boilerplate::text).contains("Top Stories", "Next Story");
    assertThat(kt).filteredOn(b -> b.kind() == Kind.CAPTION).hasSize(1);
    // the caption is printed twice, and the standfirst is repeated as a body paragraph
    assertThat(kt).filteredOn(b -> b.kind() == Kind.DUPLICATE).hasSize(2);

    List<Boilerplate> jt = article("003").boilerplate();
    assertThat(jt).filteredOn(b -> b.kind() == Kind.RELATED).hasSize(4);
    assertThat(jt).anySatisfy(b -> assertThat(b.text()).isEqualTo("You are here"));
    assertThat(jt).anySatisfy(b -> assertThat(b.text()).endsWith("(AFP photo)"));
  }

  @Test
  void noPassageContainsBoilerplateText() {
    for (Article a : Seeds.bot().corpus().articles()) {
      for (Passage p : a.passages()) {
        assertThat(p.text())
            .doesNotContain("Top Stories", "Next Story", "Related Articles", "You are here")
            .doesNotContain("ktweather", "(AFP photo)", "— Reuters");
        for (Boilerplate b : a.boilerplate()) {
          assertThat(p.end() <= b.start() || p.start() >= b.end())
              .as("passage %s overlaps boilerplate %s", p, b)
              .isTrue();
        }
      }
    }
  }

  @Test
  void everyPassageAndBoilerplateBlockIsTheExactTextAtItsOffsets() {
    for (Article a : Seeds.bot().corpus().articles()) {
      String file = Seeds.text(a.file());
      assertThat(a.text()).isEqualTo(file);
      for (Passage p : a.passages()) {
        assertThat(file.substring(p.start(), p.end())).isEqualTo(p.text());
        assertThat(p.text().length()).isLessThanOrEqualTo(ArticleParser.MAX_PASSAGE_CHARS);
      }
      for (Boilerplate b : a.boilerplate()) {
        assertThat(file.substring(b.start(), b.end())).isEqualTo(b.text());
      }
    }
  }

  @Test
  void aLongParagraphIsSplitAtSentenceBoundaries() {
    String sentence =
        "Mr. Rutte met Gen. Smith in the U.S. on Monday to talk about defence spending. ";
    String paragraph = sentence.repeat(30).strip();
    String text = "Headline\n" + paragraph + "\n";
    Article a = new ArticleParser().parse("long.txt", text, null, 0);
    assertThat(a.passages()).hasSizeGreaterThan(2);
    for (Passage p : a.passages()) {
      assertThat(p.text().length()).isLessThanOrEqualTo(ArticleParser.MAX_PASSAGE_CHARS);
      assertThat(p.text()).startsWith("Mr. Rutte met").endsWith("spending.");
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(p.paragraph()).isZero();
    }
  }

  @Test
  void aSentenceLongerThanAPassageIsCutAtSpacesWithoutLosingText() {
    String paragraph = "word ".repeat(1000).strip();
    Article a = new ArticleParser().parse("long.txt", paragraph, null, 0);
    assertThat(a.passages()).hasSizeGreaterThan(4);
    String joined = String.join(" ", a.passages().stream().map(Passage::text).toList());
    assertThat(joined).isEqualTo(paragraph);
  }
}
