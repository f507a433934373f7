package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.SourceRef;
import coveragebot.extract.Attribution;
import coveragebot.extract.Quotation;
import coveragebot.reply.Excerpt;
import coveragebot.reply.QuoteItem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns extracted quotations into what replies show, with their source and deep link. */
final class QuoteItems {
  private final Map<String, SourceRef> sources = new HashMap<>();

  QuoteItems(Corpus corpus) {
    for (Article a : corpus.articles()) {
      sources.put(a.file(), a.source());
    }
  }

  SourceRef source(String file) {
    return sources.get(file);
  }

  QuoteItem of(Quotation q) {
    return of(q, Links::fragment);
  }

  /**
   * {@link #of(Quotation)} with the links' fragments from {@code fragments} ({@link Links#fragment}
   * or a memo of it, for the copies of one quotation in a reply).
   */
  QuoteItem of(Quotation q, java.util.function.UnaryOperator<String> fragments) {
    SourceRef s = sources.get(q.file());
    Excerpt e =
        new Excerpt(
            q.text(),
            q.file(),
            q.start(),
            q.end(),
            s,
            Links.textFragment(s.url(), q.text(), fragments),
            List.of());
    Attribution a = q.attribution();
    return new QuoteItem(
        e,
        q.kind().name().toLowerCase(Locale.ROOT),
        a.speaker(),
        a.speakerText(),
        a.speakerSpan(),
        Math.round(a.confidence() * 100) / 100.0,
        a.ambiguous(),
        a.candidates(),
        a.cue(),
        q.closed(),
        q.headline(),
        q.marks());
  }
}
