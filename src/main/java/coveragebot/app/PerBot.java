package coveragebot.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A value worked out once per bot and kept until a reload brings another bot: autocomplete lists,
 * for instance, which would be too slow to build at every keystroke over a large corpus.
 */
final class PerBot<T> {
  private record Entry<T>(Bot bot, T value) {}

  private final Function<Bot, T> compute;
  private final AtomicReference<Entry<T>> last = new AtomicReference<>();

  PerBot(Function<Bot, T> compute) {
    this.compute = compute;
  }

  T of(Bot bot) {
    Entry<T> e = last.get();
    if (e == null || e.bot() != bot) {
      e = new Entry<>(bot, compute.apply(bot));
      last.set(e);
    }
    return e.value();
  }
}
