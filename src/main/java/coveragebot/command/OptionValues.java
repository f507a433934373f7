package coveragebot.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** Checks raw option values against a spec: presence, type, length and range. */
final class OptionValues {
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
      String v = raw.get(o.name());
      if (v != null && v.isBlank() && !o.required()) {
        // "about:" with nothing after it is a mistake, not a request for everything.
        throw new UsageException(
            o.name() + ": is empty.",
            "Give a value after the colon, or leave the option out. Usage: " + spec.usage());
      }
      if (v == null || v.isBlank()) {
        if (o.required()) {
          String example = spec.examples().isEmpty() ? spec.usage() : spec.examples().get(0);
          throw new UsageException(
              "/"
                  + spec.name()
                  + " needs "
                  + (o.main() ? "a " + o.name() : o.name() + ":<value>")
                  + ".",
              "For example: " + example);
        }
        continue;
      }
      v = v.strip();
      switch (o.type()) {
        case TEXT -> {
          if (v.length() > o.max()) {
            throw new UsageException(
                o.name() + " is " + v.length() + " characters long; the limit is " + o.max() + ".",
                "Shorten it to the words that matter.");
          }
          if (!o.choices().isEmpty() && !o.choices().contains(v)) {
            throw new UsageException(
                o.name() + " must be one of " + String.join(", ", o.choices()) + ".", null);
          }
          out.put(o.name(), v);
        }
        case INTEGER -> {
          long n;
          try {
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
}
