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
 * keeps, per word, the numbers of the articles that have it, and no article's words: those are read
 * again from the text of the few articles a request needs. Read-only once built; build it once and
 * give it to both commands.
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

  /**
   * Per article, a Bloom filter of its pairs of neighbouring words (three to six bits per word, two
   * bits per pair): a claim's exact words are looked for only in articles that may have each of its
   * pairs. Without it, a claim of common words spanning two sentences read the words of tens of
   * thousands of articles (60 ms at 100,000 articles) to find the one or two that have it.
   */
  private final long[][] pairs;

  /** Words the coverage writes in lower case somewhere: common words, not names. */
  private final Set<String> lowerCase;

  public CoverageWords(Corpus corpus) {
    this.articles = corpus.articles();
    this.words = new byte[articles.size()][];
    this.pairs = new long[articles.size()][];
    // every word numbered in article order, looked up with the text's own characters (no string
    // per word: WordNumbers); WordNumbersTest compares with numbering Words.of's norms
    Numbering numbering = new Numbering();
    for (int a = 0; a < articles.size(); a++) {
      int[] seq = numbering.read(a, articles.get(a).text());
      words[a] = WordCodes.encode(seq);
      pairs[a] = pairFilter(seq);
    }
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
      seq[count++] = id;
    }
  }

  private static long[] pairFilter(int[] seq) {
    int bits = Integer.highestOneBit(Math.max(64, 3 * seq.length)) << 1; // 3 to 6 bits a word
    long[] filter = new long[bits / 64];
    for (int i = 0; i + 1 < seq.length; i++) {
      long h = pairHash(seq[i], seq[i + 1]);
      for (int k = 0; k < 2; k++) {
        int bit = bit(h, k, bits - 1);
        filter[bit >>> 6] |= 1L << bit;
      }
    }
    return filter;
  }

  /**
   * The {@code k}th (0 or 1) of the two bits a pair's hash sets in a filter of {@code mask + 1}.
   */
  private static int bit(long hash, int k, int mask) {
    return (int) (hash >>> (32 * k)) & mask;
  }

  private static long pairHash(int first, int second) {
    long h = (((long) first) << 32 | (second & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** The hashes of the pairs of neighbouring words of {@code ids}, for {@link #mayHavePairs}. */
  static long[] pairHashes(int[] ids) {
    long[] out = new long[Math.max(0, ids.length - 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = pairHash(ids[i], ids[i + 1]);
    }
    return out;
  }

  /**
   * False when article {@code a} surely lacks one of the pairs ({@link #pairHashes}); true when it
   * may have them all (then {@link #positions} tells).
   */
  boolean mayHavePairs(int a, long[] pairHashes) {
    long[] filter = pairs[a];
    int mask = filter.length * 64 - 1;
    for (long h : pairHashes) {
      if (!mayHave(filter, mask, h)) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when the pair of {@code pairHash} is surely not in {@code filter}; true when it may be.
   */
  private static boolean mayHave(long[] filter, int mask, long pairHash) {
    for (int k = 0; k < 2; k++) {
      int bit = bit(pairHash, k, mask);
      if ((filter[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least the best score {@link Alignment#best} can give the claim {@code ids} (with {@code
   * pairHashes}, its {@link #pairHashes}) in article {@code a}, without reading the article: over
   * the best run of the claim's words, {@link Alignment#MATCH} per word the article has, -1 per
   * word it lacks (inside an alignment, a claim word not matched is a mismatch or a gap), and -1
   * per pair of neighbouring words the article has both of but surely never side by side (both
   * matched, a gap lies between them; one not matched, it costs three, more than its two pairs).
   */
  int alignmentBound(int a, int[] ids, long[] pairHashes) {
    long[] filter = pairs[a];
    int mask = filter.length * 64 - 1;
    int best = 0;
    int run = 0; // the best run ending at the word before
    boolean before = false; // whether the article has the word before
    for (int i = 0; i < ids.length; i++) {
      boolean has = ids[i] >= 0 && Arrays.binarySearch(articlesWith[ids[i]], a) >= 0;
      int edge = i > 0 && has && before && !mayHave(filter, mask, pairHashes[i - 1]) ? -1 : 0;
      int word = has ? Alignment.MATCH : -1;
      run = Math.max(word, run + edge + word);
      best = Math.max(best, run);
      before = has;
    }
    return best;
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
   * The articles that have every one of the words, one at a time in ascending order, found as they
   * are asked for: a caller that stops early (after the fifth piece of evidence, say) does not pay
   * for intersecting the long lists of common words in full. The rarest word's list is walked; the
   * others are searched forward with galloping steps.
   */
  java.util.PrimitiveIterator.OfInt articlesWithAll(List<String> norms) {
    List<int[]> lists = new ArrayList<>();
    for (String w : new HashSet<>(norms)) {
      lists.add(articlesWith(w));
    }
    if (lists.isEmpty()) {
      return java.util.stream.IntStream.range(0, articles.size()).iterator();
    }
    lists.sort((x, y) -> Integer.compare(x.length, y.length));
    int[] rarest = lists.get(0);
    int[][] others = lists.subList(1, lists.size()).toArray(int[][]::new);
    int[] cursors = new int[others.length];
    return new java.util.PrimitiveIterator.OfInt() {
      private int next = advance(0);

      private int advance(int from) {
        outer:
        for (int i = from; i < rarest.length; i++) {
          int a = rarest[i];
          for (int k = 0; k < others.length; k++) {
            cursors[k] = SortedInts.gallop(others[k], cursors[k], a);
            if (cursors[k] >= others[k].length) {
              return rarest.length; // one list is used up: no article has them all
            }
            if (others[k][cursors[k]] != a) {
              continue outer;
            }
          }
          return i;
        }
        return rarest.length;
      }

      @Override
      public boolean hasNext() {
        return next < rarest.length;
      }

      @Override
      public int nextInt() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        int a = rarest[next];
        next = advance(next + 1);
        return a;
      }
    };
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
