package coveragebot.command;

import java.util.Arrays;

/** Sorted lists of distinct numbers (quotation or article numbers): building and combining them. */
final class SortedInts {
  private SortedInts() {}

  /**
   * The numbers in both lists. The shorter list is walked and the longer searched forward with
   * galloping steps, so "interest" and "the" cost about the rarer word's list, not both.
   */
  static int[] intersect(int[] a, int[] b) {
    if (a.length > b.length) {
      int[] t = a;
      a = b;
      b = t;
    }
    int[] out = new int[a.length];
    int n = 0;
    int j = 0;
    for (int i = 0; i < a.length && j < b.length; i++) {
      j = gallop(b, j, a[i]);
      if (j < b.length && b[j] == a[i]) {
        out[n++] = a[i];
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The numbers in either list. */
  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      int next;
      if (j >= b.length || (i < a.length && a[i] <= b[j])) {
        next = a[i++];
      } else {
        next = b[j++];
      }
      if (n == 0 || out[n - 1] != next) {
        out[n++] = next;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The first index at or after {@code from} whose value is at least {@code target}. */
  static int gallop(int[] list, int from, int target) {
    int step = 1;
    int lo = from;
    int hi = from;
    while (hi < list.length && list[hi] < target) {
      lo = hi + 1;
      hi += step;
      step <<= 1;
    }
    hi = Math.min(hi, list.length);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list[mid] < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A list being built: numbers added in increasing order, each kept once. */
  static final class Postings {
    private int[] ids = new int[2];
    private int n;

    void add(int id) {
      if (n > 0 && ids[n - 1] == id) {
        return;
      }
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, n * 2);
      }
      ids[n++] = id;
    }

    int[] toArray() {
      return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }
  }
}
