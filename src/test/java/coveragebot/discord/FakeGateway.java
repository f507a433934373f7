package coveragebot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The Discord gateway, as far as a bot without intents sees it: HELLO, READY, one guild, events.
 */
final class FakeGateway extends WebSocketServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch identified = new CountDownLatch(1);
  private final AtomicReference<WebSocket> client = new AtomicReference<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong intents =
      new java.util.concurrent.atomic.AtomicLong(-1);
  private final AtomicInteger connections = new AtomicInteger();
  private final CountDownLatch resumed = new CountDownLatch(1);
  private final AtomicReference<String> resumedSession = new AtomicReference<>();

  FakeGateway() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  /** The gateway intents the bot identified with (-1 before IDENTIFY). */
  long intents() {
    return intents.get();
  }

  boolean awaitIdentify() throws InterruptedException {
    return identified.await(10, TimeUnit.SECONDS);
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  /** How many times the bot connected (a reconnect makes it 2). */
  int connections() {
    return connections.get();
  }

  /** Closes the bot's connection as Discord does when it restarts a gateway node. */
  void drop() {
    WebSocket conn = client.get();
    if (conn != null) {
      conn.close(4000, "fake gateway restart");
    }
  }

  /** Waits (10 s at most) for the bot to RESUME its session; the session id it sent, or null. */
  String awaitResume() throws InterruptedException {
    return resumed.await(10, TimeUnit.SECONDS) ? resumedSession.get() : null;
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    connections.incrementAndGet();
    client.set(conn);
    conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    JsonNode m;
    try {
      m = JSON.readTree(message);
    } catch (Exception e) {
      return;
    }
    switch (m.path("op").asInt(-1)) {
      case 1 -> conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
      case 2 -> {
        intents.set(m.path("d").path("intents").asLong(-1));
        dispatch("READY", FakeData.ready(url()));
        // As Discord does: guilds arrive only for a bot that asked for the GUILDS intent.
        if ((intents.get() & 1) != 0) {
          dispatch("GUILD_CREATE", FakeData.guild());
        }
        identified.countDown();
      }
      case 6 -> {
        // RESUME: replay nothing (nothing was missed) and confirm, as Discord does
        resumedSession.set(m.path("d").path("session_id").asText());
        dispatch("RESUMED", JSON.createObjectNode());
        resumed.countDown();
      }
      default -> {}
    }
  }

  /** Sends a dispatch (op 0) event to the connected bot. */
  void dispatch(String type, ObjectNode data) {
    ObjectNode event = JSON.createObjectNode();
    event.put("op", 0).put("s", sequence.incrementAndGet()).put("t", type).set("d", data);
    WebSocket conn = client.get();
    if (conn == null) {
      throw new AssertionError("no bot is connected to the fake gateway");
    }
    conn.send(event.toString());
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    client.compareAndSet(conn, null);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    started.countDown();
  }
}
