package coveragebot.ingest;

import coveragebot.config.SourceEntry;
import coveragebot.config.SourcesConfig;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads every {@code .txt} file of a seeds folder into a {@link Corpus}. A file that cannot be used
 * (empty, not UTF-8, unreadable, too large, a directory) is skipped and reported by name with the
 * reason; the others still load. Loaded plus skipped always equals the files seen.
 *
 * <p>A file that changes while it is read (its size, modification time or identity differ before
 * and after the read) is read once more; if it changed again, it is skipped and reported rather
 * than loaded half old, half new.
 */
public final class CorpusLoader {

  /** Upper bounds that keep one bad file, or a huge folder, from exhausting memory. */
  public record Limits(long maxArticleBytes, long maxCorpusBytes) {
    public static final Limits DEFAULT = new Limits(5L << 20, 2L << 30);
  }

  /** How often a file that changes while it is read is read again before it is skipped. */
  static final int READ_ATTEMPTS = 2;

  /** Test seam: runs after a file's bytes are read and before they are checked for a change. */
  interface ReadHook {
    ReadHook NONE = (file, attempt) -> {};

    void afterRead(Path file, int attempt) throws IOException;
  }

  private final ArticleParser parser = new ArticleParser();
  private final Limits limits;
  private final ReadHook afterRead;

  public CorpusLoader(Limits limits) {
    this(limits, ReadHook.NONE);
  }

  CorpusLoader(Limits limits, ReadHook afterRead) {
    this.limits = limits;
    this.afterRead = afterRead;
  }

  public CorpusLoader() {
    this(Limits.DEFAULT);
  }

  /**
   * Loads {@code folder}; throws only when the folder itself cannot be listed.
   *
   * @throws IOException with a message naming the folder
   */
  public Corpus load(Path folder, SourcesConfig config) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder of articles");
    }
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        boolean txt = name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
        if (name.startsWith(".")) {
          if (txt) { // .gitkeep and editor files are not articles; a hidden article is said
            skipped.add(new Skipped(name, "a hidden file (its name starts with a dot)"));
          }
          continue;
        }
        if (name.indexOf('\uFFFD') >= 0) {
          // bytes the file system's encoding cannot read: two such names may look the same
          skipped.add(new Skipped(name, unreadableName()));
        } else if (Files.isDirectory(p)) {
          skipped.add(new Skipped(name, folderReason(p)));
        } else if (txt && name.chars().anyMatch(c -> Skipped.hidden((char) c))) {
          skipped.add(
              new Skipped(
                  name,
                  "its name holds a control or invisible character, which would show it as"
                      + " another name: rename the file"));
        } else if (txt) {
          files.add(p);
        } else {
          skipped.add(new Skipped(name, "not a .txt file"));
        }
      }
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(folder.toString(), null, "cannot list the folder");
    }
    files.sort(null);

    // Files are read in name order (the size limits depend on it), then parsed on all cores.
    List<ArticleParser.Input> inputs = new ArrayList<>();
    List<String> noEntry = new ArrayList<>(); // per input: its warning, or null
    Set<String> loaded = new HashSet<>();
    long total = 0;
    boolean full = false;
    for (Path p : files) {
      String name = p.getFileName().toString();
      if (full) {
        // Loading stops at the limit (files load in name order), so the rest is not even read.
        skipped.add(new Skipped(name, corpusLimitReached()));
        continue;
      }
      Read read;
      try {
        read = read(p);
      } catch (SkipException e) {
        skipped.add(new Skipped(name, e.getMessage()));
        continue;
      }
      total += read.bytes();
      if (total > limits.maxCorpusBytes()) {
        full = true;
        skipped.add(new Skipped(name, corpusLimitReached()));
        continue;
      }
      String text = read.text();
      SourceEntry entry = config.entry(name).orElse(null);
      noEntry.add(
          entry == null && config.origin() != null
              ? name + ": no entry in " + config.origin() + "; outlet taken from the file name"
              : null);
      inputs.add(new ArticleParser.Input(name, text, entry));
      loaded.add(name);
    }
    List<Article> articles = parser.parseAll(inputs, 0);
    List<Passage> passages = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (noEntry.get(i) != null) {
        warnings.add(noEntry.get(i));
      }
      if (a.passages().isEmpty()) {
        warnings.add(a.file() + ": no story text found (everything was set aside as boilerplate)");
      }
      passages.addAll(a.passages());
    }
    for (String name : config.sources().keySet()) {
      if (!loaded.contains(name) && skipped.stream().noneMatch(s -> s.file().equals(name))) {
        warnings.add(
            config.origin() + ": entry for " + Skipped.shown(name) + ", which is not in " + folder);
      }
    }
    skipped.sort((a, b) -> a.file().compareTo(b.file()));
    return new Corpus(articles, passages, skipped, warnings);
  }

  /** Why a file name with bytes the file-name encoding cannot read is skipped. */
  private static String unreadableName() {
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    return encoding.equalsIgnoreCase("UTF-8")
        ? "its name is not valid UTF-8 (shown with \uFFFD); rename the file"
        : "its name cannot be read in this system's file-name encoding ("
            + encoding
            + "): run with a UTF-8 locale (LANG=C.UTF-8), or rename the file";
  }

  /** How many articles a subfolder holds, which are not read, naming the first few. */
  static String folderReason(Path folder) {
    List<String> txt; // in name order; the first three are named
    try (var walk = Files.walk(folder, 8, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      txt =
          walk.limit(100_000)
              .filter(
                  f ->
                      f.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .endsWith(".txt"))
              .filter(Files::isRegularFile)
              .map(f -> folder.relativize(f).toString())
              .sorted()
              .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return "a folder (not read: articles must be in the articles folder itself; it could not be"
          + " listed)";
    }
    int count = txt.size();
    if (count == 0) {
      return "a folder, with no .txt files";
    }
    return "a folder: its "
        + (count == 1
            ? "article is"
            : String.format(java.util.Locale.ROOT, "%,d", count) + " articles are")
        + " not read ("
        + String.join(", ", txt.subList(0, Math.min(3, count)))
        + (count > 3 ? ", ..." : "")
        + "); move "
        + (count == 1 ? "it" : "them")
        + " into the articles folder itself";
  }

  private String corpusLimitReached() {
    return "corpus size limit of " + limits.maxCorpusBytes() + " bytes reached";
  }

  /** The most bytes a Java array (and so one article's text) can hold, less a margin. */
  static final long MAX_READABLE = Integer.MAX_VALUE - 16L;

  /** A file's text and its size in bytes (what the corpus limit counts). */
  private record Read(String text, int bytes) {}

  private Read read(Path p) throws SkipException {
    try {
      // One look at the file (following links) tells what it is and gives the size and time that
      // the first read is checked against.
      BasicFileAttributes first;
      try {
        first = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (FileSystemException e) {
        if (Files.isSymbolicLink(p)) {
          throw new SkipException("broken or looping symbolic link");
        }
        throw e;
      }
      if (first.isDirectory()) {
        throw new SkipException("is a directory, not a file");
      }
      if (!first.isRegularFile()) {
        throw new SkipException("not a regular file");
      }
      for (int attempt = 1; ; attempt++) {
        BasicFileAttributes before =
            attempt == 1 ? first : Files.readAttributes(p, BasicFileAttributes.class);
        if (before.size() > limits.maxArticleBytes()) {
          throw new SkipException(
              "larger than the article size limit ("
                  + before.size()
                  + " > "
                  + limits.maxArticleBytes()
                  + " bytes)");
        }
        if (before.size() > MAX_READABLE) {
          throw new SkipException(
              "larger than the largest file one article can be read from ("
                  + before.size()
                  + " > "
                  + MAX_READABLE
                  + " bytes)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(p)) {
          // One byte more than the limit: a file growing while read is never read without bound.
          bytes = in.readNBytes((int) (Math.min(limits.maxArticleBytes(), MAX_READABLE) + 1));
        }
        afterRead.afterRead(p, attempt);
        if (!unchanged(before, bytes.length, Files.readAttributes(p, BasicFileAttributes.class))) {
          if (attempt < READ_ATTEMPTS) {
            continue;
          }
          throw new SkipException(
              "changed while being read (tried "
                  + READ_ATTEMPTS
                  + " times); reload to pick up the new version");
        }
        if (bytes.length == 0) {
          throw new SkipException("empty file");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
          throw new SkipException("only whitespace");
        }
        return new Read(text, bytes.length);
      }
    } catch (AccessDeniedException e) {
      throw new SkipException("cannot read: permission denied");
    } catch (NoSuchFileException e) {
      throw new SkipException("disappeared while loading");
    } catch (IOException e) {
      throw new SkipException("cannot read: " + e.getMessage());
    }
  }

  /**
   * True when the file is still the one whose bytes were read: same file, same size (also the
   * number of bytes read) and same modification time. A rewrite of equal size within the file
   * system's time resolution goes unnoticed; on current Linux file systems that is nanoseconds.
   */
  private static boolean unchanged(
      BasicFileAttributes before, int read, BasicFileAttributes after) {
    return read == before.size()
        && after.size() == before.size()
        && after.lastModifiedTime().equals(before.lastModifiedTime())
        && Objects.equals(after.fileKey(), before.fileKey());
  }

  /** Strict UTF-8: a bad byte is reported with its position instead of becoming U+FFFD. */
  static String decode(byte[] bytes) throws SkipException {
    // The JDK's own decoding is several times faster than a decoder, and it turns every bad
    // sequence into U+FFFD: a text without one was valid. With one (bad bytes, or a U+FFFD
    // written in the file), the strict decoder tells which.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      throw new SkipException("not valid UTF-8 (first bad byte at offset " + in.position() + ")");
    } catch (CharacterCodingException e) {
      throw new SkipException("not valid UTF-8");
    }
  }

  /** Why one file is skipped; never escapes this class. */
  static final class SkipException extends Exception {
    private static final long serialVersionUID = 1L;

    SkipException(String reason) {
      super(reason);
    }
  }
}
