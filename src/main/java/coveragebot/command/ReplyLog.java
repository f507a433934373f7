package coveragebot.command;

import coveragebot.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every reply of the command layer, dumped as its record (all the text any front end can show), on
 * the logger {@code coveragebot.replies} at TRACE. Off in production (logback.xml leaves it at
 * INFO, and callers check {@link #on()} before building anything); on in the tests
 * (logback-test.xml), where {@code TokenScanIT} scans the replies of the whole run for the token.
 */
final class ReplyLog {
  private static final Logger log = LoggerFactory.getLogger("coveragebot.replies");

  private ReplyLog() {}

  static boolean on() {
    return log.isTraceEnabled();
  }

  static void write(String request, Reply reply) {
    log.trace("{} -> {}", request, reply);
  }

  /** Writes the reply when on; returns it. */
  static <R extends Reply> R logged(String request, R reply) {
    if (log.isTraceEnabled()) {
      write(request, reply);
    }
    return reply;
  }
}
