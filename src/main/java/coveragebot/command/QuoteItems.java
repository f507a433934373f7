package coveragebot.command;

import coveragebot.corpus.SourceRef;
import coveragebot.extract.Attribution;
import coveragebot.extract.Quotation;
import coveragebot.reply.Excerpt;
import coveragebot.reply.QuoteItem;
import java.util.List;
import java.util.Locale;

/** Turns extracted quotations into what replies show, with their source and deep link. */
final class QuoteItems {
  private QuoteItems() {}

  static QuoteItem of(Quotation q) {
    return of(q, Links::fragment);
  }

  /**
   * {@link #of(Quotation)} with the links' fragments from {@code fragments} ({@link Links#fragment}
   * or a memo of it, for the copies of one quotation in a reply).
   */
  static QuoteItem of(Quotation q, java.util.function.UnaryOperator<String> fragments) {
    return of(q, fragments, null);
  }

  /**
   * {@link #of(Quotation, java.util.function.UnaryOperator)}, the link naming the words before the
   * quotation too when they stand earlier in {@code article}, its article's text ({@link
   * Links#textFragment(String, String, int, int)}); null: not known.
   */
  static QuoteItem of(
      Quotation q, java.util.function.UnaryOperator<String> fragments, String article) {
    SourceRef s = q.source();
    String link = Links.textFragment(s.url(), q.text(), fragments);
    if (article != null && q.end() <= article.length() && article.startsWith(q.text(), q.start())) {
      link = Links.withPrefix(link, article, q.start(), q.end());
    }
    Excerpt e = new Excerpt(q.text(), q.file(), q.start(), q.end(), s, link, List.of());
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
