package coveragebot.discord;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A per-user limit on commands: at most {@code commands} in any window of {@code per}. It protects
 * the bot (two workers, one index) from one user's spam without slowing everyone else down.
 */
public final class Cooldown {

  /** The limit; for example 5 commands per 15 seconds. */
  public record Rule(int commands, Duration per) {
    public Rule {
      if (commands < 1 || per.isNegative() || per.isZero()) {
        throw new IllegalArgumentException("a cooldown needs at least 1 command per positive time");
      }
    }
  }

  /** Past this many tracked users, users whose window has passed are forgotten. */
  private static final int PRUNE_AT = 10_000;

  private final Rule rule;
  private final LongSupplier millis;
  private final Map<Long, ArrayDeque<Long>> recent = new HashMap<>();

  Cooldown(Rule rule, LongSupplier millis) {
    this.rule = rule;
    this.millis = millis;
  }

  /** Counts a command; empty when allowed, otherwise how long until the user may try again. */
  synchronized Optional<Duration> acquire(long userId) {
    long now = millis.getAsLong();
    long windowStart = now - rule.per().toMillis();
    if (recent.size() > PRUNE_AT) {
      prune(windowStart);
    }
    ArrayDeque<Long> times = recent.computeIfAbsent(userId, k -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= windowStart) {
      times.pollFirst();
    }
    if (times.size() >= rule.commands()) {
      return Optional.of(Duration.ofMillis(times.peekFirst() - windowStart));
    }
    times.addLast(now);
    return Optional.empty();
  }

  private void prune(long windowStart) {
    for (Iterator<ArrayDeque<Long>> it = recent.values().iterator(); it.hasNext(); ) {
      ArrayDeque<Long> times = it.next();
      if (times.isEmpty() || times.peekLast() <= windowStart) {
        it.remove();
      }
    }
  }

  /** The polite answer: when to retry, as a Discord timestamp shown in the reader's own clock. */
  static DiscordMessage message(Duration wait, long nowMillis) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    long at = (nowMillis + wait.toMillis() + 999) / 1000;
    String text =
        "You are sending commands quickly. Try again <t:" + at + ":R> (in " + seconds + " s).";
    return new DiscordMessage(text, java.util.List.of(), true);
  }
}
