package coveragebot.discord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Autocomplete values for options as the user types (speakers, outlets, topics). The data comes
 * from whoever wires the bot; this package only asks it and sends at most 25 choices of at most 100
 * characters. Options with suggestions are registered with autocomplete on.
 */
public interface Suggestions {

  /** True when {@code command}'s {@code option} has suggestions. */
  boolean offers(String command, String option);

  /** Suggestions for what the user typed so far, best first (more than 25 are cut). */
  List<String> suggest(String command, String option, String typed);

  static Suggestions none() {
    return new Suggestions() {
      @Override
      public boolean offers(String command, String option) {
        return false;
      }

      @Override
      public List<String> suggest(String command, String option, String typed) {
        return List.of();
      }
    };
  }

  /**
   * Suggestions from lists of values keyed {@code "command.option"}; each list is read at every
   * keystroke, so it may change (after a reload) without re-registering the commands.
   */
  static Suggestions of(Map<String, Supplier<List<String>>> values) {
    Map<String, Supplier<List<String>>> copy = Map.copyOf(values);
    return new Suggestions() {
      @Override
      public boolean offers(String command, String option) {
        return copy.containsKey(command + "." + option);
      }

      @Override
      public List<String> suggest(String command, String option, String typed) {
        Supplier<List<String>> s = copy.get(command + "." + option);
        return s == null ? List.of() : rank(s.get(), typed, 25);
      }
    };
  }

  /**
   * Prefix matches first, then matches at the start of a later word, then anywhere, then values
   * within a typo or two of what was typed; each group keeps the list's order.
   */
  static List<String> rank(List<String> values, String typed, int max) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    List<List<String>> groups =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (String v : values) {
      String l = v.toLowerCase(Locale.ROOT);
      if (l.startsWith(t)) {
        groups.get(0).add(v);
      } else if (l.contains(" " + t)) {
        groups.get(1).add(v);
      } else if (l.contains(t)) {
        groups.get(2).add(v);
      } else if (t.length() >= 4
          && coveragebot.extract.EditDistance.of(
                  t, l.substring(0, Math.min(l.length(), t.length())))
              <= allowed(t)) {
        groups.get(3).add(v);
      }
    }
    groups.forEach(out::addAll);
    return out.stream().limit(max).toList();
  }

  /** One typo in a short word, two in a longer one: more would match almost anything. */
  private static int allowed(String typed) {
    return typed.length() < 7 ? 1 : 2;
  }
}
