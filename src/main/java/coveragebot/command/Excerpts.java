package coveragebot.command;

import coveragebot.corpus.Passage;
import coveragebot.corpus.Span;
import coveragebot.reply.Excerpt;
import java.util.List;

/** Turns passages into what replies show: the exact text, its offsets, its source and link. */
final class Excerpts {
  private Excerpts() {}

  static Excerpt of(Passage p) {
    return of(p, List.of());
  }

  /** {@code highlights} are relative to the passage text; the excerpt carries file offsets. */
  static Excerpt of(Passage p, List<Span> highlights) {
    List<Span> shifted =
        highlights.stream().map(s -> new Span(s.start() + p.start(), s.end() + p.start())).toList();
    return new Excerpt(
        p.text(),
        p.file(),
        p.start(),
        p.end(),
        p.source(),
        Links.textFragment(p.source().url(), p.text()),
        shifted);
  }
}
