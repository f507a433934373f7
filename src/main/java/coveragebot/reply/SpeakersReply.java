package coveragebot.reply;

import java.util.List;

/**
 * {@code /speakers}: everyone quoted, most quoted first, and how name forms were mapped.
 *
 * @param unnamed quotes given to unnamed speakers, by description ("a NATO diplomat")
 */
public record SpeakersReply(List<Speaker> speakers, List<Speaker> unnamed, List<Alias> aliases)
    implements Reply {
  public SpeakersReply {
    speakers = List.copyOf(speakers);
    unnamed = List.copyOf(unnamed);
    aliases = List.copyOf(aliases);
  }

  /** The names of everyone quoted when {@code reply} answers /speakers, else none. */
  public static List<String> namesIn(Reply reply) {
    return reply instanceof SpeakersReply r
        ? r.speakers().stream().map(Speaker::name).toList()
        : List.of();
  }

  /**
   * One speaker: how many quotes (full and partial), in which outlets, under which names, and the
   * roles a quotation is attributed to them by ("NATO chief"), which {@code /quote} also finds them
   * by.
   */
  public record Speaker(
      String name, int quotes, List<String> outlets, List<String> aliases, List<String> roles) {
    public Speaker {
      outlets = List.copyOf(outlets);
      aliases = List.copyOf(aliases);
      roles = List.copyOf(roles);
    }

    /** With no roles. */
    public Speaker(String name, int quotes, List<String> outlets, List<String> aliases) {
      this(name, quotes, outlets, aliases, List.of());
    }
  }

  /** A name form mapped to a person, with why ("surname", "one edit from Rutte"). */
  public record Alias(String alias, String canonical, String reason) {}
}
