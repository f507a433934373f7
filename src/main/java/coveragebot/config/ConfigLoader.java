package coveragebot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code sources.json} strictly: syntax errors, wrong types, unknown keys and duplicated keys
 * are all errors that name the file, line and column, because a silently ignored typo in config
 * shows users a wrong outlet or link.
 */
public final class ConfigLoader {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The file's shape: {@code {"sources": {"<file>.txt": {"outlet": ..., "url": ...}}}}. */
  record Document(Map<String, SourceEntry> sources) {}

  /**
   * Loads the file; a missing file is an error only when {@code required} (an explicit --config).
   */
  public SourcesConfig load(Path file, boolean required) throws ConfigException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      if (required) {
        throw new ConfigException(name + ": no such file");
      }
      return SourcesConfig.empty();
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
    }
    Document doc;
    try {
      doc = mapper.readValue(bytes, Document.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          where(name, e)
              + "unknown key \""
              + e.getPropertyName()
              + "\" (known keys: "
              + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).toList())
              + ")",
          e);
    } catch (JsonMappingException e) {
      throw new ConfigException(where(name, e) + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(where(name, e) + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
    }
    if (doc == null || doc.sources() == null) {
      throw new ConfigException(name + ": expected an object with a \"sources\" key");
    }
    Map<String, SourceEntry> sources = new LinkedHashMap<>();
    for (var e : doc.sources().entrySet()) {
      SourceEntry entry = e.getValue();
      if (entry == null) {
        throw new ConfigException(name + ": entry \"" + e.getKey() + "\" is null");
      }
      validate(name, e.getKey(), entry);
      sources.put(e.getKey(), entry);
    }
    return new SourcesConfig(name, sources);
  }

  private static void validate(String name, String key, SourceEntry entry) throws ConfigException {
    if (entry.url() != null
        && !(entry.url().startsWith("https://") || entry.url().startsWith("http://"))) {
      throw new ConfigException(
          name + ": \"" + key + "\": url must start with https:// or http://: " + entry.url());
    }
    if (entry.published() != null) {
      try {
        if (entry.published().contains("T")) {
          java.time.LocalDateTime.parse(entry.published());
        } else {
          java.time.LocalDate.parse(entry.published());
        }
      } catch (DateTimeParseException e) {
        throw new ConfigException(
            name
                + ": \""
                + key
                + "\": published must be ISO-8601 like 2024-11-05 or 2024-11-05T09:07: "
                + entry.published());
      }
    }
  }

  private static String where(String name, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    if (loc == null || loc.getLineNr() < 1) {
      return name + ": ";
    }
    return name + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
  }
}
