package coveragebot.command;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact word differences between two copies of one quotation ("Nato" → "NATO", "." added, a
 * cut), so that a reader sees how outlets changed the words they carry.
 */
final class QuoteVariants {
  private QuoteVariants() {}

  /**
   * The differences of several copies from one best text, whose words are read once, and only if a
   * copy differs; copies with the same text (an agency's edit carried by several outlets) are
   * compared once.
   */
  static final class From {
    private final String best;
    private List<String> bestTokens;
    private final Map<String, List<Change>> known = new HashMap<>();

    From(String best) {
      this.best = best;
    }

    /** What changed from the best text to {@code copy}, in reading order; empty when identical. */
    List<String> differences(String copy) {
      return changes(copy).stream().map(Change::shown).toList();
    }

    /**
     * As {@link #differences}, without the changes of quote style alone (a straight quote mark for
     * a curly one, or one added or left out): the words, which "also in" tells a reader.
     */
    List<String> wordDifferences(String copy) {
      return changes(copy).stream().filter(c -> !c.quoteStyle()).map(Change::shown).toList();
    }

    private List<Change> changes(String copy) {
      if (copy.equals(best)) {
        return List.of();
      }
      return known.computeIfAbsent(copy, this::compare);
    }

    private List<Change> compare(String copy) {
      if (bestTokens == null) {
        bestTokens = tokens(best);
      }
      Patch<String> patch = DiffUtils.diff(bestTokens, tokens(copy));
      List<Change> out = new ArrayList<>();
      for (AbstractDelta<String> d : patch.getDeltas()) {
        if (d.getType() != DeltaType.EQUAL) {
          out.add(
              new Change(
                  String.join(" ", d.getSource().getLines()),
                  String.join(" ", d.getTarget().getLines())));
        }
      }
      return List.copyOf(out);
    }
  }

  /** One change: the best text's tokens {@code from}, the copy's {@code to}; empty for none. */
  private record Change(String from, String to) {
    String shown() {
      if (from.isEmpty()) {
        return "\"" + to + "\" added";
      }
      return to.isEmpty() ? "\"" + from + "\" left out" : "\"" + from + "\" → \"" + to + "\"";
    }

    boolean quoteStyle() {
      return quoteMarks(from) && quoteMarks(to);
    }

    /** Whether {@code s} is quote marks only (or nothing). */
    private static boolean quoteMarks(String s) {
      return s.chars().allMatch(c -> QUOTE_MARKS.indexOf(c) >= 0);
    }
  }

  private static final String QUOTE_MARKS = "\"“”‘’'«»„";

  /**
   * Words (with their apostrophes and hyphens), numbers (with their commas and points) and single
   * other marks, in order: what the pattern {@code
   * \p{L}[\p{L}\p{M}'’-]*|\p{Nd}[\p{Nd},.]*\p{Nd}|\p{Nd}|\S} finds, read by hand in a fraction of
   * its time (QuoteVariantsTest compares the two).
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int end = i + Character.charCount(c);
      if (isSpace(c)) {
        i = end;
        continue;
      }
      if (Character.isLetter(c)) {
        while (end < text.length()) {
          int d = text.codePointAt(end);
          if (!(Character.isLetter(d) || isMark(d) || d == '\'' || d == '’' || d == '-')) {
            break;
          }
          end += Character.charCount(d);
        }
      } else if (Character.isDigit(c)) {
        // digits, commas and points, up to the last digit of the run
        for (int j = end; j < text.length(); ) {
          int d = text.codePointAt(j);
          if (!(Character.isDigit(d) || d == ',' || d == '.')) {
            break;
          }
          j += Character.charCount(d);
          if (Character.isDigit(d)) {
            end = j;
          }
        }
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }

  /** The regex's white space, {@code \s}: ASCII only. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The regex's {@code \p{M}}. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
