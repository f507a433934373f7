package coveragebot.command;

import java.util.List;
import java.util.Optional;

/**
 * A command's name, description, options and examples, declared once for every front end.
 *
 * @param adminOnly for server admins: Discord shows it by default only to members who may manage
 *     the server (the terminal has no such notion)
 */
public record CommandSpec(
    String name,
    String description,
    List<OptionSpec> options,
    List<String> examples,
    boolean adminOnly) {
  public CommandSpec {
    if (!name.matches("[a-z][a-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException(
          "command names are lower case (Discord requires it): " + name);
    }
    if (description.isEmpty() || description.length() > 100) {
      throw new IllegalArgumentException("command descriptions are 1-100 characters: " + name);
    }
    options = List.copyOf(options);
    examples = List.copyOf(examples);
    if (options.stream().filter(OptionSpec::main).count() > 1) {
      throw new IllegalArgumentException("at most one main option: " + name);
    }
  }

  public CommandSpec(
      String name, String description, List<OptionSpec> options, List<String> examples) {
    this(name, description, options, examples, false);
  }

  public Optional<OptionSpec> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }

  public Optional<OptionSpec> mainOption() {
    return options.stream().filter(OptionSpec::main).findFirst();
  }

  /** {@code /search <question> [limit:1-10]} */
  public String usage() {
    StringBuilder b = new StringBuilder("/").append(name);
    for (OptionSpec o : options) {
      b.append(' ').append(o.usage());
    }
    return b.toString();
  }
}
