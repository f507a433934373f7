package coveragebot.testing;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the tests' log to a reasonable size: a large reply (over 2,000 characters) that is the
 * same, character for character, as one already written is not written again. The bench test asks
 * /timeline and /sources of 1,000 generated articles over a hundred times each (about 2 MB a
 * reply); the scan for the token loses nothing, as the same text is in the log once. Smaller
 * replies are all kept, with the request that gave them.
 */
public final class RepeatedReplyFilter extends Filter<ILoggingEvent> {
  static final int LARGE = 2_000;

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  @Override
  public FilterReply decide(ILoggingEvent event) {
    if (!event.getLoggerName().equals("coveragebot.replies")) {
      return FilterReply.NEUTRAL;
    }
    String message = event.getFormattedMessage();
    int arrow = message.indexOf(" -> ");
    String reply = arrow < 0 ? message : message.substring(arrow + 4);
    if (reply.length() < LARGE) {
      return FilterReply.NEUTRAL;
    }
    return seen.add(sha256(reply)) ? FilterReply.NEUTRAL : FilterReply.DENY;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
