package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.SourcesReply;

/** Whole-corpus views for {@code export}: the same records and JSON contract as the commands. */
public final class Exports {
  private final Corpus corpus;

  public Exports(Corpus corpus) {
    this.corpus = corpus;
  }

  public PassagesReply passages() {
    return new PassagesReply(corpus.passages().stream().map(Excerpts::of).toList());
  }

  public SourcesReply articles() {
    return SourcesCommand.articles(corpus);
  }
}
