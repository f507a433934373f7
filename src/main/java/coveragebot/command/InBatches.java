package coveragebot.command;

import java.util.List;
import java.util.function.Function;

/**
 * {@code f} of a list's elements, read in order, worked out a batch at a time on all cores: the
 * work runs side by side while only one batch of results is held at a time (the start-up's look-ups
 * read millions of words this way without keeping them all).
 */
final class InBatches<T, R> {
  private final List<T> items;
  private final Function<T, R> f;
  private final int size;
  private List<R> batch = List.of();
  private int start;

  InBatches(List<T> items, int size, Function<T, R> f) {
    this.items = items;
    this.size = size;
    this.f = f;
  }

  /** {@code f} of element {@code i}; cheapest read in increasing order. */
  R get(int i) {
    if (i < start || i - start >= batch.size()) {
      start = i;
      batch = items.subList(i, Math.min(items.size(), i + size)).parallelStream().map(f).toList();
    }
    return batch.get(i - start);
  }
}
