package coveragebot.reply;

import java.util.List;

/**
 * The best passages for a question.
 *
 * @param note a short remark for the user (for example why nothing was found), or null
 */
public record SearchReply(String query, int limit, List<Result> results, String note)
    implements Reply {
  public SearchReply {
    results = List.copyOf(results);
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
