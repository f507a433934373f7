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
 * hand-written gold file {@code src/test/resources/timeline/seeds-gold.tsv}. The figures are
 * printed and written to {@code target/timeline-quality.txt}.
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

  static void write(String report) throws IOException {
    System.out.print(report);
    Path out = Path.of("target", "timeline-quality.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        report,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  @Test
  void seedsMeetTheQualityBarForResolvedValuesAndNeverReportBoilerplateDates() throws IOException {
    List<GoldScore.Gold> gold =
        GoldScore.read(Path.of("src/test/resources/timeline/seeds-gold.tsv"), Seeds::text);
    GoldScore.Figures f = GoldScore.score(gold, timeline().events());
    write(report("seeds (5 articles)", f));

    assertThat(f.goldResolved()).isGreaterThanOrEqualTo(10);
    assertThat(f.resolvedPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.resolvedRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.recognitionRecall()).isGreaterThanOrEqualTo(0.9);
    assertThat(f.trapsHit()).isZero();
  }
}
