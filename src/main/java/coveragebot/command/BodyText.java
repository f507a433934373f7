package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Passage;
import java.util.List;

/**
 * An article's body as /check and /compare may quote it: its paragraphs, each the passages of one
 * paragraph from the first one's start to the last one's end, and its headline. The word look-up
 * ({@link CoverageWords}) reads the whole text, boilerplate and headline included, and an alignment
 * may run from one paragraph into the next; evidence is re-chosen here, at answer time, so that it
 * lies within one body paragraph (README: boilerplate is "never used in answers").
 */
final class BodyText {
  private BodyText() {}

  /**
   * The body paragraphs of {@code a} as {@code [start, end)} character ranges, in text order, with
   * the headline: the outlet's own words, which /check's gold set checks ("Nato will 'stay united'
   * whoever wins US election"), unlike captions, teasers, page chrome and repeats.
   */
  static int[][] paragraphs(Article a) {
    List<Passage> ps = a.passages();
    List<int[]> out = new java.util.ArrayList<>(ps.size() + 1);
    for (int i = 0; i < ps.size(); i++) {
      Passage p = ps.get(i);
      if (i > 0 && ps.get(i - 1).paragraph() == p.paragraph()) {
        out.getLast()[1] = p.end(); // a long paragraph's next sentences
      } else {
        out.add(new int[] {p.start(), p.end()});
      }
    }
    for (Boilerplate b : a.boilerplate()) {
      if (isHeadline(b)) {
        out.add(new int[] {b.start(), b.end()});
      }
    }
    out.sort(java.util.Comparator.comparingInt(r -> r[0]));
    return out.toArray(new int[0][]);
  }

  /** {@link Boilerplate#reason} of a headline (ArticleParser). */
  private static final String HEADLINE = "headline";

  /** Whether {@code b} is the article's headline: set aside from passages, quoted as its own. */
  static boolean isHeadline(Boilerplate b) {
    return b.kind() == Boilerplate.Kind.METADATA && HEADLINE.equals(b.reason());
  }

  /**
   * Whether {@code [start, end)} lies within one body paragraph of {@code a} or its headline, as
   * {@link #paragraphs} gives them; without building them (asked once per exact match found).
   */
  static boolean inOneParagraph(Article a, int start, int end) {
    int[] paragraph = paragraphAt(a, start);
    if (paragraph != null) {
      return end <= paragraph[1];
    }
    for (Boilerplate b : a.boilerplate()) {
      if (b.start() <= start && end <= b.end() && isHeadline(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the sentence of {@code text} holding offset {@code at} starts, no earlier than {@code
   * from}: after the last ".", "!" or "?" before it that a space follows.
   */
  static int sentenceStart(String text, int from, int at) {
    for (int i = at - 1; i > from; i--) {
      if (".!?".indexOf(text.charAt(i - 1)) >= 0 && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return from;
  }

  /**
   * Where the sentence of {@code text} holding offset {@code at} ends, no later than {@code to}:
   * just past the first ".", "!" or "?" from {@code at} on that a space or {@code to} follows.
   */
  static int sentenceEnd(String text, int at, int to) {
    for (int e = at + 1; e < to; e++) {
      if (".!?".indexOf(text.charAt(e - 1)) >= 0 && Character.isWhitespace(text.charAt(e))) {
        return e;
      }
    }
    return to;
  }

  /**
   * The body paragraph of {@code a} whose passages hold offset {@code at} (or start there), as
   * {start, end}: from its first passage's start to its last one's end; null when no passage does.
   */
  static int[] paragraphAt(Article a, int at) {
    List<Passage> ps = a.passages();
    for (int i = 0; i < ps.size(); i++) {
      Passage p = ps.get(i);
      if (p.start() <= at && at < p.end() || p.start() == at) {
        int first = i; // a long paragraph's sentences are passages of their own
        while (first > 0 && ps.get(first - 1).paragraph() == p.paragraph()) {
          first--;
        }
        int last = i;
        while (last + 1 < ps.size() && ps.get(last + 1).paragraph() == p.paragraph()) {
          last++;
        }
        return new int[] {ps.get(first).start(), ps.get(last).end()};
      }
    }
    return null;
  }

  /**
   * The body paragraphs of {@code a} as word ranges of its words (as {@link Words#of} and {@link
   * CoverageWords#words} number them), in text order, empty ones left out: paragraph {@code k} from
   * word {@code [2k]} to before word {@code [2k + 1]}. One flat array, as {@link
   * CoverageWords#bodyRanges} keeps it per article once asked.
   */
  static int[] wordRanges(Article a) {
    int[] b = Words.bounds(a.text(), 0, Integer.MAX_VALUE);
    int words = b.length / 2;
    int[][] paragraphs = paragraphs(a);
    int[] out = new int[2 * paragraphs.length];
    int n = 0;
    int w = 0;
    for (int[] p : paragraphs) {
      while (w < words && b[2 * w] < p[0]) {
        w++;
      }
      int from = w;
      while (w < words && b[2 * w + 1] <= p[1]) {
        w++;
      }
      if (w > from) {
        out[n++] = from;
        out[n++] = w;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Whether words {@code [from, to)} lie within one of {@code ranges} ({@link #wordRanges}), found
   * by binary search on the ranges' ends.
   */
  static boolean inOneRange(int[] ranges, int from, int to) {
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) { // the first range whose end is past word from
      int mid = (lo + hi) >>> 1;
      if (ranges[2 * mid + 1] <= from) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < ranges.length / 2 && ranges[2 * lo] <= from && to <= ranges[2 * lo + 1];
  }

  /**
   * The range ({@code {from, to}}) of {@code ranges} that holds words {@code [from, to)}, or null.
   */
  static int[] rangeHolding(int[] ranges, int from, int to) {
    for (int k = 0; k < ranges.length; k += 2) {
      if (ranges[k] <= from && to <= ranges[k + 1]) {
        return new int[] {ranges[k], ranges[k + 1]};
      }
    }
    return null;
  }

  /**
   * The best region for {@code claim} in {@code text} (an article's words) that lies within one of
   * {@code ranges} ({@link #wordRanges}): the highest score, on a tie the earliest paragraph; no
   * region (all zero) when no paragraph has a claim word. No higher than {@link Alignment#best} on
   * the whole text, so a bound on that is a bound on this.
   */
  static Alignment.Region best(int[] claim, int[] text, int[] ranges) {
    Alignment.Region best = new Alignment.Region(0, 0, 0, 0, 0, 0);
    for (int k = 0; k < ranges.length; k += 2) {
      int from = ranges[k];
      Alignment.Region here =
          Alignment.best(claim, java.util.Arrays.copyOfRange(text, from, ranges[k + 1]));
      if (here.score() > best.score()) {
        best =
            new Alignment.Region(
                here.from() + from,
                here.to() + from,
                here.matches(),
                here.score(),
                here.claimFrom(),
                here.claimTo());
      }
    }
    return best;
  }
}
