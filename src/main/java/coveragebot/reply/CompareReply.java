package coveragebot.reply;

import java.util.List;

/**
 * The answer to {@code /compare}: how each outlet carried one statement, first published first
 * (check, issue 6).
 *
 * @param carried each outlet's version, in publication order; the first is the reference
 * @param missing outlets (by file) whose articles do not carry the statement
 * @param moreCarried further versions, published later than the listed ones (a large coverage can
 *     carry a phrase thousands of times)
 * @param moreMissing further articles that do not carry it, beyond those listed
 */
public record CompareReply(
    String query,
    List<Carried> carried,
    List<Missing> missing,
    String note,
    int moreCarried,
    int moreMissing)
    implements Reply {
  public CompareReply {
    carried = List.copyOf(carried);
    missing = List.copyOf(missing);
  }

  public CompareReply(String query, List<Carried> carried, List<Missing> missing, String note) {
    this(query, carried, missing, note, 0, 0);
  }

  /**
   * One outlet's version.
   *
   * @param change "first", "same", "cut" (words dropped only) or "changed"
   * @param differences against the first version: {@code claim} is this outlet's words, {@code
   *     source} the first version's
   */
  public record Carried(
      CheckReply.Evidence evidence, String change, List<CheckReply.Difference> differences) {
    public Carried {
      differences = List.copyOf(differences);
    }
  }

  /** An outlet that did not carry the statement. */
  public record Missing(String file, String outlet) {}
}
