package coveragebot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake Discord on 127.0.0.1: REST on the JDK's HttpServer, the gateway on Java-WebSocket. It
 * answers what JDA needs and records every request, so tests assert on what the bot sends.
 */
final class FakeDiscord implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Every request the bot sends, its replies included, goes to the tests' log for TokenScanIT.
   * Headers are left out: the Authorization header carries the token, as it must.
   */
  private static final Logger WIRE = LoggerFactory.getLogger("coveragebot.test.discord");

  private final HttpServer rest;
  private final FakeGateway gateway = new FakeGateway();
  private final List<Captured> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile String rejectedToken;
  private final List<Fault> faults = new CopyOnWriteArrayList<>();

  /** The message each interaction's original response became, by interaction token. */
  private final Map<String, ObjectNode> originals = new java.util.concurrent.ConcurrentHashMap<>();

  /** Threads opened on a message: message id to thread id. */
  private final Map<String, String> threads = new java.util.concurrent.ConcurrentHashMap<>();

  /** The message an interaction's original response became, once JDA sent it. */
  JsonNode original(String token) {
    return originals.get(token);
  }

  /** The thread opened on a message, or null. */
  String threadOn(String messageId) {
    return threads.get(messageId);
  }

  /** The path segment at {@code index} ("", "api", "v10", ...): an interaction token. */
  private static String token(String path, int index) {
    return path.split("/")[index];
  }

  /** Answers the next {@code times} requests matching {@code route} with {@code status}. */
  private record Fault(String route, int status, AtomicInteger left) {}

  void fail(String method, String pathRegex, int status, int times) {
    faults.add(new Fault(method + " " + pathRegex, status, new AtomicInteger(times)));
  }

  private Fault fault(Captured c) {
    for (Fault f : faults) {
      if ((c.method() + " " + c.path()).matches(f.route()) && f.left().getAndDecrement() > 0) {
        return f;
      }
    }
    return null;
  }

  /** Makes the fake answer 401, as Discord does for a wrong token. */
  void reject(String token) {
    rejectedToken = token;
  }

  FakeDiscord() throws IOException, InterruptedException {
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::handle);
    rest.start();
    gateway.startAndWait();
  }

  String restUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
  }

  String gatewayUrl() {
    return gateway.url();
  }

  FakeGateway gateway() {
    return gateway;
  }

  long intents() {
    return gateway.intents();
  }

  boolean awaitIdentify() throws InterruptedException {
    return gateway.awaitIdentify();
  }

  List<Captured> requests() {
    return List.copyOf(requests);
  }

  /**
   * Sends a slash command from a new user (so tests do not share a cooldown) and returns its
   * interaction token, which names the requests that answer it.
   */
  String slash(String name, Map<String, Object> options) {
    return slashAs(FakeData.snowflake(), name, options);
  }

  /** Sends an autocomplete request as if the user typed {@code typed}; returns its token. */
  String autocomplete(String name, String option, String typed) {
    String token = "itoken-" + tokens.incrementAndGet();
    gateway.dispatch(
        "INTERACTION_CREATE",
        FakeData.autocomplete(
            FakeData.snowflake(), token, FakeData.snowflake(), name, option, typed));
    return token;
  }

  /** Presses a button with this custom id; returns the interaction token. */
  String press(String customId) {
    String token = "itoken-" + tokens.incrementAndGet();
    gateway.dispatch(
        "INTERACTION_CREATE",
        FakeData.button(FakeData.snowflake(), token, FakeData.snowflake(), customId));
    return token;
  }

  /** Uses the "Fact-check quote" menu on a message with this text; returns the token. */
  String menu(String name, String targetText) {
    String token = "itoken-" + tokens.incrementAndGet();
    gateway.dispatch(
        "INTERACTION_CREATE",
        FakeData.messageMenu(FakeData.snowflake(), token, FakeData.snowflake(), name, targetText));
    return token;
  }

  String slashAs(String user, String name, Map<String, Object> options) {
    String token = "itoken-" + tokens.incrementAndGet();
    gateway.dispatch(
        "INTERACTION_CREATE", FakeData.slash(FakeData.snowflake(), token, user, name, options));
    return token;
  }

  /** Waits (at most 10 s) until {@code count} requests match. */
  List<Captured> await(Predicate<Captured> match, int count) throws InterruptedException {
    return await(match, count, Duration.ofSeconds(10));
  }

  List<Captured> await(Predicate<Captured> match, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      List<Captured> found = requests.stream().filter(match).toList();
      if (found.size() >= count) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "expected " + count + " matching requests within " + within + "; got " + requests);
      }
      Thread.sleep(10);
    }
  }

  Captured await(Predicate<Captured> match) throws InterruptedException {
    return await(match, 1).get(0);
  }

  private void handle(HttpExchange x) throws IOException {
    String method = x.getRequestMethod();
    String path = x.getRequestURI().getPath();
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String type = x.getRequestHeaders().getFirst("Content-Type");
    Captured c = new Captured(method, path, x.getRequestURI().getRawQuery(), type, body);
    WIRE.debug("{} {} {}", method, path, body);
    int status = 200;
    String answer;
    String auth = x.getRequestHeaders().getFirst("Authorization");
    Fault f = fault(c);
    if (f != null && f.status() == 429) {
      status = 429;
      answer = "{\"message\":\"You are being rate limited.\",\"retry_after\":0.2,\"global\":false}";
      x.getResponseHeaders().set("Retry-After", "1");
      x.getResponseHeaders().set("X-RateLimit-Scope", "user");
      // Discord's own 429s come through its proxy; without "Via" JDA takes it for Cloudflare's.
      x.getResponseHeaders().set("Via", "1.1 google");
    } else if (f != null) {
      status = f.status();
      answer = "{\"message\":\"Server error from the fake\",\"code\":0}";
    } else if (rejectedToken != null && ("Bot " + rejectedToken).equals(auth)) {
      status = 401;
      answer = "{\"message\":\"401: Unauthorized\",\"code\":0}";
    } else if (c.is("GET", "/api/v10/users/@me")) {
      answer = FakeData.botUser().toString();
    } else if (c.is("PUT", "/api/v10/applications/\\d+(/guilds/\\d+)?/commands")) {
      answer = registered(c.json()).toString();
    } else if (c.is("POST", "/api/v10/interactions/\\d+/[^/]+/callback")) {
      if (c.json().path("type").asInt() == 4) {
        originals.put(token(c.path(), 5), FakeData.message(c.json().path("data")));
      }
      status = 204;
      answer = "";
    } else if (c.is("GET", "/api/v10/webhooks/\\d+/[^/]+/messages/@original")) {
      JsonNode m = originals.get(token(c.path(), 5));
      status = m == null ? 404 : 200;
      answer = m == null ? "{\"message\":\"Unknown Message\",\"code\":10008}" : m.toString();
    } else if (c.is("PATCH", "/api/v10/webhooks/\\d+/[^/]+/messages/@original")) {
      ObjectNode m = FakeData.message(c.json());
      originals.put(token(c.path(), 5), m);
      answer = m.toString();
    } else if (c.is("POST", "/api/v10/channels/\\d+/messages/\\d+/threads")) {
      ObjectNode thread = FakeData.thread(c.json().path("name").asText());
      threads.put(c.path().split("/")[6], thread.path("id").asText());
      answer = thread.toString();
    } else if (c.is("POST", "/api/v10/channels/\\d+/messages")) {
      ObjectNode m = FakeData.message(c.json());
      m.put("channel_id", c.path().split("/")[4]);
      answer = m.toString();
    } else if (c.is("POST", "/api/v10/webhooks/\\d+/[^/]+")) {
      answer = FakeData.message(c.json()).toString();
    } else if (c.is("DELETE", "/api/v10/webhooks/\\d+/[^/]+/messages/@original")) {
      status = 204;
      answer = "";
    } else {
      status = 404;
      answer = "{\"message\":\"Unknown route in the fake\",\"code\":0}";
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      x.getResponseBody().write(bytes);
    }
    x.close();
    // Recorded after the answer, so a test never sees a request JDA has not seen answered.
    requests.add(c);
  }

  /** The registered commands as Discord returns them: the payload with ids added. */
  private static ArrayNode registered(JsonNode sent) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode cmd : sent) {
      ObjectNode c = ((ObjectNode) cmd).deepCopy();
      c.put("id", FakeData.snowflake())
          .put("application_id", FakeData.APP)
          .put("version", FakeData.snowflake());
      if (!c.has("type")) {
        c.put("type", 1);
      }
      out.add(c);
    }
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    rest.stop(0);
    gateway.stop(1000);
  }

  static List<String> paths(List<Captured> cs) {
    List<String> out = new ArrayList<>();
    cs.forEach(c -> out.add(c.method() + " " + c.path()));
    return out;
  }
}
