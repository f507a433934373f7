package coveragebot.ingest;

import coveragebot.config.SourceEntry;
import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Boilerplate.Kind;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Published;
import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one article's text into an {@link Article}: reads the header (headline, byline, publication
 * date), sets boilerplate aside, and splits the story into passages. It only chooses spans; the
 * text is never changed.
 */
public final class ArticleParser {

  /** Passages longer than this are split at sentence boundaries (a Discord embed field is 1024). */
  public static final int MAX_PASSAGE_CHARS = 900;

  /** Metadata lines (byline, date) are looked for among this many first lines. */
  private static final int HEADER_LINES = 8;

  private static final Pattern BY_LINE =
      Pattern.compile("^(?:[•·*-]\\s*)?By\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_LINE =
      Pattern.compile(
          "^(?:[•·*-]\\s*)?(Published|Posted|Updated|Last updated|Date)\\s*(on|at)?\\s*:?\\s*.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BULLET = Pattern.compile("^[•·*]\\s*(.+)$");

  private final SentenceSplitter sentences = new SentenceSplitter();
  private final PublicationDates dates = new PublicationDates();

  /**
   * Parses {@code text} of {@code file}; passage ids start at {@code firstPassageId}.
   *
   * @param entry what config says about the file, or null
   */
  public Article parse(String file, String text, SourceEntry entry, int firstPassageId) {
    return parse(file, text, entry, firstPassageId, null);
  }

  /**
   * As {@link #parse(String, String, SourceEntry, int)}, with each passage's and boilerplate's text
   * taken from {@code texts} when an article parsed before held the same (null: no sharing).
   */
  private Article parse(
      String file,
      String text,
      SourceEntry entry,
      int firstPassageId,
      java.util.Map<String, String> texts) {
    List<Block> blocks = Blocks.of(text);
    Kind[] kinds = new Kind[blocks.size()];
    String[] reasons = new String[blocks.size()];
    Header header = readHeader(text, blocks, kinds, reasons);
    markBoilerplate(blocks, kinds, reasons);

    String outlet = firstNonBlank(entry == null ? null : entry.outlet(), outletFromFile(file));
    String title = firstNonBlank(entry == null ? null : entry.title(), header.title);
    String byline = firstNonBlank(entry == null ? null : entry.byline(), header.byline);
    Published published =
        entry != null && entry.published() != null
            ? Published.parseIso(entry.published())
            : header.published;
    String url = entry == null ? null : blankToNull(entry.url());
    SourceRef source = new SourceRef(file, outlet, title, url, published, byline);

    List<String> unknown = new ArrayList<>();
    if (entry == null || blankToNull(entry.outlet()) == null) {
      unknown.add("outlet");
    }
    if (title == null) {
      unknown.add("title");
    }
    if (byline == null) {
      unknown.add("byline");
    }
    if (published == null) {
      unknown.add("published");
    }
    if (url == null) {
      unknown.add("url");
    }

    List<Passage> passages = new ArrayList<>();
    List<Boilerplate> boilerplate = new ArrayList<>();
    int paragraph = 0;
    for (Block b : blocks) {
      Kind kind = kinds[b.index()];
      if (kind != null) {
        boilerplate.add(
            new Boilerplate(kind, b.start(), b.end(), shared(texts, b.text()), reasons[b.index()]));
        continue;
      }
      for (Span s : chunks(text, b)) {
        passages.add(
            new Passage(
                firstPassageId + passages.size(),
                source,
                s.start(),
                s.end(),
                shared(texts, s.of(text)),
                paragraph));
      }
      paragraph++;
    }
    return new Article(source, text, passages, boilerplate, unknown);
  }

  /** {@code s}, or the equal string {@code texts} holds already (kept there if new). */
  private static String shared(java.util.Map<String, String> texts, String s) {
    if (texts == null) {
      return s;
    }
    String earlier = texts.putIfAbsent(s, s);
    return earlier == null ? s : earlier;
  }

  /** One article to parse: its file name, its text and what config says about it (or null). */
  public record Input(String file, String text, SourceEntry entry) {}

  /**
   * Parses many articles on all cores. The result is what parsing them one by one in list order
   * gives: passage ids start at {@code firstPassageId} and run on from article to article. Equal
   * passage and boilerplate texts are one string (wire copies repeat whole paragraphs across
   * outlets, and page chrome repeats across articles).
   */
  public List<Article> parseAll(List<Input> inputs, int firstPassageId) {
    java.util.Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    List<Article> parsed =
        inputs.parallelStream()
            .map(in -> parse(in.file(), in.text(), in.entry(), 0, texts))
            .toList();
    List<Article> out = new ArrayList<>(parsed.size());
    int next = firstPassageId;
    for (Article a : parsed) {
      out.add(next == 0 ? a : renumbered(a, next));
      next += a.passages().size();
    }
    return out;
  }

  private static Article renumbered(Article a, int first) {
    List<Passage> passages = new ArrayList<>(a.passages().size());
    for (Passage p : a.passages()) {
      passages.add(
          new Passage(first + p.id(), p.source(), p.start(), p.end(), p.text(), p.paragraph()));
    }
    return new Article(a.source(), a.text(), passages, a.boilerplate(), a.unknown());
  }

  private static final class Header {
    String title;
    String byline;
    Published published;
  }

  private Header readHeader(String text, List<Block> blocks, Kind[] kinds, String[] reasons) {
    Header h = new Header();
    boolean seenStory = false;
    int limit = Math.min(blocks.size(), HEADER_LINES);
    for (int i = 0; i < limit; i++) {
      Block b = blocks.get(i);
      String line = b.text();
      if (BoilerplateRules.isPageChrome(line)) {
        mark(kinds, reasons, b, Kind.PAGE_CHROME, "page header (site clock, weather or menu)");
        continue;
      }
      if (BoilerplateRules.isBreadcrumb(line)) {
        mark(kinds, reasons, b, Kind.PAGE_CHROME, "breadcrumb");
        continue;
      }
      if (BoilerplateRules.isNavigation(line)) {
        mark(kinds, reasons, b, Kind.NAVIGATION, "navigation link");
        continue;
      }
      Matcher by = BY_LINE.matcher(line);
      if (line.length() <= 160 && by.matches()) {
        readByline(text, b, b.start() + by.start(1), h);
        mark(kinds, reasons, b, Kind.METADATA, "byline");
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches()
          && line.length() <= 60
          && h.byline == null
          && afterBy(blocks, kinds, i)) {
        h.byline = bullet.group(1).strip();
        mark(kinds, reasons, b, Kind.METADATA, "byline");
        continue;
      }
      Optional<PublicationDates.Found> date = dates.find(text, b.start(), b.end());
      if (date.isPresent() && h.published == null && isDateLine(line, date.get(), b)) {
        h.published = date.get().published();
        String before = text.substring(b.start(), date.get().span().start());
        String name = before.replaceAll("[\\s,;|–—-]+$", "").strip();
        if (!PUBLISHED_LINE.matcher(line).matches() && !name.isEmpty() && h.byline == null) {
          h.byline = name;
        }
        mark(kinds, reasons, b, Kind.METADATA, "publication date line");
        continue;
      }
      if (h.title == null && !seenStory && looksLikeHeadline(line)) {
        h.title = line;
        mark(kinds, reasons, b, Kind.METADATA, "headline");
        continue;
      }
      seenStory = true;
    }
    // A lone agency credit closing the article ("AFP") is metadata, and a byline if none is known.
    if (!blocks.isEmpty()) {
      Block last = blocks.get(blocks.size() - 1);
      if (kinds[last.index()] == null && BoilerplateRules.isCredit(last.text())) {
        mark(kinds, reasons, last, Kind.METADATA, "credit line");
        if (h.byline == null) {
          h.byline = BoilerplateRules.creditAgency(last.text());
        }
      }
    }
    return h;
  }

  /** "By AFP - Nov 06,2024 - ...": the name runs up to the date, if there is one. */
  private void readByline(String text, Block b, int nameStart, Header h) {
    Optional<PublicationDates.Found> date = dates.find(text, b.start(), b.end());
    int nameEnd = b.end();
    if (date.isPresent()) {
      if (h.published == null) {
        h.published = date.get().published();
      }
      nameEnd = Math.max(nameStart, date.get().span().start());
    }
    String name = text.substring(nameStart, nameEnd).replaceAll("[\\s,;|–—-]+$", "").strip();
    if (!name.isEmpty() && h.byline == null) {
      h.byline = name;
    }
  }

  private static boolean afterBy(List<Block> blocks, Kind[] kinds, int i) {
    return i > 0
        && kinds[i - 1] == Kind.METADATA
        && BY_LINE.matcher(blocks.get(i - 1).text()).matches();
  }

  /** A line that is mostly a date: "Published: ...", or a short "Name, 05.11.2024, 13:50". */
  private static boolean isDateLine(String line, PublicationDates.Found date, Block b) {
    if (PUBLISHED_LINE.matcher(line).matches()) {
      return true;
    }
    int other = line.length() - date.span().length();
    return line.length() <= 100 && other <= 40 && !line.endsWith(".");
  }

  private static boolean looksLikeHeadline(String line) {
    if (line.length() > 200 || line.length() < 3) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last != '.' && last != ',' && last != ';';
  }

  private void markBoilerplate(List<Block> blocks, Kind[] kinds, String[] reasons) {
    // Lines by the hash of their duplicate key: the key itself is made only for lines whose hash
    // an earlier line has (a repeat, or rarely a collision, whose keys then go to `exact`).
    Map<Long, Block> firstByHash = new HashMap<>();
    Map<String, Integer> exact = null;
    boolean related = false;
    for (Block b : blocks) {
      int i = b.index();
      String line = b.text();
      if (related) {
        mark(kinds, reasons, b, Kind.RELATED, "teaser of another story");
        continue;
      }
      if (kinds[i] != null) {
        if (kinds[i] != Kind.METADATA) {
          continue;
        }
      } else if (BoilerplateRules.isRelatedHeading(line)) {
        related = true;
        mark(kinds, reasons, b, Kind.RELATED, "heading of related stories");
        continue;
      } else if (BoilerplateRules.isNavigation(line)) {
        mark(kinds, reasons, b, Kind.NAVIGATION, "navigation link");
        continue;
      } else if (BoilerplateRules.isCaption(line)) {
        mark(kinds, reasons, b, Kind.CAPTION, "photo caption");
      }
      // A standfirst repeated as the first paragraph often differs only by its final stop.
      Block earlier = firstByHash.putIfAbsent(duplicateKeyHash(line), b);
      Integer first = null;
      if (earlier != null) {
        String key = duplicateKey(line);
        if (key.equals(duplicateKey(earlier.text()))) {
          first = earlier.start();
        } else {
          if (exact == null) {
            exact = new HashMap<>();
          }
          first = exact.putIfAbsent(key, b.start());
        }
      }
      if (first != null && kinds[i] != Kind.METADATA) {
        mark(kinds, reasons, b, Kind.DUPLICATE, "repeats the text at offset " + first);
      }
    }
  }

  /**
   * The line in lower case, runs of whitespace as one space, without punctuation and spaces at the
   * end: what {@code replaceAll("\\s+", " ").replaceAll("[\\p{Punct}\\s]+$", "")} gave, without two
   * regexes per block.
   */
  static String duplicateKey(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isRegexSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    if (space) {
      b.append(' ');
    }
    // "$" also matches before one final line terminator that \s does not cover
    int end = b.length();
    if (end > 0 && "\u0085\u2028\u2029".indexOf(b.charAt(end - 1)) >= 0) {
      end--;
    }
    int cut = end;
    while (cut > 0 && (b.charAt(cut - 1) == ' ' || isAsciiPunct(b.charAt(cut - 1)))) {
      cut--;
    }
    b.delete(cut, end);
    return b.toString();
  }

  /**
   * {@link #hash} of {@link #duplicateKey}, without making the key: lower case a character at a
   * time (what {@code toLowerCase(Locale.ROOT)} does but for capital sigma and dotted capital I,
   * which go the slow way), spaces collapsed as they come, and the punctuation and spaces at the
   * end left out by remembering the hash before them.
   */
  static long duplicateKeyHash(String line) {
    long h = 0; // the hash of the key so far, trailing punctuation and spaces included
    long kept = 0; // the hash up to the last character that is neither
    long keptBefore = 0; // `kept` before that character
    boolean space = false;
    boolean lastKept = false; // the last character added is that one
    char last = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      int lower;
      if (ch < 128) {
        lower = ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        lower = Character.toLowerCase(Character.toCodePoint(ch, line.charAt(++i)));
      } else if (ch == '\u03A3' || ch == '\u0130') {
        return hash(duplicateKey(line));
      } else {
        lower = Character.toLowerCase((int) ch);
      }
      if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT && isRegexSpace((char) lower)) {
        space = true;
        continue;
      }
      if (space) {
        h = h * HASH_MULTIPLIER + ' ';
        lastKept = false;
        space = false;
      }
      if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        char c = (char) lower;
        h = h * HASH_MULTIPLIER + c;
        last = c;
        lastKept = !isAsciiPunct(c);
      } else {
        h = h * HASH_MULTIPLIER + Character.highSurrogate(lower);
        h = h * HASH_MULTIPLIER + Character.lowSurrogate(lower);
        last = Character.lowSurrogate(lower);
        lastKept = true;
      }
      if (lastKept) {
        keptBefore = kept;
        kept = h;
      }
    }
    if (!space && lastKept && "\u0085\u2028\u2029".indexOf(last) >= 0) {
      // a final line terminator stays, after the punctuation before it is left out
      return keptBefore * HASH_MULTIPLIER + last;
    }
    return kept;
  }

  /** The hash {@link #duplicateKeyHash} gives a key. */
  static long hash(String key) {
    long h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = h * HASH_MULTIPLIER + key.charAt(i);
    }
    return h;
  }

  private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** {@code \s} without the Unicode flag. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code \p{Punct}} without the Unicode flag: the ASCII punctuation characters. */
  private static boolean isAsciiPunct(char c) {
    return c < 64 ? (PUNCT_LOW >>> c & 1) != 0 : c < 128 && (PUNCT_HIGH >>> (c - 64) & 1) != 0;
  }

  /** The ASCII punctuation characters as bits: below 64, and from 64 to 127. */
  private static final long PUNCT_LOW = punctBits(0);

  private static final long PUNCT_HIGH = punctBits(64);

  private static long punctBits(int from) {
    long bits = 0;
    for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) {
      if (c >= from && c < from + 64) {
        bits |= 1L << (c - from);
      }
    }
    return bits;
  }

  private static void mark(Kind[] kinds, String[] reasons, Block b, Kind kind, String reason) {
    kinds[b.index()] = kind;
    reasons[b.index()] = reason;
  }

  /** The block as one passage, or as runs of whole sentences that each fit a chat message. */
  private List<Span> chunks(String text, Block b) {
    if (b.end() - b.start() <= MAX_PASSAGE_CHARS) {
      return List.of(new Span(b.start(), b.end()));
    }
    List<Span> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Span s : sentences.split(text, b.start(), b.end())) {
      for (Span piece : hardSplit(text, s)) {
        if (start >= 0 && piece.end() - start > MAX_PASSAGE_CHARS) {
          out.add(new Span(start, end));
          start = -1;
        }
        if (start < 0) {
          start = piece.start();
        }
        end = piece.end();
      }
    }
    if (start >= 0) {
      out.add(new Span(start, end));
    }
    return out;
  }

  /** A single sentence longer than the limit is cut at spaces (still exact substrings). */
  private static List<Span> hardSplit(String text, Span s) {
    if (s.length() <= MAX_PASSAGE_CHARS) {
      return List.of(s);
    }
    List<Span> out = new ArrayList<>();
    int start = s.start();
    while (s.end() - start > MAX_PASSAGE_CHARS) {
      int cut = start + MAX_PASSAGE_CHARS;
      int space = cut;
      while (space > start + MAX_PASSAGE_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      if (space > start + MAX_PASSAGE_CHARS / 2) {
        cut = space;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--; // never split a surrogate pair
      }
      int end = SentenceSplitter.trimEnd(text, start, cut);
      out.add(new Span(start, end));
      start = SentenceSplitter.skipSpace(text, cut, s.end());
    }
    if (start < s.end()) {
      out.add(new Span(start, s.end()));
    }
    return out;
  }

  /** "000_36892fb6aa2421ea.txt" has no outlet to tell; the file name is the honest fallback. */
  static String outletFromFile(String file) {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")
        ? file.substring(0, file.length() - 4)
        : file;
  }

  private static String firstNonBlank(String a, String b) {
    return blankToNull(a) != null ? a : blankToNull(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
