package coveragebot.command;

import coveragebot.reply.ErrorReply;

/** Input that does not fit a command's spec; becomes an {@link ErrorReply}. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorReply.Kind kind;
  private final String hint;

  UsageException(ErrorReply.Kind kind, String message, String hint) {
    super(message);
    this.kind = kind;
    this.hint = hint;
  }

  UsageException(String message, String hint) {
    this(ErrorReply.Kind.USAGE, message, hint);
  }

  ErrorReply toReply() {
    return new ErrorReply(kind, getMessage(), hint);
  }
}
