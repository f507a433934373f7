package coveragebot.discord;

/** Discord's message limits (see DESIGN.md), in characters unless said otherwise. */
final class Limits {
  private Limits() {}

  static final int CONTENT = 2000;
  static final int TITLE = 256;
  static final int DESCRIPTION = 4096;
  static final int FIELD_NAME = 256;
  static final int FIELD_VALUE = 1024;
  static final int FOOTER = 2048;
  static final int AUTHOR = 256;
  static final int FIELDS = 25;
  static final int EMBEDS = 10;

  /**
   * Over all embeds of one message: titles, descriptions, field names and values, footers, authors.
   */
  static final int EMBED_TOTAL = 6000;

  /** JDA refuses longer embed URLs. */
  static final int URL = 2000;
}
