package coveragebot.extract.time;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two sentences (with their neighbours) report the same thing: the share of content words
 * they have in common, over the shorter one. Rewrites of one agency report keep names and nouns
 * ("Rutte", "Berlin", "united", "election") while changing the verbs and word order, so shingles of
 * word pairs are too strict here.
 */
final class SameStory {
  static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
          "that", "this", "it", "its", "is", "was", "were", "be", "been", "has", "have", "had",
          "he", "she", "they", "we", "his", "her", "their", "our", "as", "but", "not", "no", "who",
          "whoever", "which", "will", "would", "said", "also", "all", "more", "says");

  /**
   * The content words of {@code text}: runs of letters and digits ({@code \p{L}\p{N}}) of the
   * lower-cased text, longer than one character, not stop words, a final s dropped from words of
   * four characters or more. Read by hand: splitting with a regex was a fifth of building the
   * timeline ({@code SameStoryTest} keeps the regex as the reference).
   */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    eachWord(text, out::add);
    return out;
  }

  /** Gives {@code each} the content words of {@code text} in order, repeats included. */
  private static void eachWord(String text, java.util.function.Consumer<String> each) {
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && isWordChar(cp = lower.codePointAt(i)));
      if (i - start > 1) {
        String w = lower.substring(start, i);
        if (!STOP.contains(w)) {
          each.accept(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
        }
      }
    }
  }

  /** {@code \p{L}} or {@code \p{N}} as java.util.regex reads them: a letter or any number. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /**
   * Numbers the content words of many sentences, on any thread: a sentence's words are kept as a
   * sorted array of their numbers, about a twentieth of the memory of a set of strings (a 100k
   * build kept hundreds of thousands of such sets alive, for the collector to copy). A sentence of
   * plain text ({@link #plain}) is read in place, each word looked up through one reusable key that
   * lower-cases as it is read: copying each neighbourhood, lower-casing it and cutting out every
   * word was a gigabyte and a half of garbage per 100k build. Other sentences are read as {@link
   * #words} reads them (SameStoryTest compares both).
   */
  static final class Vocabulary {
    private final java.util.concurrent.ConcurrentHashMap<Word, Integer> numbers =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();

    /** The numbers of {@link #words}{@code (text)}, ascending. */
    int[] of(CharSequence text) {
      Numbers seen = new Numbers();
      if (text instanceof Neighbourhood n) {
        n.eachSentence((source, from, to) -> read(source, from, to, seen));
      } else {
        String t = text.toString();
        read(t, 0, t.length(), seen);
      }
      return seen.distinct();
    }

    /** Adds the numbers of the content words of {@code text[from, to)} to {@code seen}. */
    private void read(String text, int from, int to, Numbers seen) {
      for (int i = from; i < to; i++) {
        if (!plain(text.charAt(i))) {
          eachWord(text.substring(from, to), w -> seen.add(number(new Word(w, 0, w.length()))));
          return;
        }
      }
      Word probe = seen.probe;
      int i = from;
      while (i < to) {
        if (!isWordChar(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        do {
          i++;
        } while (i < to && isWordChar(text.charAt(i)));
        if (i - start > 1 && !STOP_WORDS.contains(probe.set(text, start, i))) {
          int end = i - start > 3 && Word.lower(text.charAt(i - 1)) == 's' ? i - 1 : i;
          seen.add(number(probe.set(text, start, end)));
        }
      }
    }

    /**
     * ASCII, a no-break space, or general punctuation (U+2000-U+206F: curly quotes, dashes,
     * spaces): characters that lower-case to themselves one by one whatever stands around them, and
     * of which only ASCII letters and digits make words. Generated and real copy alike is mostly
     * these.
     */
    private static boolean plain(char c) {
      return c < 128 || c == '\u00A0' || (c >= '\u2000' && c <= '\u206F');
    }

    private int number(Word word) {
      Integer n = numbers.get(word); // most words are numbered already: no lock
      return n != null ? n : numbers.computeIfAbsent(word.copy(), x -> next.getAndIncrement());
    }
  }

  private static final Set<Word> STOP_WORDS = new HashSet<>();

  static {
    STOP.forEach(w -> STOP_WORDS.add(new Word(w, 0, w.length())));
  }

  /** A sentence's word numbers as read, and the key its words are looked up with. */
  private static final class Numbers {
    private final Word probe = new Word("", 0, 0);
    private int[] all = new int[32];
    private int size;

    void add(int n) {
      if (size == all.length) {
        all = java.util.Arrays.copyOf(all, 2 * size);
      }
      all[size++] = n;
    }

    /** The distinct numbers, ascending, as the set of words would give. */
    int[] distinct() {
      java.util.Arrays.sort(all, 0, size);
      int k = 0;
      for (int i = 0; i < size; i++) {
        if (k == 0 || all[k - 1] != all[i]) {
          all[k++] = all[i];
        }
      }
      return java.util.Arrays.copyOf(all, k);
    }
  }

  /**
   * A word: {@code text[from, to)} with its ASCII capitals read as small letters. Keys kept in a
   * map own their text ({@link #copy}); a probe points into a sentence and is moved word by word.
   * Words given already lower-cased (all of a non-ASCII sentence's) have no ASCII capitals, so two
   * words are equal exactly when their lower-case forms are.
   */
  private static final class Word {
    private String text;
    private int from;
    private int to;
    private int hash;

    Word(String text, int from, int to) {
      set(text, from, to);
    }

    Word set(String text, int from, int to) {
      this.text = text;
      this.from = from;
      this.to = to;
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + lower(text.charAt(i));
      }
      this.hash = h;
      return this;
    }

    /** This word with a text of its own, in lower case. */
    Word copy() {
      char[] c = new char[to - from];
      for (int i = from; i < to; i++) {
        c[i - from] = lower(text.charAt(i));
      }
      return new Word(new String(c), 0, c.length);
    }

    static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Word w) || w.hash != hash || w.to - w.from != to - from) {
        return false;
      }
      for (int i = 0; i < to - from; i++) {
        if (lower(text.charAt(from + i)) != lower(w.text.charAt(w.from + i))) {
          return false;
        }
      }
      return true;
    }
  }
}
