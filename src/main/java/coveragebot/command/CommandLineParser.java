package coveragebot.command;

import coveragebot.reply.ErrorReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a command line as a Discord user types it: {@code /search who will NATO work with limit:5}.
 * Words before any {@code name:} go to the command's main option; {@code name:value} starts an
 * option whose value runs to the next known {@code name:} (names in any case: {@code Limit:5} as a
 * phone writes it). A {@code word:} that is not an option of the command stays text, so colons can
 * be searched, unless it is one letter off an option's name and has a value ({@code limt:5}): that
 * is a typo, and taking it as words would quietly search for it. Inside quote marks of the main
 * text a {@code name:value} is words: {@code /check Rutte said "see outlet:Reuters"}.
 */
final class CommandLineParser {

  /** Longer lines are refused before any work: no option may exceed 1,000 characters anyway. */
  static final int MAX_LINE = 4 * OptionSpec.MAX_TEXT;

  private static final Pattern OPTION =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9_]*):(.*)", Pattern.DOTALL);

  /** Names shorter than this are never taken for a typo of an option ({@code to:}, {@code at:}). */
  private static final int TYPO_MIN = 4;

  private static final Pattern DASHED = Pattern.compile("--([a-zA-Z][a-zA-Z0-9_-]*)(=.*)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Function<String, Optional<CommandSpec>> specs;
  private final Function<String, String> suggest;

  CommandLineParser(
      Function<String, Optional<CommandSpec>> specs, Function<String, String> suggest) {
    this.specs = specs;
    this.suggest = suggest;
  }

  /** Raw option values by name, before type checks. */
  record Parsed(CommandSpec spec, Map<String, String> values) {}

  Parsed parse(String line) throws UsageException {
    if (line == null || line.isBlank()) {
      throw new UsageException(
          "Type a command, for example /search who will NATO work with.", "/help lists them all.");
    }
    int length = line.codePointCount(0, line.length()); // as people count: an emoji is one
    if (length > MAX_LINE) {
      throw new UsageException(
          "That is " + length + " characters; a command line may have at most " + MAX_LINE + ".",
          "Ask about one thing at a time.");
    }
    String[] words = SPACES.split(line.strip());
    String name = words[0].startsWith("/") ? words[0].substring(1) : words[0];
    CommandSpec spec =
        specs
            .apply(name.toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    new UsageException(
                        ErrorReply.Kind.UNKNOWN_COMMAND,
                        "Unknown command /" + clip(name) + ".",
                        suggest.apply(name)));
    Map<String, List<String>> values = new LinkedHashMap<>();
    String mainName = spec.mainOption().map(OptionSpec::name).orElse(null);
    String current = mainName;
    boolean[] quoted = quoted(words); // inside a quotation, a "name:" is words
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean inQuote = quoted[i];
      // most words are plain text: the patterns are tried only where they can match
      Matcher opt = !inQuote && w.indexOf(':') > 0 ? OPTION.matcher(w) : null;
      String named = opt != null && opt.matches() ? opt.group(1).toLowerCase(Locale.ROOT) : null;
      if (named != null && spec.option(named).isEmpty() && !opt.group(2).isEmpty()) {
        String meant = nearOption(spec, named);
        if (meant != null) {
          throw new UsageException(
              "Unknown option " + clip(opt.group(1)) + ": for /" + spec.name() + ".",
              "Did you mean " + meant + ":" + clip(opt.group(2)) + "? Usage: " + spec.usage());
        }
      }
      if (named != null && spec.option(named).isPresent()) {
        current = named;
        if (values.containsKey(current)) {
          throw new UsageException(current + ": given twice.", "Usage: " + spec.usage());
        }
        values.put(current, new ArrayList<>());
        if (!opt.group(2).isEmpty()) {
          values.get(current).add(opt.group(2));
          if (spec.option(current).orElseThrow().type() == OptionSpec.Type.INTEGER) {
            current = spec.mainOption().map(OptionSpec::name).orElse(null);
          }
        }
        continue;
      }
      Matcher dashed = w.startsWith("--") ? DASHED.matcher(w) : null;
      if (dashed != null && dashed.matches()) {
        String o = dashed.group(1);
        String hint =
            spec.option(o).isPresent()
                ? "Write options as name:value, for example " + o + ":" + example(spec, o) + "."
                : "Usage: " + spec.usage();
        throw new UsageException("Unknown option " + clip(w) + " for /" + spec.name() + ".", hint);
      }
      if (current == null) {
        throw new UsageException(
            "/"
                + spec.name()
                + " takes no text here: \""
                + clip(String.join(" ", java.util.Arrays.asList(words).subList(i, words.length)))
                + "\".",
            "Usage: " + spec.usage());
      }
      values.computeIfAbsent(current, k -> new ArrayList<>()).add(w);
      if (spec.option(current).orElseThrow().type() == OptionSpec.Type.INTEGER) {
        // a number is one word: what follows goes back to the main text
        current = spec.mainOption().map(OptionSpec::name).orElse(null);
      }
    }
    Map<String, String> joined = new LinkedHashMap<>();
    // Quote marks around a named value only group its words (about:"US election"); in the main
    // text they are what the user typed, and /check needs them to tell a quotation from a claim.
    String main = spec.mainOption().map(OptionSpec::name).orElse(null);
    values.forEach(
        (k, v) -> {
          String joinedValue = String.join(" ", v);
          joined.put(k, k.equals(main) ? joinedValue : unquote(joinedValue));
        });
    return new Parsed(spec, joined);
  }

  /**
   * Which words stand inside a quotation: after the word that opens it, up to and with the word
   * that closes it. A straight mark opens or closes, a curly one or a guillemet says which it does;
   * a mark never closed opens nothing, so that an option after a stray mark stays an option.
   */
  static boolean[] quoted(String[] words) {
    boolean[] inside = new boolean[words.length];
    int opened = -1; // the word where the open quotation starts
    for (int k = 0; k < words.length; k++) {
      String word = words[k];
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        boolean open = c == '\u201C' || c == '\u00AB' || (c == '"' && opened < 0);
        boolean close = c == '\u201D' || c == '\u00BB' || (c == '"' && opened >= 0);
        if (close && opened >= 0) {
          for (int j = opened + 1; j <= k; j++) {
            inside[j] = true;
          }
          opened = -1;
        } else if (open && opened < 0) {
          opened = k;
        }
      }
    }
    return inside;
  }

  /** The option whose name is one edit from {@code name}, or null ({@link #TYPO_MIN}). */
  private static String nearOption(CommandSpec spec, String name) {
    if (name.length() < TYPO_MIN) {
      return null;
    }
    for (OptionSpec o : spec.options()) {
      if (!o.main()
          && o.name().length() >= TYPO_MIN
          && coveragebot.extract.EditDistance.of(name, o.name()) == 1) {
        return o.name();
      }
    }
    return null;
  }

  private static String example(CommandSpec spec, String option) {
    OptionSpec o = spec.option(option).orElseThrow();
    return o.type() == OptionSpec.Type.INTEGER ? String.valueOf(o.min()) : "words";
  }

  /** Quote marks that may wrap an option's value, each opening mark before its closing one. */
  private static final String[] QUOTE_PAIRS = {"\"\"", "''", "\u201c\u201d", "\u2018\u2019"};

  /**
   * {@code about:"US election"} means the words, not the quote marks; so do single and curly ones
   * ({@code text:'stay united'}), when the closing mark stands nowhere else in the value.
   */
  private static String unquote(String v) {
    for (String pair : QUOTE_PAIRS) {
      char open = pair.charAt(0);
      char close = pair.charAt(1);
      if (v.length() >= 2
          && v.charAt(0) == open
          && v.charAt(v.length() - 1) == close
          && v.indexOf(close, 1) == v.length() - 1) {
        return v.substring(1, v.length() - 1);
      }
    }
    return v;
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
