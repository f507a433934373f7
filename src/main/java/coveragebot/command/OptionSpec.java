package coveragebot.command;

import java.util.List;

/**
 * One option of a command, declared once and shown the same way everywhere: as {@code name:value}
 * in the terminal, as a typed slash-command option in Discord.
 *
 * @param main the option that takes the words typed without a {@code name:} prefix
 * @param min for integers, the smallest value; for text, the fewest characters
 * @param max for integers, the largest value; for text, the most characters
 */
public record OptionSpec(
    String name,
    String description,
    Type type,
    boolean required,
    boolean main,
    int min,
    int max,
    List<String> choices) {

  /** The longest text a user may send in one option. */
  public static final int MAX_TEXT = 1000;

  /** What the option holds. */
  public enum Type {
    TEXT,
    INTEGER
  }

  public OptionSpec {
    if (!name.matches("[a-z][a-z0-9_]{0,31}")) {
      throw new IllegalArgumentException(
          "option names are lower case (Discord requires it): " + name);
    }
    if (description.isEmpty() || description.length() > 100) {
      throw new IllegalArgumentException("option descriptions are 1-100 characters: " + name);
    }
    choices = List.copyOf(choices);
  }

  public static OptionSpec text(String name, String description, boolean required, boolean main) {
    return new OptionSpec(name, description, Type.TEXT, required, main, 1, MAX_TEXT, List.of());
  }

  public static OptionSpec integer(String name, String description, int min, int max) {
    return new OptionSpec(name, description, Type.INTEGER, false, false, min, max, List.of());
  }

  /** How the option is written in a usage line: {@code <question>} or {@code [limit:1-10]}. */
  public String usage() {
    String value = type == Type.INTEGER ? min + "-" + max : "<" + name + ">";
    String named =
        type == Type.INTEGER ? value : choices.isEmpty() ? "<text>" : String.join("|", choices);
    String written = main ? value : name + ":" + named;
    return required ? written : "[" + written + "]";
  }
}
