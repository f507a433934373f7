package coveragebot.config;

import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code config/sources.json}: article file name to what config says about it.
 *
 * @param origin the file this was read from, for messages; null when there was none
 */
public record SourcesConfig(String origin, Map<String, SourceEntry> sources) {
  public SourcesConfig {
    sources = Map.copyOf(sources);
  }

  public static SourcesConfig empty() {
    return new SourcesConfig(null, Map.of());
  }

  public Optional<SourceEntry> entry(String file) {
    return Optional.ofNullable(sources.get(file));
  }
}
