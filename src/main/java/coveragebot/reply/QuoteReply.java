package coveragebot.reply;

import java.util.List;

/**
 * {@code /quote}: a person's quotations, best first. The same words printed by several outlets are
 * one group: the best copy, then the others under "also in".
 *
 * @param speaker the canonical name asked about, or null for a {@code text:} search
 * @param matchedAs how the typed name was matched ("prefix of Rutte", "one edit from rutte"), or
 *     null
 * @param note a remark for the user (for example why nothing was found), or null
 */
public record QuoteReply(
    String speaker, String query, String matchedAs, List<Group> groups, String note)
    implements Reply {
  public QuoteReply {
    groups = List.copyOf(groups);
  }

  /**
   * @param outlets how many distinct outlets carry these words
   */
  public record Group(QuoteItem quote, List<QuoteItem> alsoIn, int outlets) {
    public Group {
      alsoIn = List.copyOf(alsoIn);
    }
  }
}
