package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import coveragebot.config.SourceEntry;
import coveragebot.config.SourcesConfig;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Skipped;
import coveragebot.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir Path dir;

  private static final String GOOD = "A headline\nSome story text that says something.\n";

  private Corpus load(SourcesConfig config) throws IOException {
    return new CorpusLoader().load(dir, config);
  }

  private String reason(Corpus c, String file) {
    return c.skipped().stream()
        .filter(s -> s.file().equals(file))
        .map(Skipped::reason)
        .findFirst()
        .orElse(null);
  }

  @Test
  void badFilesAreSkippedByNameWithTheReasonAndTheOthersLoad() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(
        dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectory(dir.resolve("folder.txt"));
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Files.writeString(dir.resolve("UPPER.TXT"), GOOD); // an article whatever the name's case

    Corpus c = load(SourcesConfig.empty());

    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("UPPER.TXT", "good.txt");
    assertThat(c.articles().getFirst().source().outlet()).isEqualTo("UPPER");
    assertThat(reason(c, "empty.txt")).isEqualTo("empty file");
    assertThat(reason(c, "latin1.txt")).isEqualTo("not valid UTF-8 (first bad byte at offset 3)");
    assertThat(reason(c, "folder.txt")).isEqualTo("a folder, with no .txt files");
    assertThat(reason(c, "dangling.txt")).isEqualTo("broken or looping symbolic link");
    assertThat(reason(c, "loop.txt")).isEqualTo("broken or looping symbolic link");
    assertThat(reason(c, "blank.txt")).isEqualTo("only whitespace");
    assertThat(reason(c, "notes.md")).isEqualTo("not a .txt file");
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(c.articles().size() + c.skipped().size()).isEqualTo((int) all.count());
    }
  }

  @Test
  void aSubfolderNamesTheArticlesItHoldsAndAHiddenArticleIsSaid() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Path sub = Files.createDirectories(dir.resolve("november/week2"));
    Files.writeString(dir.resolve("november/a.txt"), GOOD);
    Files.writeString(sub.resolve("b.txt"), GOOD);
    Files.writeString(sub.resolve("notes.md"), "not an article");
    Files.createDirectory(dir.resolve("images"));
    Files.writeString(dir.resolve(".draft.txt"), GOOD);
    Files.writeString(dir.resolve(".gitkeep"), "");

    Corpus c = load(SourcesConfig.empty());

    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(reason(c, "november"))
        .isEqualTo(
            "a folder: its 2 articles are not read (a.txt, week2/b.txt); move them into the"
                + " articles folder itself");
    assertThat(reason(c, "images")).isEqualTo("a folder, with no .txt files");
    assertThat(reason(c, ".draft.txt")).isEqualTo("a hidden file (its name starts with a dot)");
    assertThat(reason(c, ".gitkeep")).isNull();
  }

  @Test
  void aFolderNamedLikeAnArticleOrLinkedInNamesItsArticlesToo() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Path elsewhere = Files.createDirectories(dir.resolve(".away")); // hidden: not listed itself
    Files.writeString(elsewhere.resolve("x.txt"), GOOD);
    Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
    Files.createDirectory(dir.resolve("a.txt"));
    Files.writeString(dir.resolve("a.txt/inner.txt"), GOOD);

    Corpus c = load(SourcesConfig.empty());

    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(reason(c, "linked")).startsWith("a folder: its article is not read (x.txt)");
    assertThat(reason(c, "a.txt")).startsWith("a folder: its article is not read (inner.txt)");
  }

  @Test
  void aNameThatIsNotUtf8IsSkippedNotLoadedAsReplacementCharacters() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "a UTF-8 locale");
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Process touch =
        new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'bad\\377name.txt')\"")
            .directory(dir.toFile())
            .start();
    assertThat(touch.waitFor()).isZero();
    Corpus c = load(SourcesConfig.empty());
    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(c.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("its name is not valid UTF-8"));
  }

  @Test
  void aLimitAsLargeAsALongStillReadsTheArticles() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Corpus c =
        new CorpusLoader(new CorpusLoader.Limits(Long.MAX_VALUE, Long.MAX_VALUE))
            .load(dir, SourcesConfig.empty());
    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(c.skipped()).isEmpty();
  }

  @Test
  void aNameThatWouldShowAsAnotherIsSkippedAndShownWithItsHiddenCharactersWritten()
      throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.writeString(dir.resolve("invoice\u202Etxt.exe.txt"), GOOD);
    Files.writeString(dir.resolve("two\nlines.txt"), GOOD);
    Files.writeString(dir.resolve("ok\u200B.txt"), GOOD);
    Files.writeString(dir.resolve("esc\u001b[2J.md"), "x");

    Corpus c = load(SourcesConfig.empty());

    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(reason(c, "invoice\u202Etxt.exe.txt"))
        .startsWith("its name holds a control or invisible character");
    assertThat(reason(c, "two\nlines.txt"))
        .startsWith("its name holds a control or invisible character");
    assertThat(reason(c, "ok\u200B.txt")).startsWith("its name holds a control or invisible");
    assertThat(c.skipped())
        .extracting(Skipped::shownFile)
        .containsExactlyInAnyOrder(
            "invoice<U+202E>txt.exe.txt",
            "two<U+000A>lines.txt",
            "ok<U+200B>.txt",
            "esc<U+001B>[2J.md");
  }

  @Test
  void aNamedPipeIsReportedInsteadOfBlockingTheLoad() throws Exception {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Corpus c = load(SourcesConfig.empty());
    assertThat(c.articles()).hasSize(1);
    assertThat(reason(c, "pipe.txt")).isEqualTo("not a regular file");
  }

  @Test
  void anArticleOverTheSizeLimitIsReportedNotLoaded() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    Files.writeString(dir.resolve("small.txt"), GOOD);
    Corpus c =
        new CorpusLoader(new CorpusLoader.Limits(1000, 1 << 20)).load(dir, SourcesConfig.empty());
    assertThat(c.articles()).hasSize(1);
    assertThat(reason(c, "big.txt"))
        .startsWith("larger than the article size limit (2000 > 1000 bytes)");
  }

  @Test
  void theCorpusSizeLimitIsReported() throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve("b.txt"), GOOD);
    Corpus c =
        new CorpusLoader(new CorpusLoader.Limits(1000, GOOD.length() + 1))
            .load(dir, SourcesConfig.empty());
    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("a.txt");
    assertThat(reason(c, "b.txt")).contains("corpus size limit");
  }

  @Test
  void theCorpusLimitCountsBytesAndStopsLoadingTheFilesAfterIt() throws IOException {
    String twoByteChars = "Titr\u00e9\n\u00e9t\u00e9 \u00e9t\u00e9 \u00e9t\u00e9.\n";
    int bytes = twoByteChars.getBytes(StandardCharsets.UTF_8).length;
    Files.writeString(dir.resolve("a.txt"), twoByteChars);
    Files.writeString(dir.resolve("b.txt"), "B\nb.\n");
    Files.writeString(dir.resolve("c.txt"), "C\nc.\n");
    // Fits in characters (length() < limit) but not in bytes: a is skipped, and nothing after it.
    Corpus c =
        new CorpusLoader(new CorpusLoader.Limits(1000, bytes - 1)).load(dir, SourcesConfig.empty());
    assertThat(twoByteChars.length()).isLessThan(bytes - 1);
    assertThat(c.articles()).isEmpty();
    String reason = "corpus size limit of " + (bytes - 1) + " bytes reached";
    assertThat(c.skipped())
        .containsExactly(
            new Skipped("a.txt", reason),
            new Skipped("b.txt", reason),
            new Skipped("c.txt", reason));
  }

  @Test
  void aFileThatChangesWhileReadIsReadAgainAndTheNewVersionLoads() throws IOException {
    Path f = dir.resolve("edited.txt");
    Files.writeString(f, "Old headline\nOld story text, first draft.\n");
    String edited = "New headline\nNew story text, final draft.\n";
    CorpusLoader.ReadHook editOnce =
        (file, attempt) -> {
          if (attempt == 1) {
            rewriteSameSizeLater(file, edited);
          }
        };
    Corpus c =
        new CorpusLoader(CorpusLoader.Limits.DEFAULT, editOnce).load(dir, SourcesConfig.empty());
    assertThat(c.skipped()).isEmpty();
    assertThat(c.articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(edited));
  }

  @Test
  void aFileThatKeepsChangingWhileReadIsSkippedWithTheReasonAndTheOthersLoad() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.writeString(dir.resolve("growing.txt"), GOOD);
    Files.writeString(dir.resolve("rewritten.txt"), GOOD);
    List<String> reads = new ArrayList<>();
    CorpusLoader.ReadHook writer =
        (file, attempt) -> {
          String name = file.getFileName().toString();
          reads.add(name + "#" + attempt);
          if (name.equals("growing.txt")) {
            Files.writeString(file, "More text.\n", StandardOpenOption.APPEND);
          } else if (name.equals("rewritten.txt")) {
            rewriteSameSizeLater(file, GOOD.toUpperCase(Locale.ROOT));
          }
        };
    Corpus c =
        new CorpusLoader(CorpusLoader.Limits.DEFAULT, writer).load(dir, SourcesConfig.empty());
    String reason = "changed while being read (tried 2 times); reload to pick up the new version";
    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(c.articles().get(0).text()).isEqualTo(GOOD);
    assertThat(c.skipped())
        .containsExactly(new Skipped("growing.txt", reason), new Skipped("rewritten.txt", reason));
    assertThat(reads)
        .containsExactly(
            "good.txt#1", "growing.txt#1", "growing.txt#2", "rewritten.txt#1", "rewritten.txt#2");
  }

  @Test
  void aFileDeletedWhileReadIsReportedAsDisappeared() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.writeString(dir.resolve("gone.txt"), GOOD);
    CorpusLoader.ReadHook deleter =
        (file, attempt) -> {
          if (file.getFileName().toString().equals("gone.txt")) {
            Files.delete(file);
          }
        };
    Corpus c =
        new CorpusLoader(CorpusLoader.Limits.DEFAULT, deleter).load(dir, SourcesConfig.empty());
    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(reason(c, "gone.txt")).isEqualTo("disappeared while loading");
  }

  /**
   * Replaces the text with one of the same length (so only the time can tell) and moves the
   * modification time a second on, as a later save would: Linux stamps files from a coarse clock,
   * so two writes milliseconds apart can carry the same time, and the test must not depend on that.
   */
  private static void rewriteSameSizeLater(Path file, String text) throws IOException {
    FileTime before = Files.getLastModifiedTime(file);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isEqualTo(Files.size(file));
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
  }

  @Test
  void anUnreadableFileIsSkippedWithTheReason() throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, GOOD);
    Files.setPosixFilePermissions(secret, Set.of());
    try {
      assumeFalse(
          Files.isReadable(secret),
          "mode 000 does not stop this user (root reads any file), so nothing to test here");
      Corpus c = load(SourcesConfig.empty());
      assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
      assertThat(reason(c, "secret.txt")).isEqualTo("cannot read: permission denied");
    } finally {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aReadFailingWithPermissionDeniedIsSkippedWithTheReason() throws IOException {
    // The same failure as the test above, raised through the seam so it also runs as root.
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.writeString(dir.resolve("secret.txt"), GOOD);
    CorpusLoader.ReadHook denied =
        (file, attempt) -> {
          if (file.getFileName().toString().equals("secret.txt")) {
            throw new AccessDeniedException(file.toString());
          }
        };
    Corpus c =
        new CorpusLoader(CorpusLoader.Limits.DEFAULT, denied).load(dir, SourcesConfig.empty());
    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(reason(c, "secret.txt")).isEqualTo("cannot read: permission denied");
  }

  @Test
  void tenThousandFilesWithBadOnesAmongThemAllAccountedFor() throws IOException {
    int kinds = 10;
    int perKind = 10;
    int total = 10_000;
    int good = total - kinds * perKind;
    CorpusLoader.Limits limits = new CorpusLoader.Limits(4096, 1L << 30);
    long started = System.nanoTime();
    Map<String, String> expectedSkips = new TreeMap<>();
    for (int i = 0; i < perKind; i++) {
      expect(expectedSkips, "empty-" + i + ".txt", "empty file");
      Files.write(dir.resolve("empty-" + i + ".txt"), new byte[0]);
      expect(expectedSkips, "blank-" + i + ".txt", "only whitespace");
      Files.writeString(dir.resolve("blank-" + i + ".txt"), " \r\n\t".repeat(i + 1));
      expect(expectedSkips, "latin1-" + i + ".txt", "not valid UTF-8 (first bad byte at offset 3)");
      Files.write(
          dir.resolve("latin1-" + i + ".txt"),
          ("caf\u00e9 " + i).getBytes(StandardCharsets.ISO_8859_1));
      expect(expectedSkips, "folder-" + i + ".txt", "a folder, with no .txt files");
      Files.createDirectory(dir.resolve("folder-" + i + ".txt"));
      expect(expectedSkips, "loop-" + i + ".txt", "broken or looping symbolic link");
      Files.createSymbolicLink(dir.resolve("loop-" + i + ".txt"), Path.of("loop-" + i + ".txt"));
      expect(expectedSkips, "dangling-" + i + ".txt", "broken or looping symbolic link");
      Files.createSymbolicLink(dir.resolve("dangling-" + i + ".txt"), Path.of("nowhere.txt"));
      expect(
          expectedSkips,
          "huge-" + i + ".txt",
          "larger than the article size limit (" + (5000 + i) + " > 4096 bytes)");
      Files.writeString(dir.resolve("huge-" + i + ".txt"), "x".repeat(5000 + i));
      expect(expectedSkips, "notes-" + i + ".md", "not a .txt file");
      Files.writeString(dir.resolve("notes-" + i + ".md"), GOOD);
      expect(
          expectedSkips,
          "changing-" + i + ".txt",
          "changed while being read (tried 2 times); reload to pick up the new version");
      Files.writeString(dir.resolve("changing-" + i + ".txt"), GOOD);
      expect(expectedSkips, "binary-" + i + ".txt", "not valid UTF-8 (first bad byte at offset 1)");
      Files.write(dir.resolve("binary-" + i + ".txt"), new byte[] {'A', (byte) 0xC3, '(', 0, 1});
    }
    assertThat(expectedSkips).hasSize(kinds * perKind);
    Map<String, String> goodTexts = new TreeMap<>();
    for (int i = 0; i < good; i++) {
      String name = String.format(Locale.ROOT, "article-%05d.txt", i);
      String text = "Headline " + i + "\nStory " + i + " says NATO met on day " + i + ".\n";
      goodTexts.put(name, text);
      Files.writeString(dir.resolve(name), text);
    }
    long written = System.nanoTime();
    CorpusLoader.ReadHook editor =
        (file, attempt) -> {
          if (file.getFileName().toString().startsWith("changing-")) {
            Files.writeString(file, "edit\n", StandardOpenOption.APPEND);
          }
        };

    Corpus c = new CorpusLoader(limits, editor).load(dir, SourcesConfig.empty());
    long loadedAt = System.nanoTime();

    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all.count()).isEqualTo(total);
    }
    assertThat(c.articles().size() + c.skipped().size()).isEqualTo(total);
    Map<String, String> skips = new TreeMap<>();
    c.skipped().forEach(s -> skips.put(s.file(), s.reason()));
    assertThat(skips).isEqualTo(expectedSkips);
    assertThat(c.articles()).hasSize(good);
    c.articles().forEach(a -> assertThat(a.text()).isEqualTo(goodTexts.get(a.file())));
    assertThat(c.passages()).hasSize(good);

    String figures =
        String.format(
            Locale.ROOT,
            "%d files (%d articles, %d bad): written in %d ms, loaded in %d ms%n",
            total,
            good,
            kinds * perKind,
            (written - started) / 1_000_000,
            (loadedAt - written) / 1_000_000);
    System.out.print("CorpusLoaderTest: " + figures);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-loader-10k.txt"), figures);
  }

  private static void expect(Map<String, String> skips, String file, String reason) {
    assertThat(skips.put(file, reason)).as(file).isNull();
  }

  @Test
  void aFolderWithoutConfigFallsBackToFileNamesAndSaysWhatIsUnknown() throws IOException {
    Files.writeString(dir.resolve("story.txt"), GOOD);
    Corpus c = load(SourcesConfig.empty());
    var a = c.articles().get(0);
    assertThat(a.source().outlet()).isEqualTo("story");
    assertThat(a.unknown()).contains("outlet", "url", "published", "byline");
    assertThat(a.source().title()).isEqualTo("A headline");
  }

  @Test
  void configEntriesWithoutFilesAndFilesWithoutEntriesAreReported() throws IOException {
    Files.writeString(dir.resolve("listed.txt"), GOOD);
    Files.writeString(dir.resolve("unlisted.txt"), GOOD);
    SourceEntry e = new SourceEntry("Outlet", "https://example.org/a", null, null, null);
    SourcesConfig config =
        new SourcesConfig("sources.json", Map.of("listed.txt", e, "gone.txt", e));
    Corpus c = load(config);
    assertThat(c.warnings())
        .anyMatch(w -> w.startsWith("unlisted.txt: no entry in sources.json"))
        .anyMatch(w -> w.contains("entry for gone.txt, which is not in"));
    assertThat(c.articles().get(0).source().outlet()).isEqualTo("Outlet");
  }

  @Test
  void bomAndCrlfKeepOffsetsExact() throws IOException {
    String text = "\uFEFFHeadline here\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r";
    Files.writeString(dir.resolve("crlf.txt"), text);
    Corpus c = load(SourcesConfig.empty());
    assertThat(c.passages()).hasSize(2);
    c.passages().forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    assertThat(c.passages().get(0).text()).isEqualTo("First paragraph.");
  }

  @Test
  void aMissingFolderIsAnErrorNamingIt() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> new CorpusLoader().load(missing, SourcesConfig.empty()))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void theProjectSeedsAllLoadWithNothingSkipped() {
    Corpus c = Seeds.bot().corpus();
    assertThat(c.articles()).hasSize(5);
    assertThat(c.skipped()).isEmpty();
    assertThat(c.warnings()).isEmpty();
  }

  /** Byte pieces: valid UTF-8 of one to four bytes, an encoded U+FFFD, and invalid sequences. */
  private static final int[][] BYTE_PIECES = {
    {'a'},
    {' '},
    {'\n'},
    {0xC3, 0xA9},
    {0xE2, 0x80, 0x99},
    {0xF0, 0x9F, 0x98, 0x80},
    {0xEF, 0xBF, 0xBD},
    {0xFF},
    {0x80},
    {0xC3},
    {0xE2, 0x80},
    {0xC0, 0x80},
    {0xED, 0xA0, 0x80},
    {0xF4, 0x90, 0x80, 0x80},
    {0xEF, 0xBB, 0xBF},
    {0x00}
  };

  /** What a strict decoder gives, or the reason it gives for refusing. */
  private static String strict(byte[] bytes) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "refused at " + in.position();
    }
  }

  @Test
  void decodingGivesWhatAStrictDecoderGives() {
    java.util.Random r = new java.util.Random(20261127);
    int refused = 0;
    for (int i = 0; i < 200_000; i++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      for (int k = r.nextInt(12); k > 0; k--) {
        // mostly valid text, so that texts with and without bad bytes both come often
        int[] piece = BYTE_PIECES[r.nextInt(r.nextInt(4) == 0 ? BYTE_PIECES.length : 7)];
        for (int x : piece) {
          b.write(x);
        }
      }
      byte[] bytes = b.toByteArray();
      String expected = strict(bytes);
      String actual;
      try {
        actual = CorpusLoader.decode(bytes);
      } catch (CorpusLoader.SkipException e) {
        refused++;
        actual = e.getMessage();
        expected =
            expected.startsWith("refused at ")
                ? "not valid UTF-8 (first bad byte at offset " + expected.substring(11) + ")"
                : expected;
      }
      assertThat(actual).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
    }
    assertThat(refused).isBetween(20_000, 180_000);
  }
}
