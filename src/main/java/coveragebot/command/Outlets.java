package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.extract.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outlets of the corpus, as an {@code outlet:} option names them: the exact name in any case,
 * else the one outlet whose name starts with what was typed. Anything else is refused with the
 * closest names, never guessed.
 */
final class Outlets {
  private final TreeMap<String, Set<String>> filesByOutlet =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  Outlets(Corpus corpus) {
    for (Article a : corpus.articles()) {
      filesByOutlet.computeIfAbsent(a.source().outlet(), k -> new LinkedHashSet<>()).add(a.file());
    }
  }

  /** Every outlet name, alphabetically. */
  List<String> names() {
    return List.copyOf(filesByOutlet.keySet());
  }

  /** The files of the outlet {@code typed} names. */
  Set<String> files(String typed) throws UsageException {
    return filesByOutlet.get(name(typed));
  }

  /** The outlet {@code typed} names whole, in any case, as the coverage writes it; or null. */
  String whole(String typed) {
    String t = typed.strip();
    return filesByOutlet.containsKey(t) ? filesByOutlet.ceilingKey(t) : null;
  }

  /** The outlets whose names start with {@code typed}, in any case, alphabetically. */
  List<String> starting(String typed) {
    String lower = typed.strip().toLowerCase(Locale.ROOT);
    return filesByOutlet.keySet().stream()
        .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(lower))
        .toList();
  }

  /** The name of the outlet {@code typed} names, as the coverage writes it. */
  String name(String typed) throws UsageException {
    String t = typed.strip();
    String whole = whole(t);
    if (whole != null) {
      return whole;
    }
    List<String> starts = starting(t);
    if (starts.size() == 1) {
      return starts.get(0);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    List<String> near = new ArrayList<>();
    for (String name : filesByOutlet.keySet()) {
      String l = name.toLowerCase(Locale.ROOT);
      if (!l.startsWith(lower)
          && (EditDistance.of(lower, l) <= Math.max(1, lower.length() / 5)
              || (" " + l + " ").contains(" " + lower + " "))) {
        near.add(name);
      }
    }
    List<String> choices = starts.isEmpty() ? near : starts;
    String hint =
        choices.isEmpty()
            ? "/sources lists the outlets."
            : "Did you mean "
                + String.join(" or ", choices.subList(0, Math.min(3, choices.size())))
                + "? /sources lists the outlets.";
    throw new UsageException(
        (starts.size() > 1 ? "Several outlets start with \"" : "No outlet called \"")
            + CommandLineParser.clip(t)
            + "\".",
        hint);
  }
}
