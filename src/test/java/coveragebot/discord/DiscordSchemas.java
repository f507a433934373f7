package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks captured requests against the request schemas of Discord's published OpenAPI description
 * (a subset vendored in test resources, MIT). Discord's hand-checked rules are in {@link
 * MessageRules}.
 */
final class DiscordSchemas {
  private static final Map<String, String> ROUTES = new LinkedHashMap<>();

  static {
    // The vendored document carries OpenAPI keywords the validator does not know; that is fine.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.networknt"))
        .setLevel(ch.qos.logback.classic.Level.ERROR);
    ROUTES.put("POST /api/v10/interactions/\\d+/[^/]+/callback", "callback");
    ROUTES.put("PATCH /api/v10/webhooks/\\d+/[^/]+/messages/@original", "editOriginal");
    ROUTES.put("POST /api/v10/webhooks/\\d+/[^/]+", "followUp");
    ROUTES.put("PUT /api/v10/applications/\\d+/commands", "putCommands");
    ROUTES.put("PUT /api/v10/applications/\\d+/guilds/\\d+/commands", "putGuildCommands");
    ROUTES.put("POST /api/v10/channels/\\d+/messages/\\d+/threads", "startThreadFromMessage");
    ROUTES.put("POST /api/v10/channels/\\d+/messages", "createMessage");
  }

  private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();

  DiscordSchemas() throws Exception {
    JsonNode doc;
    try (InputStream in =
        DiscordSchemas.class.getResourceAsStream("/discord-openapi/requests.json")) {
      doc = new ObjectMapper().readTree(in);
    }
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    for (String key : ROUTES.values()) {
      ObjectNode root = ((ObjectNode) doc).deepCopy();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.put("$ref", "#/x-requests/" + key);
      schemas.put(key, factory.getSchema(root));
    }
  }

  /** True when a schema covers this request. */
  boolean covers(Captured c) {
    return key(c) != null;
  }

  /** Fails with Discord's own words when the body does not match the operation's schema. */
  void assertValid(Captured c) {
    String key = key(c);
    assertThat(key).as("a schema for " + c.method() + " " + c.path()).isNotNull();
    Set<ValidationMessage> errors = schemas.get(key).validate(jdaQuirks(c.json()));
    assertThat(errors).as(c.method() + " " + c.path() + " " + c.body()).isEmpty();
  }

  /**
   * JDA 6.5.0 writes a command's {@code contexts} and {@code integration_types} as strings ("0")
   * where the schema says integers; Discord accepts them. It also writes {@code
   * default_member_permissions} as a string of digits ("32"), as Discord's documentation asks (API
   * v8 and later serialise every permission bit set as a string) while the OpenAPI description says
   * integer. Only these three are turned into numbers, so that every other field is checked as
   * sent.
   */
  static JsonNode jdaQuirks(JsonNode body) {
    if (!body.isArray()) {
      return body;
    }
    JsonNode copy = body.deepCopy();
    for (JsonNode command : copy) {
      for (String field : new String[] {"contexts", "integration_types"}) {
        JsonNode values = command.path(field);
        if (values.isArray()) {
          com.fasterxml.jackson.databind.node.ArrayNode numbers =
              ((ObjectNode) command).putArray(field);
          values.forEach(
              v -> {
                if (v.isTextual() && v.asText().matches("[0-9]+")) {
                  numbers.add(Integer.parseInt(v.asText()));
                } else {
                  numbers.add(v);
                }
              });
        }
      }
      JsonNode permissions = command.path("default_member_permissions");
      if (permissions.isTextual() && permissions.asText().matches("[0-9]{1,18}")) {
        ((ObjectNode) command)
            .put("default_member_permissions", Long.parseLong(permissions.asText()));
      }
    }
    return copy;
  }

  private static String key(Captured c) {
    String line = c.method() + " " + c.path();
    for (var e : ROUTES.entrySet()) {
      if (line.matches(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }
}
