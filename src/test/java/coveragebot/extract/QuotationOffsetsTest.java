package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Span;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one invariant, for quotations: every span is the file's exact text, never boilerplate. */
class QuotationOffsetsTest {

  @Test
  void everySeedQuoteIsTheArticleTextBetweenItsOffsets() {
    Corpus corpus = SeedCorpus.seeds();
    Map<String, Article> byFile =
        corpus.articles().stream().collect(Collectors.toMap(Article::file, Function.identity()));
    Quotations all = SeedCorpus.extract(corpus.articles());
    assertThat(all.all()).isNotEmpty();
    for (Quotation q : all.all()) {
      String text = byFile.get(q.file()).text();
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.marks().start()).isLessThan(q.start());
      assertThat(q.marks().end()).isGreaterThanOrEqualTo(q.end());
      for (Span s : q.segments()) {
        assertThat(s.start()).isBetween(q.start(), q.end());
        assertThat(s.end()).isBetween(q.start(), q.end());
      }
      if (q.attribution().speakerSpan() != null) {
        assertThat(q.attribution().speakerSpan().of(text)).isEqualTo(q.attribution().speakerText());
      }
    }
  }

  @Test
  void equalQuotationTextsAreOneStringAndStillTheirArticlesText() {
    // generated wire copies carry the same quotations across outlets
    Corpus corpus = new coveragebot.bench.CorpusGenerator(7).corpus(300);
    Map<String, Article> byFile =
        corpus.articles().stream().collect(Collectors.toMap(Article::file, Function.identity()));
    Quotations all = new QuoteExtractor().extract(corpus.articles());
    Map<String, String> first = new java.util.HashMap<>();
    int shared = 0;
    for (Quotation q : all.all()) {
      assertThat(byFile.get(q.file()).text().substring(q.start(), q.end())).isEqualTo(q.text());
      String earlier = first.putIfAbsent(q.text(), q.text());
      if (earlier != null) {
        assertThat(q.text()).as(q.text()).isSameAs(earlier);
        shared++;
      }
    }
    assertThat(shared).as("quotations whose text an earlier one has").isGreaterThan(100);
  }

  @Test
  void bodyQuotesLieInPassagesAndHeadlineQuotesInTheHeadline() {
    Corpus corpus = SeedCorpus.seeds();
    Quotations all = SeedCorpus.extract(corpus.articles());
    for (Quotation q : all.all()) {
      Article a =
          corpus.articles().stream()
              .filter(x -> x.file().equals(q.file()))
              .findFirst()
              .orElseThrow();
      boolean inPassage =
          a.passages().stream().anyMatch(p -> p.start() <= q.start() && q.end() <= p.end());
      boolean inHeadline =
          a.boilerplate().stream()
              .anyMatch(
                  b ->
                      b.kind() == Boilerplate.Kind.METADATA
                          && b.text().equals(a.source().title())
                          && b.start() <= q.start()
                          && q.end() <= b.end());
      assertThat(q.headline() ? inHeadline : inPassage).as(q.text()).isTrue();
    }
  }
}
