package coveragebot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** One HTTP request JDA sent to the fake Discord. */
record Captured(String method, String path, String query, String contentType, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The JSON payload; for multipart bodies, the {@code payload_json} part. */
  JsonNode json() {
    String text = body;
    if (contentType != null && contentType.startsWith("multipart/")) {
      int name = body.indexOf("name=\"payload_json\"");
      if (name < 0) {
        return MissingNode.getInstance();
      }
      int start = body.indexOf("\r\n\r\n", name) + 4;
      int end = body.indexOf("\r\n--", start);
      text = body.substring(start, end);
    }
    if (text.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  boolean is(String m, String pathRegex) {
    return method.equals(m) && path.matches(pathRegex);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " " + body;
  }
}
