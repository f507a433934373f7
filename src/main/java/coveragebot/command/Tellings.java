package coveragebot.command;

import coveragebot.extract.time.TemporalEvent;
import coveragebot.reply.Excerpt;
import coveragebot.reply.TimelineReply;
import java.util.List;

/** Turns extracted sentences into quoted items: exact text, offsets, source, deep link. */
final class Tellings {
  private Tellings() {}

  static TimelineReply.Telling of(TemporalEvent e) {
    Excerpt excerpt =
        new Excerpt(
            e.text(),
            e.file(),
            e.sentence().start(),
            e.sentence().end(),
            e.source(),
            Links.textFragment(e.source().url(), e.text()),
            List.of());
    return new TimelineReply.Telling(excerpt, e.mention().span(), e.mention().text());
  }
}
