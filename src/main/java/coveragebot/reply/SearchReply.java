package coveragebot.reply;

import java.util.List;

/**
 * The best passages for a question.
 *
 * @param note a short remark for the user (why nothing was found, a typo, words the passages shown
 *     lack), or null
 * @param missing words of the question that none of the passages shown has in any form (typos
 *     aside, which the note names)
 */
public record SearchReply(
    String query, int limit, List<Result> results, String note, List<String> missing)
    implements Reply {
  public SearchReply {
    results = List.copyOf(results);
    missing = List.copyOf(missing);
  }

  public SearchReply(String query, int limit, List<Result> results, String note) {
    this(query, limit, results, note, List.of());
  }

  /**
   * One answer: the passage, its score, and the same passage as printed by other outlets.
   *
   * @param alsoIn near-identical passages in other articles (AFP copies), best first
   */
  public record Result(Excerpt excerpt, double score, List<Excerpt> alsoIn) {
    public Result {
      alsoIn = List.copyOf(alsoIn);
    }
  }
}
