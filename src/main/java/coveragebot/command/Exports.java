package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.extract.Quotations;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.SourcesReply;

/** Whole-corpus views for {@code export}: the same records and JSON contract as the commands. */
public final class Exports {
  private final Corpus corpus;
  private final Quotations quotations;

  public Exports(Corpus corpus, Quotations quotations) {
    this.corpus = corpus;
    this.quotations = quotations;
  }

  public PassagesReply passages() {
    return ReplyLog.logged(
        "export passages",
        new PassagesReply(corpus.passages().stream().map(Excerpts::of).toList()));
  }

  public SourcesReply articles() {
    return ReplyLog.logged("export articles", SourcesCommand.articles(corpus));
  }

  /** Every quotation with its speaker and evidence (issue 4). */
  public QuotationsReply quotes() {
    return ReplyLog.logged(
        "export quotes",
        new QuotationsReply(quotations.all().stream().map(QuoteItems::of).toList()));
  }
}
