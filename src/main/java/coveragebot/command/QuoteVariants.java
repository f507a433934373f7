package coveragebot.command;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact word differences between two copies of one quotation ("Nato" → "NATO", "." added, a
 * cut), so that a reader sees how outlets changed the words they carry.
 */
final class QuoteVariants {
  private QuoteVariants() {}

  /** Words (with their apostrophes and hyphens) and single punctuation marks. */
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{Nd}[\\p{Nd},.]*\\p{Nd}|\\p{Nd}|\\S");

  /** What changed from {@code best} to {@code copy}, in reading order; empty when identical. */
  static List<String> differences(String best, String copy) {
    Patch<String> patch = DiffUtils.diff(tokens(best), tokens(copy));
    List<String> out = new ArrayList<>();
    for (AbstractDelta<String> d : patch.getDeltas()) {
      String from = String.join(" ", d.getSource().getLines());
      String to = String.join(" ", d.getTarget().getLines());
      switch (d.getType()) {
        case CHANGE -> out.add("\"" + from + "\" → \"" + to + "\"");
        case DELETE -> out.add("\"" + from + "\" left out");
        case INSERT -> out.add("\"" + to + "\" added");
        default -> {}
      }
    }
    return out;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
