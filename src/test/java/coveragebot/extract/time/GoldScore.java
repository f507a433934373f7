package coveragebot.extract.time;

import coveragebot.corpus.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores recognised expressions against a hand-written gold file. A gold item is found by its text
 * and occurrence in the file (easier to write and review by hand than offsets); a prediction
 * matches it when their spans overlap.
 */
final class GoldScore {

  record Gold(String file, Span span, String text, String value, String granularity) {
    boolean trap() {
      return value.equals("TRAP");
    }

    boolean resolved() {
      return !trap() && !value.equals("-");
    }
  }

  record Figures(
      int gold,
      int goldResolved,
      int predicted,
      int predictedResolved,
      int recognised,
      int unmatched,
      int correctValues,
      int matchedPairs,
      int trapsHit,
      List<String> errors) {

    double recognitionPrecision() {
      return ratio(predicted - unmatched, predicted);
    }

    double recognitionRecall() {
      return ratio(recognised, gold);
    }

    double resolvedPrecision() {
      return ratio(correctValues, predictedResolved);
    }

    double resolvedRecall() {
      return ratio(correctValues, goldResolved);
    }

    double normalisationAccuracy() {
      return ratio(correctValues, matchedPairs);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : a / (double) b;
    }
  }

  static List<Gold> read(Path gold, Function<String, String> texts) {
    List<Gold> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String text = texts.apply(f[0]);
        int at = -1;
        for (int n = Integer.parseInt(f[2]); n > 0; n--) {
          at = text.indexOf(f[1], at + 1);
          if (at < 0) {
            throw new IllegalStateException("gold text not in " + f[0] + ": " + line);
          }
        }
        out.add(new Gold(f[0], new Span(at, at + f[1].length()), f[1], f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Figures score(List<Gold> gold, List<TemporalEvent> predicted) {
    List<String> errors = new ArrayList<>();
    int recognised = 0;
    int correct = 0;
    int traps = 0;
    for (Gold g : gold) {
      TemporalEvent p = predicted.stream().filter(e -> overlaps(g, e)).findFirst().orElse(null);
      if (g.trap()) {
        if (p != null) {
          traps++;
          errors.add("trap reported: " + g.file() + " " + g.text());
        }
        continue;
      }
      if (p == null) {
        errors.add("missed: " + g.file() + " \"" + g.text() + "\"");
        continue;
      }
      recognised++;
      String got =
          p.resolved() ? p.mention().value().iso() + " " + p.mention().value().granularity() : "-";
      String want = g.resolved() ? g.value() + " " + g.granularity().toUpperCase(Locale.ROOT) : "-";
      if (got.equals(want)) {
        if (g.resolved()) {
          correct++;
        }
      } else {
        errors.add("wrong value: " + g.file() + " \"" + g.text() + "\" " + got + ", gold " + want);
      }
    }
    int unmatched = 0;
    for (TemporalEvent p : predicted) {
      if (gold.stream().noneMatch(g -> !g.trap() && overlaps(g, p))) {
        unmatched++;
        errors.add("not in gold: " + p.file() + " \"" + p.mention().text() + "\"");
      }
    }
    int goldResolved = (int) gold.stream().filter(Gold::resolved).count();
    long resolvedPredicted = predicted.stream().filter(TemporalEvent::resolved).count();
    // Only resolved gold pairs count for normalisation accuracy.
    int resolvedPairs =
        (int)
            gold.stream()
                .filter(Gold::resolved)
                .filter(g -> predicted.stream().anyMatch(e -> overlaps(g, e)))
                .count();
    return new Figures(
        (int) gold.stream().filter(g -> !g.trap()).count(),
        goldResolved,
        predicted.size(),
        (int) resolvedPredicted,
        recognised,
        unmatched,
        correct,
        resolvedPairs,
        traps,
        errors);
  }

  private static boolean overlaps(Gold g, TemporalEvent e) {
    Span s = e.mention().span();
    return g.file().equals(e.file()) && s.start() < g.span().end() && g.span().start() < s.end();
  }
}
