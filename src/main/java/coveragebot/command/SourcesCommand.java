package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.reply.Reply;
import coveragebot.reply.SourcesReply;
import java.util.List;

/** {@code /sources}: the articles the bot knows, what it set aside, and what it could not load. */
public final class SourcesCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "sources",
          "List the articles the bot knows, with outlet, title, date and link",
          List.of(),
          List.of("/sources"));

  private final Corpus corpus;

  /**
   * The reply is the same for every request (the corpus does not change while the bot runs), and
   * copying 100,000 articles' details per request cost milliseconds: it is built once, when first
   * asked.
   */
  private volatile SourcesReply reply;

  public SourcesCommand(Corpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    SourcesReply r = reply;
    if (r == null) {
      r = articles(corpus);
      reply = r;
    }
    return r;
  }

  /** The same view as {@code export articles}. */
  static SourcesReply articles(Corpus corpus) {
    List<SourcesReply.ArticleInfo> infos =
        corpus.articles().stream().map(SourcesCommand::info).toList();
    return new SourcesReply(infos, corpus.skipped(), corpus.warnings());
  }

  private static SourcesReply.ArticleInfo info(Article a) {
    return new SourcesReply.ArticleInfo(
        a.source(), a.passages().size(), a.text().length(), a.unknown(), a.boilerplate());
  }
}
