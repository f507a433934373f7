package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.ingest.SentenceSplitter;
import coveragebot.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recognition and normalisation of temporal expressions in the five seeds, measured against the
 * hand-written gold files in {@code src/test/resources/timeline/}. The figures are printed and
 * written to {@code target/timeline-quality-seeds.txt} and {@code -extra.txt}.
 */
class SeedsGoldTest {

  static Timeline timeline() {
    return new TimelineBuilder(
            new EventExtractor(new TemporalRecognizer(), new SentenceSplitter()::split))
        .build(Seeds.bot().corpus().articles());
  }

  static String report(String name, GoldScore.Figures f) {
    StringBuilder b = new StringBuilder(name).append('\n');
    b.append(
        String.format(
            "  resolved values: precision %d/%d = %.2f, recall %d/%d = %.2f%n",
            f.correctValues(),
            f.predictedResolved(),
            f.resolvedPrecision(),
            f.correctValues(),
            f.goldResolved(),
            f.resolvedRecall()));
    b.append(
        String.format(
            "  recognition (resolved or not): precision %d/%d = %.2f, recall %d/%d = %.2f%n",
            f.predicted() - f.unmatched(),
            f.predicted(),
            f.recognitionPrecision(),
            f.recognised(),
            f.gold(),
            f.recognitionRecall()));
    b.append(
        String.format(
            "  normalisation accuracy of recognised resolved expressions: %d/%d = %.2f%n",
            f.correctValues(), f.matchedPairs(), f.normalisationAccuracy()));
    b.append("  traps (boilerplate dates) reported: ").append(f.trapsHit()).append('\n');
    f.errors().forEach(e -> b.append("  - ").append(e).append('\n'));
    return b.toString();
  }

  static void write(String name, String report) throws IOException {
    System.out.print(report);
    Path out = Path.of("target", "timeline-quality-" + name + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  @Test
  void seedsMeetTheQualityBarForResolvedValuesAndNeverReportBoilerplateDates() throws IOException {
    List<GoldScore.Gold> gold =
        GoldScore.read(Path.of("src/test/resources/timeline/seeds-gold.tsv"), Seeds::text);
    GoldScore.Figures f = GoldScore.score(gold, timeline().events());
    write("seeds", report("seeds (5 articles)", f));

    assertThat(f.goldResolved()).isGreaterThanOrEqualTo(10);
    assertThat(f.resolvedPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.resolvedRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.recognitionRecall()).isGreaterThanOrEqualTo(0.9);
    assertThat(f.trapsHit()).isZero();
  }

  @Test
  void ownArticlesInOtherStylesAroundAYearBoundaryMeetTheSameBar() throws Exception {
    Path dir = Path.of("src/test/resources/timeline/extra");
    coveragebot.app.Bot bot =
        coveragebot.app.Bot.load(
            new coveragebot.app.Bot.Settings(
                dir,
                dir.resolve("no-config.json"),
                false,
                coveragebot.ingest.CorpusLoader.Limits.DEFAULT));
    Timeline t =
        new TimelineBuilder(
                new EventExtractor(new TemporalRecognizer(), new SentenceSplitter()::split))
            .build(bot.corpus().articles());
    List<GoldScore.Gold> gold =
        GoldScore.read(
            Path.of("src/test/resources/timeline/extra-gold.tsv"),
            f -> {
              try {
                return Files.readString(dir.resolve(f), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    GoldScore.Figures f = GoldScore.score(gold, t.events());
    write("extra", report("own test articles (live blog, day-first; 2)", f));

    assertThat(f.goldResolved()).isGreaterThanOrEqualTo(10);
    assertThat(f.resolvedPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.resolvedRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.trapsHit()).isZero();
  }
}
