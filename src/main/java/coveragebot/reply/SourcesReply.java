package coveragebot.reply;

import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Skipped;
import coveragebot.corpus.SourceRef;
import java.util.List;

/** The articles the bot knows, what it set aside in each, and the files it could not load. */
public record SourcesReply(List<ArticleInfo> articles, List<Skipped> skipped, List<String> warnings)
    implements Reply {
  public SourcesReply {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /**
   * One article: where it is from, how many passages it gave, what is unknown about it and what was
   * kept out of answers.
   */
  public record ArticleInfo(
      SourceRef source,
      int passages,
      int characters,
      List<String> unknown,
      List<Boilerplate> boilerplate) {
    public ArticleInfo {
      unknown = List.copyOf(unknown);
      boilerplate = List.copyOf(boilerplate);
    }
  }
}
