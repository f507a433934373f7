package coveragebot.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written gold file and the scores of an extraction against it. Quotes match on file and
 * exact inner text; repeated texts in one file pair up in order.
 */
final class GoldSet {

  record Gold(
      String file,
      String text,
      String kind,
      String speaker,
      String speakerText,
      boolean ambiguous,
      Set<String> candidates) {}

  /** The figures the issue asks for, over full and partial quotes. */
  record Scores(
      int gold, int found, int matched, int speakerRight, int kindRight, List<String> misses) {
    double precision() {
      return found == 0 ? 0 : matched / (double) found;
    }

    double recall() {
      return gold == 0 ? 0 : matched / (double) gold;
    }

    double speakerAccuracy() {
      return matched == 0 ? 0 : speakerRight / (double) matched;
    }

    String summary(String name) {
      return String.format(
          "%s: gold %d, found %d, matched %d; precision %.3f, recall %.3f, speaker accuracy %.3f"
              + " (%d/%d), kind agreement %d/%d",
          name,
          gold,
          found,
          matched,
          precision(),
          recall(),
          speakerAccuracy(),
          speakerRight,
          matched,
          kindRight,
          matched);
    }
  }

  static List<Gold> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Gold> out = new ArrayList<>();
    for (JsonNode q : root.get("quotes")) {
      Set<String> candidates = new HashSet<>();
      if (q.has("candidates")) {
        q.get("candidates").forEach(c -> candidates.add(c.asText()));
      }
      out.add(
          new Gold(
              q.get("file").asText(),
              q.get("text").asText(),
              q.get("kind").asText(),
              q.get("speaker").isNull() ? null : q.get("speaker").asText(),
              q.has("speaker_text") ? q.get("speaker_text").asText() : null,
              q.path("ambiguous").asBoolean(false),
              candidates));
    }
    return out;
  }

  static Scores score(List<Gold> gold, List<Quotation> found) {
    List<Gold> goldFp = gold.stream().filter(g -> !g.kind().equals("title")).toList();
    List<Quotation> foundFp = found.stream().filter(q -> q.kind() != Quotation.Kind.TITLE).toList();
    List<Quotation> pool = new ArrayList<>(found);
    List<String> misses = new ArrayList<>();
    int matched = 0;
    int speakerRight = 0;
    int kindRight = 0;
    for (Gold g : goldFp) {
      Quotation q = take(pool, g);
      if (q == null) {
        misses.add("not found: " + g.file() + " |" + g.text() + "|");
        continue;
      }
      if (q.kind() == Quotation.Kind.TITLE) {
        misses.add("found as a title: " + g.file() + " |" + g.text() + "|");
        continue;
      }
      matched++;
      if (g.kind().equalsIgnoreCase(q.kind().name())) {
        kindRight++;
      } else {
        misses.add("kind " + q.kind() + " for " + g.kind() + ": |" + g.text() + "|");
      }
      if (speakerRight(g, q)) {
        speakerRight++;
      } else {
        misses.add(
            "speaker "
                + q.speaker()
                + " ("
                + q.attribution().cue()
                + ") for "
                + (g.speaker() != null ? g.speaker() : g.speakerText())
                + ": |"
                + g.text()
                + "|");
      }
    }
    for (Quotation q : pool) {
      if (q.kind() != Quotation.Kind.TITLE) {
        misses.add("not in gold: " + q.file() + " |" + q.text() + "|");
      }
    }
    return new Scores(goldFp.size(), foundFp.size(), matched, speakerRight, kindRight, misses);
  }

  private static Quotation take(List<Quotation> pool, Gold g) {
    for (int i = 0; i < pool.size(); i++) {
      Quotation q = pool.get(i);
      if (q.file().equals(g.file()) && q.text().equals(g.text())) {
        return pool.remove(i);
      }
    }
    return null;
  }

  private static boolean speakerRight(Gold g, Quotation q) {
    Attribution a = q.attribution();
    if (g.ambiguous()) {
      return a.ambiguous() && new HashSet<>(a.candidates()).equals(g.candidates());
    }
    if (g.speaker() != null) {
      return g.speaker().equals(a.speaker());
    }
    return a.speaker() == null
        && !a.ambiguous()
        && a.speakerText() != null
        && a.speakerText().equalsIgnoreCase(g.speakerText());
  }
}
