package coveragebot.command;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Which articles have which pairs of neighbouring words, so that /check looks for a claim's exact
 * words only in the articles that have all of its pairs, and which have which pairs of words one
 * word apart ("skip pairs", {@link CoverageWords#skipPairHash}), so that /check aligns a claim only
 * with the articles where two of its words stand near each other ({@link
 * CoverageWords#articlesByBound}). Pairs are hashed into buckets (a bucket stands for every pair
 * that hashes to it, so an answer may let through an article that lacks the pair, never leave out
 * one that has it); a bucket keeps its articles as a sorted list, or as a bit per article once more
 * than a 32nd of the articles (and more than 64) are in it: then the bits take less room.
 *
 * <p>It replaced a Bloom filter per article: a claim of common words (at 100,000 generated
 * articles, 20,000 to 45,000 articles have every word of it) then had every such article's filter
 * read, and the filter let through 20 to 200 times more articles than truly had the pairs, each
 * then read word by word.
 */
final class WordPairs {
  private final int articles;
  private final int mask;

  /** Per bucket, where its articles begin in {@link #holders}; a dense bucket's range is empty. */
  private final int[] start;

  /**
   * The listed buckets' articles, in ascending order, each as the gap from the one before (less
   * one; the first from -1) as {@link WordCodes#put} writes numbers (seven bits a byte, low bits
   * first, the high bit set on every byte but a number's last): two bytes for most gaps at 100,000
   * articles, where a fixed width took three (lists hold most pairs of text with many distinct
   * pairs: at 100,000 articles of words drawn from a Zipf vocabulary, 78 million of them).
   */
  private final byte[] holders;

  /** The dense buckets, in increasing order, and their bits and sizes. */
  private final int[] denseBuckets;

  private final long[][] denseBits;
  private final int[] denseSizes;

  /**
   * Pairs counted article by article ({@link #count}, in article order), then kept ({@link
   * #build}).
   */
  static final class Builder {
    private final int articles;
    private final int mask;

    /**
     * Per bucket {@code b}, at {@code 3b} the last article counted in it plus one, at {@code 3b +
     * 1} how many articles it has, at {@code 3b + 2} how many bytes they take as a list: side by
     * side, so that a pair costs one cache miss, not three.
     */
    private final int[] table;

    /**
     * @param articles how many articles will be counted
     * @param textChars how long their texts are in all: a bucket for about every 64 characters (10
     *     words, 20 pairs of either kind), so that most pairs have a bucket of their own (with
     *     neighbours only, one per 200 characters let through as many articles that lack a pair)
     */
    Builder(int articles, long textChars) {
      this.articles = articles;
      int buckets = Integer.highestOneBit((int) Math.clamp(textChars / 64, 64, 1 << 29));
      this.mask = buckets - 1;
      this.table = new int[3 * buckets];
    }

    /** Counts article {@code a}'s pairs; {@code seq} is its words' numbers in text order. */
    void count(int a, int[] seq) {
      int[] t = table;
      for (int i = 0; i + 1 < seq.length; i++) {
        count(t, a, CoverageWords.pairHash(seq[i], seq[i + 1]));
        if (i + 2 < seq.length) {
          count(t, a, CoverageWords.skipPairHash(seq[i], seq[i + 2]));
        }
      }
    }

    private void count(int[] t, int a, long pairHash) {
      int b = 3 * bucket(pairHash, mask);
      if (t[b] != a + 1) {
        t[b + 2] += WordCodes.bytes(a - t[b]);
        t[b] = a + 1;
        t[b + 1]++;
      }
    }

    /** The pairs of the articles counted, whose words {@code words} gives again. */
    WordPairs build(java.util.function.IntFunction<int[]> words) {
      return new WordPairs(this, words);
    }
  }

  private WordPairs(Builder counted, java.util.function.IntFunction<int[]> words) {
    this.articles = counted.articles;
    this.mask = counted.mask;
    int buckets = mask + 1;
    int[] table = counted.table;
    int denseAt = Math.max(64, articles / 32);
    int dense = 0;
    start = new int[buckets + 1];
    int total = 0;
    for (int b = 0; b < buckets; b++) {
      start[b] = total;
      if (table[3 * b + 1] > denseAt) {
        dense++;
      } else {
        total = Math.addExact(total, table[3 * b + 2]);
      }
    }
    start[buckets] = total;
    holders = new byte[total];
    denseBuckets = new int[dense];
    denseBits = new long[dense][];
    denseSizes = new int[dense];
    // the table again, now per bucket: at 3b the last article put in it plus one, at 3b + 1 where
    // its next article goes in holders, or -(slot + 1) for a dense bucket
    for (int b = 0, d = 0; b < buckets; b++) {
      int count = table[3 * b + 1];
      table[3 * b] = 0;
      if (count > denseAt) {
        denseBuckets[d] = b;
        denseBits[d] = new long[(articles + 63) >>> 6];
        denseSizes[d] = count;
        table[3 * b + 1] = -(d + 1);
        d++;
      } else {
        table[3 * b + 1] = start[b];
      }
    }
    for (int a = 0; a < articles; a++) {
      int[] seq = words.apply(a);
      for (int i = 0; i + 1 < seq.length; i++) {
        put(table, a, CoverageWords.pairHash(seq[i], seq[i + 1]));
        if (i + 2 < seq.length) {
          put(table, a, CoverageWords.skipPairHash(seq[i], seq[i + 2]));
        }
      }
    }
  }

  /** Puts article {@code a} in the bucket of {@code pairHash}, once (the constructor's table). */
  private void put(int[] table, int a, long pairHash) {
    int b = 3 * bucket(pairHash);
    if (table[b] == a + 1) {
      return;
    }
    int gap = a - table[b];
    table[b] = a + 1;
    int at = table[b + 1];
    if (at < 0) {
      denseBits[-at - 1][a >>> 6] |= 1L << a;
    } else {
      table[b + 1] = WordCodes.put(holders, at, gap);
    }
  }

  /**
   * Reads a list of {@link #holders} one article at a time: {@link #article} is the one at the
   * cursor, or {@link Integer#MAX_VALUE} past the list's end.
   */
  private final class Cursor {
    private final WordCodes.Reader gaps;
    private final int end;
    int article = -1;

    Cursor(int bucket) {
      this.gaps = new WordCodes.Reader(holders, start[bucket]);
      this.end = start[bucket + 1];
      next();
    }

    /** Moves to the next article of the list. */
    void next() {
      article = gaps.at < end ? article + gaps.next() + 1 : Integer.MAX_VALUE;
    }

    /** Moves to the first article at least {@code target}. */
    void skipTo(int target) {
      while (article < target) {
        next();
      }
    }
  }

  private int bucket(long pairHash) {
    return bucket(pairHash, mask);
  }

  /** The bucket of a pair among {@code mask + 1}: the hash's high bits. */
  private static int bucket(long pairHash, int mask) {
    return (int) (pairHash >>> 32) & mask;
  }

  /** The dense slot of bucket {@code b}, or -1 when it keeps a list. */
  private int denseSlot(int b) {
    if (start[b] != start[b + 1]) {
      return -1;
    }
    int d = Arrays.binarySearch(denseBuckets, b);
    return d < 0 ? -1 : d;
  }

  /**
   * False when article {@code a} surely lacks the pair of {@code pairHash} ({@link
   * CoverageWords#pairHash}); true when it may have it. One article at a time: /check reads whole
   * buckets ({@link #mark}, {@link #articlesWithAll}); WordPairsTest checks them against it.
   */
  boolean mayHave(int a, long pairHash) {
    int b = bucket(pairHash);
    int d = denseSlot(b);
    if (d >= 0) {
      return (denseBits[d][a >>> 6] & (1L << a)) != 0;
    }
    Cursor c = new Cursor(b);
    c.skipTo(a);
    return c.article == a;
  }

  /**
   * Sets {@code bit} in {@code masks[a * stride + word]} for every article {@code a} that may have
   * the pair of {@code pairHash} (the whole bucket's articles).
   */
  void mark(long pairHash, long[] masks, int stride, int word, long bit) {
    int b = bucket(pairHash);
    int d = denseSlot(b);
    if (d >= 0) {
      long[] bits = denseBits[d];
      for (int w = 0; w < bits.length; w++) {
        for (long x = bits[w]; x != 0; x &= x - 1) {
          int a = (w << 6) + Long.numberOfTrailingZeros(x);
          masks[a * stride + word] |= bit;
        }
      }
      return;
    }
    for (Cursor c = new Cursor(b); c.article != Integer.MAX_VALUE; c.next()) {
      masks[c.article * stride + word] |= bit;
    }
  }

  /**
   * The articles that may have every one of the pairs, in ascending order, found as they are asked
   * for (a caller that stops after the fifth piece of evidence does not pay for the rest). The
   * bucket with the fewest articles is walked; the others are read forward or tested bit by bit.
   */
  PrimitiveIterator.OfInt articlesWithAll(long[] pairHashes) {
    int[] buckets = Arrays.stream(pairHashes).mapToInt(this::bucket).distinct().toArray();
    if (buckets.length == 0) {
      return java.util.stream.IntStream.range(0, articles).iterator();
    }
    int rarest = 0;
    for (int k = 1; k < buckets.length; k++) {
      if (size(buckets[k]) < size(buckets[rarest])) {
        rarest = k;
      }
    }
    int walked = buckets[rarest];
    int walkedDense = denseSlot(walked);
    int[] others = new int[buckets.length - 1];
    for (int k = 0, o = 0; k < buckets.length; k++) {
      if (k != rarest) {
        others[o++] = buckets[k];
      }
    }
    long[][] bits = new long[others.length][];
    Cursor[] cursors = new Cursor[others.length];
    for (int k = 0; k < others.length; k++) {
      int d = denseSlot(others[k]);
      if (d >= 0) {
        bits[k] = denseBits[d];
      } else {
        cursors[k] = new Cursor(others[k]);
      }
    }
    Cursor walkedList = walkedDense >= 0 ? null : new Cursor(walked);
    return new PrimitiveIterator.OfInt() {
      private int from; // the next article to look at of a dense walked bucket
      private int next = advance();

      /** The next article of the walked bucket that every other bucket has, or -1. */
      private int advance() {
        while (true) {
          int a;
          if (walkedDense >= 0) {
            a = nextSetBit(denseBits[walkedDense], from);
            if (a < 0) {
              return -1;
            }
            from = a + 1;
          } else {
            a = walkedList.article;
            if (a == Integer.MAX_VALUE) {
              return -1;
            }
            walkedList.next();
          }
          if (inAllOthers(a)) {
            return a;
          }
          if (walkedDense < 0 && usedUp()) {
            return -1;
          }
        }
      }

      private boolean inAllOthers(int a) {
        for (int k = 0; k < others.length; k++) {
          if (bits[k] != null) {
            if ((bits[k][a >>> 6] & (1L << a)) == 0) {
              return false;
            }
          } else {
            cursors[k].skipTo(a);
            if (cursors[k].article != a) {
              return false;
            }
          }
        }
        return true;
      }

      /** True when one of the listed buckets has no article left at or after the cursor. */
      private boolean usedUp() {
        for (int k = 0; k < others.length; k++) {
          if (bits[k] == null && cursors[k].article == Integer.MAX_VALUE) {
            return true;
          }
        }
        return false;
      }

      @Override
      public boolean hasNext() {
        return next >= 0;
      }

      @Override
      public int nextInt() {
        if (next < 0) {
          throw new NoSuchElementException();
        }
        int a = next;
        next = advance();
        return a;
      }
    };
  }

  /**
   * About how many articles bucket {@code b} holds: a list's bytes, which are one to three per
   * article (enough to choose which bucket to walk).
   */
  private int size(int b) {
    int d = denseSlot(b);
    return d >= 0 ? denseSizes[d] : start[b + 1] - start[b];
  }

  /** The first set bit at or after {@code from}, or -1. */
  private int nextSetBit(long[] bits, int from) {
    int w = from >>> 6;
    if (w >= bits.length) {
      return -1;
    }
    long word = bits[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        int a = (w << 6) + Long.numberOfTrailingZeros(word);
        return a < articles ? a : -1;
      }
      if (++w == bits.length) {
        return -1;
      }
      word = bits[w];
    }
  }
}
