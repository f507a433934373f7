package coveragebot.command;

import java.util.Map;
import java.util.Optional;

/**
 * A command with its option values, already checked against its spec: text values are non-blank
 * strings within limits, integers are {@code Long}s within range.
 */
public record CommandRequest(String command, Map<String, Object> options) {
  public CommandRequest {
    options = Map.copyOf(options);
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable((String) options.get(name));
  }

  public int integer(String name, int fallback) {
    Object v = options.get(name);
    return v == null ? fallback : ((Long) v).intValue();
  }
}
