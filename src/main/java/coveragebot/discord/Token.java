package coveragebot.discord;

/**
 * The bot token. A class rather than a string so that no {@code toString}, log line, record dump or
 * exception message can ever print it by accident: only {@link #reveal()} gives it, and only the
 * JDA builder calls that.
 */
public final class Token {
  private final String value;

  Token(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the Discord token is empty");
    }
    this.value = value.strip();
  }

  String reveal() {
    return value;
  }

  /** True when {@code text} contains the token; used to keep it out of messages. */
  boolean appearsIn(String text) {
    return text != null && text.contains(value);
  }

  @Override
  public String toString() {
    return "Token[redacted]";
  }
}
