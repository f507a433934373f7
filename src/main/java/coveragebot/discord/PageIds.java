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
 * Custom ids for Previous/Next buttons: the corpus version, the command, its options and the page
 * are all in the id ({@code pg|k3x9a|sources|2|}), so a button works after a restart without any
 * stored state, and knows when a reload has changed the articles under it. Discord allows 100
 * characters; options too long for that (a long question) are kept in memory under a short key
 * ({@code pg|k3x9a|search|2|@Xy3...}), the last {@link #KEPT} of them, so their buttons work until
 * the bot restarts or forgets them, and then say to run the command again.
 */
final class PageIds {
  private PageIds() {}

  static final String PREFIX = "pg|";
  static final int MAX_ID = 100;

  /** How many sets of long options are kept for their buttons (each at most a few kilobytes). */
  static final int KEPT = 4096;

  /** Long options by key, the least recently used forgotten first. */
  private static final Map<String, String> LONG =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > KEPT;
            }
          });

  /** The key of options too long for an id: the same options always get the same key. */
  private static String keep(String options) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(options.getBytes(StandardCharsets.UTF_8));
      String key =
          "@"
              + java.util.Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(hash)
                  .substring(0, 16);
      LONG.put(key, options);
      return key;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }

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
    StringBuilder o = new StringBuilder();
    for (var e : new TreeMap<>(options).entrySet()) {
      o.append(o.isEmpty() ? "" : "&")
          .append(enc(e.getKey()))
          .append('=')
          .append(enc(e.getValue()));
    }
    if (b.length() + o.length() <= MAX_ID) {
      return Optional.of(b.append(o).toString());
    }
    b.append(keep(o.toString()));
    // a command name so long that even the key does not fit leaves the reply without buttons
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
    String encoded = parts[3];
    if (encoded.startsWith("@")) {
      encoded = LONG.get(encoded); // kept options, or forgotten (a restart, many since)
      if (encoded == null) {
        return Optional.empty();
      }
    }
    Map<String, String> options = new LinkedHashMap<>();
    try {
      if (!encoded.isEmpty()) {
        for (String kv : encoded.split("&")) {
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
   * Previous/Next for page {@code page} of {@code pages}; empty for one page. A disabled button
   * still needs a unique id, never decoded.
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
