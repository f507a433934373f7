package coveragebot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
          // A number or true/false where text goes is a wrong type, not text: {"outlet": 42}
          // would otherwise name an outlet "42".
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
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
    if (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      throw new ConfigException(
          name + ": the file is empty: it must be an object with a \"sources\" key");
    }
    Document doc;
    Map<List<String>, JsonLocation> at;
    try {
      at = checkKeys(name, bytes, Arrays.asList(Set.of("sources"), null, SOURCE_KEYS));
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
    } catch (MismatchedInputException e) {
      throw new ConfigException(where(name, e) + wrongType(e), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(where(name, e) + syntax(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
    }
    if (doc == null) {
      throw new ConfigException(
          where(name, at, List.of())
              + "the file must be an object with a \"sources\" key, not null");
    }
    if (doc.sources() == null) {
      List<String> key = List.of("sources");
      throw new ConfigException(
          at.containsKey(key)
              ? where(name, at, key)
                  + "\"sources\" must be an object of file names, each with its entry, not null"
              : where(name, at, List.of())
                  + "the file must be an object with a \"sources\" key (it has none)");
    }
    Map<String, SourceEntry> sources = new LinkedHashMap<>();
    for (var e : doc.sources().entrySet()) {
      SourceEntry entry = e.getValue();
      if (e.getKey().isBlank()) {
        throw new ConfigException(
            where(name, at, List.of("sources", e.getKey()))
                + "a file name in \"sources\" is empty: write the article's file name, such as"
                + " \"reuters-2024-11-06.txt\"");
      }
      if (entry == null) {
        throw new ConfigException(
            where(name, at, List.of("sources", e.getKey()))
                + "\"sources\" > \""
                + e.getKey()
                + "\" must be "
                + expected(SourceEntry.class)
                + ", not null");
      }
      validate(
          name, e.getKey(), entry, field -> where(name, at, List.of("sources", e.getKey(), field)));
      sources.put(e.getKey(), entry);
    }
    return new SourcesConfig(name, sources);
  }

  /**
   * Loads {@code discord.json}; a missing file means no Discord settings in config. Syntax errors,
   * wrong types, unknown and duplicated keys name the file, line and column, as for sources.
   */
  public DiscordConfig loadDiscord(Path file) throws ConfigException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return DiscordConfig.empty();
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
    }
    DiscordConfig.Document doc;
    try {
      checkKeys(name, bytes, List.of(DISCORD_KEYS));
      doc = mapper.readValue(bytes, DiscordConfig.Document.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          where(name, e)
              + "unknown key \""
              + e.getPropertyName()
              + "\" (known keys: token_file, guild_ids, rest_url, gateway_url)",
          e);
    } catch (MismatchedInputException e) {
      throw new ConfigException(where(name, e) + wrongType(e), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(where(name, e) + syntax(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
    }
    if (doc == null) {
      throw new ConfigException(name + ": expected an object such as {\"token_file\": \"...\"}");
    }
    Path tokenFile = null;
    if (doc.tokenFile() != null) {
      if (doc.tokenFile().isBlank()) {
        throw new ConfigException(name + ": token_file is empty");
      }
      Path folder = file.toAbsolutePath().getParent();
      tokenFile = folder == null ? Path.of(doc.tokenFile()) : folder.resolve(doc.tokenFile());
    }
    return new DiscordConfig(name, tokenFile, doc.guildIds(), doc.restUrl(), doc.gatewayUrl());
  }

  /**
   * Checks the values Jackson cannot: an empty outlet (which would show answers from an outlet with
   * no name), the URL's scheme, the date. {@code where} gives "file:line:column: " of a key.
   */
  private static void validate(
      String name, String key, SourceEntry entry, java.util.function.Function<String, String> where)
      throws ConfigException {
    for (String[] field :
        new String[][] {
          {"outlet", entry.outlet()},
          {"url", entry.url()},
          {"title", entry.title()},
          {"byline", entry.byline()},
          {"published", entry.published()}
        }) {
      int half = halfCharacter(field[1]);
      if (half >= 0) {
        throw new ConfigException(
            where.apply(field[0])
                + "\""
                + printable(key)
                + "\": "
                + field[0]
                + " holds half of a character at character "
                + (half + 1)
                + String.format(
                    java.util.Locale.ROOT,
                    " (\\u%04x without its pair)",
                    (int) field[1].charAt(half)));
      }
    }
    if (entry.outlet() != null && entry.outlet().isBlank()) {
      throw new ConfigException(
          where.apply("outlet")
              + "\""
              + printable(key)
              + "\": outlet is empty: write the outlet's name, or leave the key out (the outlet"
              + " is then the file name)");
    }
    if (entry.url() != null) {
      String bad = badUrl(entry.url());
      if (bad != null) {
        throw new ConfigException(
            where.apply("url")
                + "\""
                + printable(key)
                + "\": url "
                + bad
                + ": "
                + printable(entry.url()));
      }
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
            where.apply("published")
                + "\""
                + printable(key)
                + "\": published must be ISO-8601 like 2024-11-05 or 2024-11-05T09:07: "
                + printable(entry.published()));
      }
    }
  }

  /**
   * What is wrong with a source's web address, or null: every answer links to it, so it must be a
   * whole http(s) address, with a host and without spaces.
   */
  static String badUrl(String url) {
    if (!(url.regionMatches(true, 0, "https://", 0, 8)
        || url.regionMatches(true, 0, "http://", 0, 7))) {
      return "must start with https:// or http://";
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return "has a space or control character at character "
            + (i + 1)
            + " (write a space as %20)";
      }
      if (Character.getType(c) == Character.FORMAT) {
        return "has an invisible character at character "
            + (i + 1)
            + String.format(java.util.Locale.ROOT, " (U+%04X)", (int) c);
      }
    }
    java.net.URI uri;
    try {
      uri = new java.net.URI(url);
    } catch (java.net.URISyntaxException e) {
      if (e.getReason().startsWith("Expected authority")) {
        return NO_HOST;
      }
      return "is not a web address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")";
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return NO_HOST;
    }
    if (uri.getPort() > 65535) {
      return "has port " + uri.getPort() + ", above 65535";
    }
    return null;
  }

  /** Where {@code s} holds a surrogate without its pair (a JSON "\\ud800" alone), or -1. */
  private static int halfCharacter(String s) {
    if (s == null) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code text} with its control and invisible format characters written as {@code <U+XXXX>}, for
   * a message: a U+202E in a URL would otherwise turn the rest of the line around on the screen.
   * The notation of {@code Skipped.shown} for file names (config depends on nothing of ours, so the
   * few lines are its own).
   */
  private static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        b.append(String.format(java.util.Locale.ROOT, "<U+%04X>", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final String NO_HOST = "has no host (such as https://www.example.com/...)";

  /**
   * A syntax error in plain words. Jackson's messages name its own switches ("enable
   * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`", "Feature 'ALLOW_COMMENTS' not enabled") and
   * internal locations; a user editing a config file needs what is wrong and how to mend it.
   */
  static String syntax(String message) {
    String m = message == null ? "" : message;
    java.util.regex.Matcher end = END_OF_INPUT.matcher(m);
    if (end.find()) {
      return "the file ends before the "
          + (end.group(1).equals("Object") ? "object" : "list")
          + " opened at line "
          + end.group(2)
          + ", column "
          + end.group(3)
          + " is closed (a missing "
          + (end.group(1).equals("Object") ? "}" : "]")
          + "?)";
    }
    if (m.contains("comment")) {
      return "JSON has no comments: remove the comment";
    }
    java.util.regex.Matcher token = NON_STANDARD.matcher(m);
    if (token.find()) {
      return token.group(1)
          + " is not a JSON value: write a number, a \"string\", true, false or null";
    }
    java.util.regex.Matcher ctrl = CONTROL.matcher(m);
    if (ctrl.find()) {
      return "a control character (code "
          + ctrl.group(1)
          + ") inside a string: remove it, or write it as \\u"
          + String.format(java.util.Locale.ROOT, "%04x", Integer.parseInt(ctrl.group(1)));
    }
    java.util.regex.Matcher word = UNRECOGNIZED.matcher(m);
    if (word.find()) {
      return "found "
          + word.group(1)
          + " where a value should be: text goes in double quotes, and a file holds one object";
    }
    if (m.startsWith("Invalid UTF-8")) {
      return "the file is not UTF-8 here (" + m + "): save it as UTF-8";
    }
    java.util.regex.Matcher unexpected = UNEXPECTED.matcher(m);
    if (unexpected.find()) {
      String found = unexpected.group(1);
      String wanted = unexpected.group(2) == null ? "" : unexpected.group(2);
      if (wanted.isEmpty()) {
        return "found " + found + " where it cannot be";
      }
      if (wanted.contains("double-quote to start field name")) {
        return "found "
            + found
            + " where a key in double quotes should start"
            + (found.equals("}") ? " (a comma before the closing brace?)" : "");
      }
      return "found " + found + ": " + wanted;
    }
    // Whatever else, without Jackson's switches and locations.
    return m.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
        .replaceAll(":?\\s*enable `?\\w+\\.\\w+`? to allow", "")
        .replaceAll("\\s*\\(from `StreamReadConstraints[^)]*\\)", "");
  }

  private static final java.util.regex.Pattern END_OF_INPUT =
      java.util.regex.Pattern.compile(
          "end-of-input.*close marker for (Object|Array).*line: (\\d+), column: (\\d+)");
  private static final java.util.regex.Pattern NON_STANDARD =
      java.util.regex.Pattern.compile("Non-standard token '([^']*)'");
  private static final java.util.regex.Pattern UNRECOGNIZED =
      java.util.regex.Pattern.compile("Unrecognized token '([^']*)'");
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("CTRL-CHAR, code (\\d+)");
  private static final java.util.regex.Pattern UNEXPECTED =
      java.util.regex.Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\)(?:: (.*))?$",
          java.util.regex.Pattern.DOTALL);

  private static final Set<String> DISCORD_KEYS =
      new LinkedHashSet<>(List.of("token_file", "guild_ids", "rest_url", "gateway_url"));
  private static final Set<String> SOURCE_KEYS =
      new LinkedHashSet<>(List.of("outlet", "url", "title", "byline", "published"));

  /**
   * Finds an unknown key where it is written. (Jackson reports unknown keys of a record only at the
   * end of its object, which would point the user at a closing brace.) {@code known.get(d)} lists
   * the keys allowed in objects nested {@code d} deep; null allows any (file names).
   */
  private Map<List<String>, JsonLocation> checkKeys(
      String name, byte[] bytes, List<Set<String>> known) throws IOException, ConfigException {
    Map<List<String>, JsonLocation> values = new HashMap<>();
    try (JsonParser p = mapper.getFactory().createParser(bytes)) {
      // The keys of the objects that hold the current token, and the key it is the value of.
      List<String> path = new ArrayList<>();
      String field = null;
      for (JsonToken t = nextToken(name, p); t != null; t = nextToken(name, p)) {
        if (t.isScalarValue() || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          // path.get(0) stands for the file's top value, which has no key.
          List<String> key = new ArrayList<>(path.isEmpty() ? path : path.subList(1, path.size()));
          if (field != null) {
            key.add(field);
          }
          values.putIfAbsent(List.copyOf(key), p.currentTokenLocation());
        }
        int depth = path.size();
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            path.add(field == null ? "" : field);
            field = null;
          }
          case END_OBJECT, END_ARRAY -> {
            path.remove(path.size() - 1);
            field = null;
          }
          case FIELD_NAME -> {
            field = p.currentName();
            Set<String> allowed = depth - 1 < known.size() ? known.get(depth - 1) : null;
            if (allowed != null && !allowed.contains(p.currentName())) {
              throw new ConfigException(
                  where(name, p.currentTokenLocation())
                      + "unknown key \""
                      + p.currentName()
                      + "\" (known keys: "
                      + String.join(", ", allowed)
                      + ")");
            }
          }
          default -> field = null;
        }
      }
    }
    return values;
  }

  /**
   * The next token; a file nested deeper than the parser allows (1,000 levels) is said where the
   * limit was passed, which Jackson's message does not give.
   */
  private static JsonToken nextToken(String name, JsonParser p)
      throws IOException, ConfigException {
    try {
      return p.nextToken();
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      throw new ConfigException(
          where(name, p.currentLocation())
              + "lists and objects nested more than "
              + p.streamReadConstraints().getMaxNestingDepth()
              + " deep: a config file needs three levels",
          e);
    }
  }

  /** "file:line:column: " of the value at {@code key} (its keys from the top), or "file: ". */
  private static String where(String name, Map<List<String>, JsonLocation> at, List<String> key) {
    return where(name, at.get(key));
  }

  /**
   * A value of the wrong kind, in the file's own terms: where it is (the keys that lead to it) and
   * what kind of JSON value goes there, instead of Jackson's message, which names Java types.
   */
  static String wrongType(MismatchedInputException e) {
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
      return "more after the end of the file's object: a config file is one object";
    }
    StringBuilder at = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        at.append(at.isEmpty() ? "" : " > ").append('"').append(r.getFieldName()).append('"');
      } else if (r.getIndex() >= 0) {
        at.append(" item ").append(r.getIndex() + 1);
      }
    }
    String found = found(e.getOriginalMessage());
    return (at.isEmpty() ? "the file" : at)
        + " must be "
        + expected(e.getTargetType())
        + (found == null ? "" : ", not " + found);
  }

  private static final java.util.regex.Pattern FOUND =
      java.util.regex.Pattern.compile(
          "(?:from|coerce) (Array|Object|String|Integer|Float|Boolean) value");

  /** The kind of value Jackson met, read from its message ("... from Array value ..."). */
  private static String found(String message) {
    java.util.regex.Matcher m = FOUND.matcher(message == null ? "" : message);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "Array" -> "a list";
      case "Object" -> "an object";
      case "String" -> "a string";
      case "Integer", "Float" -> "a number";
      default -> "true or false";
    };
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == Document.class) {
      return "an object with a \"sources\" key";
    }
    if (type == DiscordConfig.Document.class) {
      return "an object such as {\"token_file\": \"...\"}";
    }
    if (type == SourceEntry.class) {
      return "an object such as {\"outlet\": \"...\", \"url\": \"https://...\"}";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object of file names, each with its entry";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == String.class) {
      return "a string";
    }
    return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static String where(String name, JsonProcessingException e) {
    return where(name, e.getLocation());
  }

  /** "file:line:column: " of {@code loc}, or "file: " when it is unknown. */
  private static String where(String name, JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return name + ": ";
    }
    return name + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
  }
}
