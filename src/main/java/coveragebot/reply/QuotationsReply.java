package coveragebot.reply;

import java.util.List;

/** Every quotation of the corpus, in article then text order: the {@code export quotes} view. */
public record QuotationsReply(List<QuoteItem> quotes) implements Reply {
  public QuotationsReply {
    quotes = List.copyOf(quotes);
  }
}
