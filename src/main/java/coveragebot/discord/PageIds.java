package coveragebot.discord;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * Stateless custom ids for Previous/Next buttons: the corpus version, the command, its options and
 * the page are all in the id ({@code pg|k3x9a|sources|2|}), so a button works after a restart
 * without any stored state, and knows when a reload has changed the articles under it. Discord
 * allows 100 characters; when the options do not fit, the reply has no buttons.
 */
final class PageIds {
  private PageIds() {}

  static final String PREFIX = "pg|";
  static final int MAX_ID = 100;

  /** A page of a command's answer, as a button asks for it. */
  record PageRequest(String version, String command, Map<String, String> options, int page) {
    PageRequest {
      options = Map.copyOf(options);
    }
  }

  static Optional<String> encode(
      String version, String command, Map<String, String> options, int page) {
    if (!version.matches("[a-z0-9]{1,8}")) {
      throw new IllegalArgumentException("a corpus version is 1-8 letters or digits: " + version);
    }
    StringBuilder b =
        new StringBuilder(PREFIX)
            .append(version)
            .append('|')
            .append(command)
            .append('|')
            .append(page)
            .append('|');
    String sep = "";
    for (var e : new TreeMap<>(options).entrySet()) {
      b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
      sep = "&";
    }
    return b.length() <= MAX_ID ? Optional.of(b.toString()) : Optional.empty();
  }

  /** Empty for anything that is not a well-formed page id (old formats, tampered ids). */
  static Optional<PageRequest> decode(String id) {
    if (id == null || !id.startsWith(PREFIX) || id.length() > MAX_ID) {
      return Optional.empty();
    }
    String[] parts = id.substring(PREFIX.length()).split("\\|", -1);
    if (parts.length != 4
        || !parts[0].matches("[a-z0-9]{1,8}")
        || parts[1].isEmpty()
        || !parts[2].matches("[0-9]{1,4}")) {
      return Optional.empty();
    }
    Map<String, String> options = new LinkedHashMap<>();
    try {
      if (!parts[3].isEmpty()) {
        for (String kv : parts[3].split("&")) {
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            return Optional.empty();
          }
          options.put(dec(kv.substring(0, eq)), dec(kv.substring(eq + 1)));
        }
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(new PageRequest(parts[0], parts[1], options, Integer.parseInt(parts[2])));
  }

  /**
   * Previous/Next for page {@code page} of {@code pages}; empty for one page, or when the options
   * are too long for a custom id. A disabled button still needs a unique id, never decoded.
   */
  static List<Button> row(
      String version, String command, Map<String, String> options, int page, int pages) {
    if (pages <= 1) {
      return List.of();
    }
    Optional<String> prev = encode(version, command, options, Math.max(0, page - 1));
    Optional<String> next = encode(version, command, options, Math.min(pages - 1, page + 1));
    if (prev.isEmpty() || next.isEmpty()) {
      return List.of();
    }
    Button p =
        page == 0
            ? Button.secondary("pg-off|prev", "Previous").asDisabled()
            : Button.secondary(prev.get(), "Previous");
    Button n =
        page == pages - 1
            ? Button.secondary("pg-off|next", "Next").asDisabled()
            : Button.secondary(next.get(), "Next");
    Button where = Button.secondary("pg-off|at", (page + 1) + " / " + pages).asDisabled();
    return List.of(p, where, n);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
