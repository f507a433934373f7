package coveragebot.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** Checks raw option values against a spec: presence, type, length and range. */
final class OptionValues {
  private static final java.util.regex.Pattern ASCII_DIGITS =
      java.util.regex.Pattern.compile("[0-9]{1,18}");

  private OptionValues() {}

  static CommandRequest check(CommandSpec spec, Map<String, String> raw) throws UsageException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String given : raw.keySet()) {
      if (spec.option(given).isEmpty()) {
        throw new UsageException(
            "Unknown option " + CommandLineParser.clip(given) + " for /" + spec.name() + ".",
            "Usage: " + spec.usage());
      }
    }
    for (OptionSpec o : spec.options()) {
      // Invisible format characters (a soft hyphen, a zero-width joiner, direction isolates around
      // a name pasted from a right-to-left page) mean nothing typed: "\u2066Rutte\u2069" is Rutte.
      String v = coveragebot.corpus.ComposedForm.withoutFormat(raw.get(o.name()));
      if (v != null && v.isBlank() && !o.required()) {
        // "about:" with nothing after it is a mistake, not a request for everything.
        throw new UsageException(
            o.name() + ": is empty.",
            "Give a value after the colon, or leave the option out. Usage: " + spec.usage());
      }
      if (v == null || v.isBlank()) {
        if (o.required()) {
          throw new UsageException(
              "/"
                  + spec.name()
                  + " needs "
                  + (o.main() ? "a " + o.name() : o.name() + ":<value>")
                  + ".",
              o.main() ? mainTextHint(spec, o, raw) : "For example: " + example(spec, null));
        }
        continue;
      }
      v = v.strip();
      switch (o.type()) {
        case TEXT -> {
          // characters as people count them: an emoji is one, not two UTF-16 units
          int length = v.codePointCount(0, v.length());
          if (length > o.max()) {
            throw new UsageException(
                o.name() + " is " + length + " characters long; the limit is " + o.max() + ".",
                "Shorten it to the words that matter.");
          }
          if (!o.choices().isEmpty() && !o.choices().contains(v)) {
            throw new UsageException(
                o.name()
                    + " must be one of "
                    + String.join(", ", o.choices())
                    + ", not \""
                    + CommandLineParser.clip(v)
                    + "\".",
                null);
          }
          out.put(o.name(), v);
        }
        case INTEGER -> {
          long n;
          try {
            // Digits 0-9 only: Long.parseLong also takes "+3" and other scripts' digits ("٣").
            if (!ASCII_DIGITS.matcher(v).matches()) {
              throw new NumberFormatException(v);
            }
            n = Long.parseLong(v);
          } catch (NumberFormatException e) {
            throw new UsageException(
                o.name()
                    + " must be a whole number from "
                    + o.min()
                    + " to "
                    + o.max()
                    + ", not \""
                    + CommandLineParser.clip(v)
                    + "\".",
                "Usage: " + spec.usage());
          }
          if (n < o.min() || n > o.max()) {
            throw new UsageException(
                o.name() + " must be from " + o.min() + " to " + o.max() + ", not " + n + ".",
                "Usage: " + spec.usage());
          }
          out.put(o.name(), n);
        }
      }
    }
    return new CommandRequest(spec.name(), out);
  }

  /**
   * Why the main text is missing: typed after a {@code name:} option, whose value runs to the next
   * option and so took it ("/search outlet:Jordan Times what did Trump say"), or not typed at all.
   */
  private static String mainTextHint(CommandSpec spec, OptionSpec main, Map<String, String> raw) {
    for (OptionSpec o : spec.options()) {
      String v = raw.get(o.name());
      if (!o.main() && o.type() == OptionSpec.Type.TEXT && v != null && v.strip().contains(" ")) {
        return o.name()
            + ": took all the words after it (\""
            + CommandLineParser.clip(v.strip())
            + "\"): a value runs to the next option, so put the "
            + main.name()
            + " first, for example: "
            + example(spec, o.name());
      }
    }
    return "For example: " + example(spec, null);
  }

  /** The first of the command's examples that sets {@code option} ({@code null}: any). */
  private static String example(CommandSpec spec, String option) {
    return spec.examples().stream()
        .filter(e -> option == null || e.contains(" " + option + ":"))
        .findFirst()
        .orElse(spec.examples().isEmpty() ? spec.usage() : spec.examples().get(0));
  }
}
