package coveragebot.extract;

import coveragebot.config.ConfigLoader;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.ingest.ArticleParser;
import coveragebot.ingest.CorpusLoader;
import java.nio.file.Path;
import java.util.List;

/** Loads the five seed articles, or a single article from a string, as the bot would. */
final class SeedCorpus {
  private SeedCorpus() {}

  static Corpus seeds() {
    try {
      return new CorpusLoader()
          .load(Path.of("seeds"), new ConfigLoader().load(Path.of("config/sources.json"), true));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the seeds", e);
    }
  }

  static Corpus folder(String folder) {
    try {
      return new CorpusLoader()
          .load(Path.of(folder), new ConfigLoader().load(Path.of(folder, "none.json"), false));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load " + folder, e);
    }
  }

  static Article article(String file, String text) {
    return new ArticleParser().parse(file, text, null, 0);
  }

  static Quotations extract(List<Article> articles) {
    return new QuoteExtractor().extract(articles);
  }
}
