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
 * @param more true when more quotations match than {@code limit:} let show
 */
public record QuoteReply(
    String speaker, String query, String matchedAs, List<Group> groups, String note, boolean more)
    implements Reply {
  public QuoteReply {
    groups = List.copyOf(groups);
  }

  public QuoteReply(
      String speaker, String query, String matchedAs, List<Group> groups, String note) {
    this(speaker, query, matchedAs, groups, note, false);
  }

  /**
   * @param outlets how many distinct outlets carry these words
   * @param variants the listed copies whose words differ from {@code quote}, with the differences
   * @param moreCopies how many further copies there are beyond those listed in {@code alsoIn}
   */
  public record Group(
      QuoteItem quote,
      List<QuoteItem> alsoIn,
      int outlets,
      List<Variant> variants,
      int moreCopies) {
    public Group {
      alsoIn = List.copyOf(alsoIn);
      variants = List.copyOf(variants);
    }

    public Group(QuoteItem quote, List<QuoteItem> alsoIn, int outlets, List<Variant> variants) {
      this(quote, alsoIn, outlets, variants, 0);
    }
  }

  /**
   * A copy that differs from the shown quote.
   *
   * @param differences word by word: {@code "Nato" → "NATO"}, {@code "." added}
   */
  public record Variant(String file, String outlet, List<String> differences) {
    public Variant {
      differences = List.copyOf(differences);
    }
  }
}
