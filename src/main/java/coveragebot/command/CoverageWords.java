package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles hold which words ({@link Words}: case and apostrophe style folded), so /check and
 * /compare read only the articles that can hold a claim, instead of every article per request. It
 * keeps, per word, the numbers of the articles that have it; per pair of neighbouring words and of
 * words one apart, the articles that have it ({@link WordPairs}); and each article's words as
 * numbers, compactly. Offsets are read again from the text of the few articles a request needs.
 * Read-only once built; build it once and give it to both commands.
 */
public final class CoverageWords {
  private static final int[] NONE = new int[0];

  private final List<Article> articles;
  private final Map<String, Integer> ids;
  private final int[][] articlesWith;

  /**
   * Per article, its words' numbers in text order, in the compact form of {@link WordCodes} (most
   * numbers fit in one or two bytes instead of four: a quarter of the heap the bot kept at 10,000
   * articles).
   */
  private final byte[][] words;

  /** Which articles have which pairs of neighbouring words, and of words one apart. */
  private final WordPairs pairs;

  /**
   * Per article, where every 32nd word starts ({@code 1 << MARK_SHIFT}) (words 0, 32, 64...): the
   * offsets of a found claim are read from the mark before it instead of from the start of the
   * article.
   */
  private final int[][] marks;

  private static final int MARK_SHIFT = 5;

  /** Words the coverage writes in lower case somewhere: common words, not names. */
  private final Set<String> lowerCase;

  /**
   * Per article, its body paragraphs as word ranges ({@link BodyText#wordRanges}), worked out the
   * first time /check or /compare asks (reading the article's words once), then kept: at most about
   * 110 bytes per article, only for the articles asked about.
   */
  private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> bodyRanges;

  public CoverageWords(Corpus corpus) {
    this.articles = corpus.articles();
    this.bodyRanges = new java.util.concurrent.atomic.AtomicReferenceArray<>(articles.size());
    this.words = new byte[articles.size()][];
    this.marks = new int[articles.size()][];
    // every word numbered in article order, looked up with the text's own characters (no string
    // per word: WordNumbers); WordNumbersTest compares with numbering Words.of's norms
    Numbering numbering = new Numbering();
    long chars = 0;
    for (Article a : articles) {
      chars += a.text().length();
    }
    WordPairs.Builder pairCounts = new WordPairs.Builder(articles.size(), chars);
    for (int a = 0; a < articles.size(); a++) {
      int[] seq = numbering.read(a, articles.get(a).text());
      words[a] = WordCodes.encode(seq);
      marks[a] = numbering.marks();
      pairCounts.count(a, seq);
    }
    this.pairs = pairCounts.build(a -> WordCodes.decode(words[a]));
    List<String> norms = numbering.numbers.norms();
    List<SortedInts.Postings> postings = numbering.postings;
    Map<String, Integer> idOf = HashMap.newHashMap(norms.size());
    Set<String> lowerCase = new HashSet<>();
    for (int id = 0; id < norms.size(); id++) {
      idOf.put(norms.get(id), id);
      if (numbering.lower.get(id)) {
        lowerCase.add(norms.get(id));
      }
    }
    this.ids = idOf;
    this.lowerCase = lowerCase;
    this.articlesWith = new int[postings.size()][];
    for (int id = 0; id < articlesWith.length; id++) {
      articlesWith[id] = postings.get(id).toArray();
    }
  }

  /** Numbers the coverage's words one article at a time, in article order. */
  private static final class Numbering implements Words.Sink {
    final WordNumbers numbers = new WordNumbers();

    /** Per word number, the articles that have it. */
    final List<SortedInts.Postings> postings = new ArrayList<>();

    /** The numbers of words written in lower case somewhere. */
    final java.util.BitSet lower = new java.util.BitSet();

    private int[] seq = new int[256];
    private int count;
    private int[] marks = new int[16];
    private String text;
    private int article;

    /** The numbers of the words of article {@code article}, whose text is {@code text}. */
    int[] read(int article, String text) {
      this.article = article;
      this.text = text;
      this.count = 0;
      Words.scan(text, this);
      return Arrays.copyOf(seq, count);
    }

    /** Where every 32nd word of the article just read starts. */
    int[] marks() {
      return Arrays.copyOf(marks, (count + (1 << MARK_SHIFT) - 1) >>> MARK_SHIFT);
    }

    @Override
    public void word(int start, int end, boolean curly) {
      int id = numbers.number(text, start, end, curly);
      if (id == postings.size()) {
        postings.add(new SortedInts.Postings());
      }
      postings.get(id).add(article);
      char first = text.charAt(start);
      if (first < 128 ? first >= 'a' && first <= 'z' : Character.isLowerCase(first)) {
        lower.set(id);
      }
      if (count == seq.length) {
        seq = Arrays.copyOf(seq, 2 * count);
      }
      if ((count & ((1 << MARK_SHIFT) - 1)) == 0) {
        int m = count >>> MARK_SHIFT;
        if (m == marks.length) {
          marks = Arrays.copyOf(marks, 2 * m);
        }
        marks[m] = start;
      }
      seq[count++] = id;
    }
  }

  /** A hash of the pair of words numbered {@code first} and {@code second}, in that order. */
  static long pairHash(int first, int second) {
    long h = (((long) first) << 32 | (second & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** The hashes of the pairs of neighbouring words of {@code ids}, in order. */
  static long[] pairHashes(int[] ids) {
    long[] out = new long[Math.max(0, ids.length - 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = pairHash(ids[i], ids[i + 1]);
    }
    return out;
  }

  /**
   * The articles that may have the words {@code ids} ({@link #ids}) in a row: every word, and every
   * pair of neighbouring words ({@link WordPairs}), in ascending order, found as they are asked
   * for. {@link #positions} tells where, if anywhere, an article has them.
   */
  java.util.PrimitiveIterator.OfInt mayHaveInARow(int[] ids) {
    for (int id : ids) {
      if (id < 0) {
        return java.util.stream.IntStream.empty().iterator(); // a word no article has
      }
    }
    return switch (ids.length) {
      case 0 -> java.util.stream.IntStream.range(0, articles.size()).iterator();
      case 1 -> Arrays.stream(articlesWith[ids[0]]).iterator();
      default -> pairs.articlesWithAll(pairHashes(ids));
    };
  }

  /**
   * A hash of the pair of words numbered {@code first} and {@code second} with one word between.
   */
  static long skipPairHash(int first, int second) {
    long h = (((long) first) << 32 | (second & 0xffffffffL)) * 0xC2B2AE3D27D4EB4FL;
    return h ^ (h >>> 31);
  }

  /**
   * The articles where claim {@code ids} ({@link #ids}) may score more than {@link Alignment#MATCH}
   * ({@link Alignment#best}), grouped by a score they cannot beat: at {@code [s]}, in ascending
   * order, the articles whose bound is {@code s}. Every other article scores {@code MATCH} if it
   * has one of the claim's words ({@link #firstWithAny(int[], int)}), else zero.
   *
   * <p>An alignment is a chain of matched words; from one match to the next, {@code di} claim words
   * on and {@code dj} text words on, it costs {@code max(di, dj) - 1} (mismatches, then gaps), so
   * the next match adds {@code 3 - max(di, dj)}: something only when both steps are one or two
   * words. The score is at most {@code MATCH} plus what such near steps add, and an article can
   * take a near step only where it has the two claim words side by side or one word apart, which
   * the {@link WordPairs} tell without reading the article: claim words {@code i} and {@code i + 1}
   * as neighbours add 2, one apart 1; words {@code i} and {@code i + 2} either way add 1. The bound
   * is the best sum of such steps along the claim (CheckerTest compares it with the alignment of
   * every article).
   */
  int[][] articlesByBound(int[] ids) {
    int n = ids.length;
    int stride = Math.max(1, (4 * n + 63) >>> 6);
    long[] masks = new long[Math.multiplyExact(articles.size(), stride)];
    boolean any = false;
    for (int i = 0; i + 1 < n; i++) {
      for (int step = 1; step <= 2 && i + step < n; step++) {
        int x = ids[i];
        int y = ids[i + step];
        if (x < 0 || y < 0) {
          continue; // a word no article has makes no step
        }
        int link = 4 * i + 2 * (step - 1);
        pairs.mark(pairHash(x, y), masks, stride, link >>> 6, 1L << link);
        pairs.mark(skipPairHash(x, y), masks, stride, (link + 1) >>> 6, 1L << (link + 1));
        any = true;
      }
    }
    int[][] out = new int[2 * n + 1][];
    if (!any) {
      Arrays.fill(out, NONE);
      return out;
    }
    int[] bounds = new int[articles.size()];
    int[] sizes = new int[2 * n + 1];
    int[] best = new int[n];
    // many articles have the same links (copies of a story, set phrases): a claim of up to 16
    // words has its links in one long, and the sum of each is kept for the next article with it
    long[] summed = new long[1 << SUMMED_BITS];
    int[] sums = new int[1 << SUMMED_BITS];
    for (int a = 0; a < bounds.length; a++) {
      int from = a * stride;
      if (stride == 1) {
        long m = masks[a];
        if (m == 0) {
          continue;
        }
        int slot = (int) ((m * 0x9E3779B97F4A7C15L) >>> (64 - SUMMED_BITS));
        if (summed[slot] != m) {
          summed[slot] = m;
          sums[slot] = steps(masks, from, n, best);
        }
        bounds[a] = Alignment.MATCH + sums[slot];
      } else {
        boolean linked = false;
        for (int w = 0; w < stride && !linked; w++) {
          linked = masks[from + w] != 0;
        }
        if (!linked) {
          continue;
        }
        bounds[a] = Alignment.MATCH + steps(masks, from, n, best);
      }
      sizes[bounds[a]]++;
    }
    for (int s = 0; s < out.length; s++) {
      out[s] = new int[sizes[s]];
      sizes[s] = 0;
    }
    for (int a = 0; a < bounds.length; a++) {
      if (bounds[a] > 0) {
        out[bounds[a]][sizes[bounds[a]]++] = a;
      }
    }
    return out;
  }

  /** Slots of {@link #articlesByBound}'s sums by links: 1,024 (12 KB a claim). */
  private static final int SUMMED_BITS = 10;

  /**
   * The best sum of near steps along a claim of {@code n} words whose links are the bits from
   * {@code masks[from]} (link {@code 4i}: words {@code i, i + 1} as neighbours; {@code 4i + 1}: one
   * apart; {@code 4i + 2} and {@code 4i + 3}: words {@code i, i + 2} so). {@code best} is room.
   */
  private static int steps(long[] masks, int from, int n, int[] best) {
    int top = 0; // the best sum ending at any word so far; a far step adds nothing
    for (int i = 0; i < n; i++) {
      int v = top;
      if (i >= 1) {
        int link = 4 * (i - 1);
        if (bit(masks, from, link)) {
          v = Math.max(v, best[i - 1] + 2);
        } else if (bit(masks, from, link + 1)) {
          v = Math.max(v, best[i - 1] + 1);
        }
      }
      if (i >= 2) {
        int link = 4 * (i - 2) + 2;
        if (bit(masks, from, link) || bit(masks, from, link + 1)) {
          v = Math.max(v, best[i - 2] + 1);
        }
      }
      best[i] = v;
      top = Math.max(top, v);
    }
    return top;
  }

  private static boolean bit(long[] masks, int from, int link) {
    return (masks[from + (link >>> 6)] & (1L << link)) != 0;
  }

  /**
   * The first article from {@code from} on that has one of the words {@code ids} ({@link #ids}), or
   * -1.
   */
  int firstWithAny(int[] ids, int from) {
    int first = -1;
    for (int id : ids) {
      if (id < 0) {
        continue;
      }
      int[] with = articlesWith[id];
      int k = Arrays.binarySearch(with, from);
      k = k >= 0 ? k : -k - 1;
      if (k < with.length) {
        first = first < 0 ? with[k] : Math.min(first, with[k]);
      }
    }
    return first;
  }

  /** The number of a word, or -1 when no article has it (it then equals no article word). */
  int id(String norm) {
    Integer id = ids.get(norm);
    return id == null ? -1 : id;
  }

  /** The numbers of the words, in order ({@link #id}). */
  int[] ids(List<String> norms) {
    int[] out = new int[norms.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(norms.get(i));
    }
    return out;
  }

  /**
   * The words of article {@code a} as numbers, in text order: the same words as {@link Words#of}.
   */
  int[] words(int a) {
    return WordCodes.decode(words[a]);
  }

  /** The words of article {@code a} in the compact form of {@link WordCodes}, not to be changed. */
  byte[] compactWords(int a) {
    return words[a];
  }

  /** The body paragraphs of article {@code a} as word ranges ({@link BodyText#wordRanges}). */
  int[] bodyRanges(int a) {
    int[] r = bodyRanges.get(a);
    if (r == null) {
      r = BodyText.wordRanges(articles.get(a)); // two threads may both work it out: the same
      bodyRanges.set(a, r);
    }
    return r;
  }

  /**
   * Where words {@code [from, from + count)} of article {@code a} (as in {@link #words}) are, as
   * {@link Words#bounds} gives them (word {@code from + k} at {@code [2k, 2k + 1]}); read from the
   * text, from the nearest mark before them.
   */
  int[] bounds(int a, int from, int count) {
    int m = from >>> MARK_SHIFT;
    int skip = from - (m << MARK_SHIFT);
    int[] read = Words.bounds(articles.get(a).text(), marks[a][m], skip + count);
    return Arrays.copyOfRange(read, 2 * skip, read.length);
  }

  /**
   * Where {@code phrase} occurs in article {@code a}, as word positions (as in {@link #words}), in
   * text order; read from the compact form without decoding it.
   */
  int[] positions(int a, WordCodes.Phrase phrase) {
    return phrase.positions(words[a], Integer.MAX_VALUE);
  }

  private int[] articlesWith(String norm) {
    int id = id(norm);
    return id < 0 ? NONE : articlesWith[id];
  }

  List<Article> articles() {
    return articles;
  }

  /** True when some article has the word. */
  boolean known(String norm) {
    return ids.containsKey(norm);
  }

  boolean writtenLowerCase(String norm) {
    return lowerCase.contains(norm);
  }

  /**
   * Whether word {@code w} of {@code text} is a word of a name: capitalised there, and never
   * written in lower case in the coverage ("Chancellor" and "Prime Minister" are titles).
   */
  boolean nameWord(String text, Words.Word w) {
    return Character.isUpperCase(text.codePointAt(w.start())) && !writtenLowerCase(w.norm());
  }

  /**
   * For each article, how many of the claim's words (counted per position, so a repeated word
   * counts each time) it has: a bound on how many of them an alignment can match there.
   */
  int[] presentCounts(List<String> norms) {
    int[] counts = new int[articles.size()];
    for (String w : norms) {
      for (int a : articlesWith(w)) {
        counts[a]++;
      }
    }
    return counts;
  }
}
