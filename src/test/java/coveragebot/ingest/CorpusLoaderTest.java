package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coveragebot.config.SourceEntry;
import coveragebot.config.SourcesConfig;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Skipped;
import coveragebot.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
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

    Corpus c = load(SourcesConfig.empty());

    assertThat(c.articles()).extracting(a -> a.file()).containsExactly("good.txt");
    assertThat(reason(c, "empty.txt")).isEqualTo("empty file");
    assertThat(reason(c, "latin1.txt")).isEqualTo("not valid UTF-8 (first bad byte at offset 3)");
    assertThat(reason(c, "folder.txt")).isEqualTo("is a directory, not a file");
    assertThat(reason(c, "dangling.txt")).isEqualTo("broken or looping symbolic link");
    assertThat(reason(c, "loop.txt")).isEqualTo("broken or looping symbolic link");
    assertThat(reason(c, "blank.txt")).isEqualTo("only whitespace");
    assertThat(reason(c, "notes.md")).isEqualTo("not a .txt file");
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(c.articles().size() + c.skipped().size()).isEqualTo((int) all.count());
    }
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
}
