package coveragebot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The objects a fake Discord serves, complete enough that JDA accepts them. */
final class FakeData {
  private FakeData() {}

  static final String APP = "1100000000000000001";
  static final String GUILD = "1200000000000000002";
  static final String CHANNEL = "1300000000000000003";
  static final String USER = "1400000000000000004";
  static final String PERMISSIONS = "2248473465835073";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong COUNTER = new AtomicLong();

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A snowflake for now: JDA reads an interaction's age from its id. */
  static String snowflake() {
    long ms = System.currentTimeMillis() - 1420070400000L;
    return Long.toString((ms << 22) | (COUNTER.incrementAndGet() & 0xFFF));
  }

  static ObjectNode botUser() {
    return parse(
        """
        {"id":"%s","username":"coverage-bot","discriminator":"0000","global_name":null,
         "avatar":null,"bot":true,"flags":0,"verified":true,"mfa_enabled":false}"""
            .formatted(APP));
  }

  static ObjectNode human(String id) {
    return parse(
        """
        {"id":"%s","username":"reporter","discriminator":"0","global_name":"Reporter",
         "avatar":null}"""
            .formatted(id));
  }

  static ObjectNode ready(String resumeUrl) {
    ObjectNode d =
        parse(
            """
            {"v":10,"guilds":[{"id":"%s","unavailable":true}],"private_channels":[],
             "session_id":"fake-session","resume_gateway_url":"%s",
             "application":{"id":"%s","flags":0},"shard":[0,1]}"""
                .formatted(GUILD, resumeUrl, APP));
    d.set("user", botUser());
    return d;
  }

  static ObjectNode channel() {
    return parse(
        """
        {"id":"%s","type":0,"guild_id":"%s","name":"newsroom","position":0,"topic":null,
         "nsfw":false,"parent_id":null,"last_message_id":null,"rate_limit_per_user":0,
         "permission_overwrites":[],"flags":0}"""
            .formatted(CHANNEL, GUILD));
  }

  static ObjectNode guild() {
    ObjectNode g =
        parse(
            """
            {"id":"%1$s","name":"Newsroom","icon":null,"splash":null,"owner_id":"%2$s",
             "afk_timeout":300,"afk_channel_id":null,"verification_level":0,
             "default_message_notifications":0,"explicit_content_filter":0,"mfa_level":0,
             "nsfw_level":0,"premium_tier":0,"premium_subscription_count":0,
             "preferred_locale":"en-US","features":[],"emojis":[],"stickers":[],
             "roles":[{"id":"%1$s","name":"@everyone","permissions":"%3$s","position":0,
               "color":0,"colors":{"primary_color":0,"secondary_color":null,
               "tertiary_color":null},"hoist":false,"managed":false,"mentionable":false,
               "flags":0}],
             "member_count":2,"large":false,"unavailable":false,"voice_states":[],"threads":[],
             "presences":[],"stage_instances":[],"guild_scheduled_events":[],
             "joined_at":"2024-01-01T00:00:00.000000+00:00","system_channel_id":null,
             "max_members":500000,"nsfw":false}"""
                .formatted(GUILD, USER, PERMISSIONS));
    g.putArray("channels").add(channel());
    ObjectNode me =
        parse(
            """
            {"roles":[],"joined_at":"2024-01-01T00:00:00.000000+00:00","deaf":false,
             "mute":false,"flags":0}""");
    me.set("user", botUser());
    g.putArray("members").add(me);
    return g;
  }

  /** A slash command interaction (type 2) in the guild's channel. */
  static ObjectNode slash(
      String id, String token, String user, String name, Map<String, Object> options) {
    ObjectNode i = interaction(id, token, user, 2);
    ObjectNode data = i.putObject("data");
    data.put("id", "1500000000000000005").put("name", name).put("type", 1);
    ArrayNode opts = data.putArray("options");
    options.forEach(
        (k, v) -> {
          ObjectNode o = opts.addObject().put("name", k);
          if (v instanceof Number n) {
            o.put("type", 4).put("value", n.longValue());
          } else {
            o.put("type", 3).put("value", String.valueOf(v));
          }
        });
    return i;
  }

  /**
   * An autocomplete interaction (type 4) while the user types {@code typed} into {@code option}.
   */
  static ObjectNode autocomplete(
      String id, String token, String user, String name, String option, String typed) {
    ObjectNode i = interaction(id, token, user, 4);
    ObjectNode data = i.putObject("data");
    data.put("id", "1500000000000000005").put("name", name).put("type", 1);
    data.putArray("options")
        .addObject()
        .put("name", option)
        .put("type", 3)
        .put("value", typed)
        .put("focused", true);
    return i;
  }

  /** A button press (type 3) on a message of the bot that carries that button. */
  static ObjectNode button(String id, String token, String user, String customId) {
    ObjectNode i = interaction(id, token, user, 3);
    i.putObject("data").put("custom_id", customId).put("component_type", 2);
    ObjectNode message = message(parse("{\"content\":\"\",\"embeds\":[]}"));
    message.put("interaction_metadata", (String) null);
    message
        .putArray("components")
        .addObject()
        .put("type", 1)
        .put("id", 1)
        .putArray("components")
        .addObject()
        .put("type", 2)
        .put("id", 2)
        .put("style", 2)
        .put("label", "Next")
        .put("custom_id", customId);
    i.set("message", message);
    return i;
  }

  static ObjectNode interaction(String id, String token, String user, int type) {
    ObjectNode i =
        parse(
            """
            {"id":"%s","application_id":"%s","type":%d,"token":"%s","version":1,
             "guild_id":"%s","guild":{"id":"%s","locale":"en-US","features":[]},
             "channel_id":"%s","locale":"en-US","guild_locale":"en-US",
             "app_permissions":"%s","entitlements":[],
             "authorizing_integration_owners":{"0":"%s"},"context":0}"""
                .formatted(id, APP, type, token, GUILD, GUILD, CHANNEL, PERMISSIONS, GUILD));
    i.set("channel", channel());
    ObjectNode member =
        parse(
            """
            {"roles":[],"permissions":"%s","joined_at":"2024-01-01T00:00:00.000000+00:00",
             "deaf":false,"mute":false,"flags":0}"""
                .formatted(PERMISSIONS));
    member.set("user", human(user));
    i.set("member", member);
    return i;
  }

  /** A message context menu (type 2, command type 3) used on someone's message. */
  static ObjectNode messageMenu(String id, String token, String user, String name, String text) {
    ObjectNode i = interaction(id, token, user, 2);
    ObjectNode target = message(parse("{}"));
    target.put("content", text);
    target.set("author", human(USER));
    String targetId = target.path("id").asText();
    ObjectNode data = i.putObject("data");
    data.put("id", "1500000000000000006").put("name", name).put("type", 3);
    data.put("target_id", targetId);
    data.putObject("resolved").putObject("messages").set(targetId, target);
    return i;
  }

  /** The public thread Discord answers "start a thread from a message" with. */
  static ObjectNode thread(String name) {
    ObjectNode t =
        parse(
            """
            {"id":"%s","type":11,"guild_id":"%s","parent_id":"%s","owner_id":"%s",
             "last_message_id":null,"rate_limit_per_user":0,"message_count":0,"member_count":1,
             "total_message_sent":0,"flags":0,
             "thread_metadata":{"archived":false,"auto_archive_duration":1440,
               "archive_timestamp":"2024-11-05T10:00:00.000000+00:00","locked":false}}"""
                .formatted(snowflake(), GUILD, CHANNEL, APP));
    t.put("name", name);
    return t;
  }

  /** The message object Discord answers a message create or edit with. */
  static ObjectNode message(JsonNode sent) {
    ObjectNode m =
        parse(
            """
            {"id":"%s","channel_id":"%s","type":0,"timestamp":"2024-11-05T10:00:00.000000+00:00",
             "edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],
             "mention_roles":[],"attachments":[],"pinned":false,"flags":0,"components":[]}"""
                .formatted(snowflake(), CHANNEL));
    m.set("author", botUser());
    m.put("content", sent.path("content").asText(""));
    ArrayNode embeds = m.putArray("embeds");
    for (JsonNode e : sent.path("embeds")) {
      ObjectNode copy = ((ObjectNode) e).deepCopy();
      copy.put("type", "rich");
      embeds.add(copy);
    }
    if (sent.has("flags")) {
      m.put("flags", sent.get("flags").asInt());
    }
    return m;
  }
}
