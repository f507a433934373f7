package coveragebot.reply;

import java.util.List;

/**
 * The best passages for a question.
 *
 * @param note a short remark for the user (why nothing was found, a typo, words the passages shown
 *     lack), or null
 * @param missing words of the question that none of the passages shown has in any form (typos
 *     aside, which the note names)
 * @param page which page of {@code limit} passages this is, from 1
 * @param more whether a next page has passages (the renderers say {@link #nextPage})
 */
public record SearchReply(
    String query,
    int limit,
    List<Result> results,
    String note,
    List<String> missing,
    int page,
    boolean more)
    implements Reply {
  public SearchReply {
    results = List.copyOf(results);
    missing = List.copyOf(missing);
  }

  /** The last page a search shows, and the most passages a page shows. */
  public static final int LAST_PAGE = 20;

  public static final int MOST_PER_PAGE = 10;

  /**
   * The line under a full page with more after it: {@code More on page:2.}; on the last page there
   * is ({@link #LAST_PAGE}), how to see more instead; null for none.
   */
  public String nextPage() {
    if (!more) {
      return null;
    }
    if (page < LAST_PAGE) {
      return "More on page:" + (page + 1) + ".";
    }
    return limit < MOST_PER_PAGE
        ? "More match than "
            + LAST_PAGE
            + " pages show: raise limit: (up to "
            + MOST_PER_PAGE
            + " a page) or narrow the question."
        : "More match than " + LAST_PAGE + " pages show: narrow the question.";
  }

  public SearchReply(String query, int limit, List<Result> results, String note) {
    this(query, limit, results, note, List.of(), 1, false);
  }

  /**
   * One answer: the passage, its score, and the same passage as printed by other outlets.
   *
   * @param alsoIn near-identical passages in other articles (AFP copies), best first
   * @param alsoInDifferences for each of {@code alsoIn}, how its words differ from the passage
   *     shown ({@code "said" → "stated"}, {@code "." added}); empty when word for word
   */
  public record Result(
      Excerpt excerpt, double score, List<Excerpt> alsoIn, List<List<String>> alsoInDifferences) {
    public Result {
      alsoIn = List.copyOf(alsoIn);
      alsoInDifferences = alsoInDifferences.stream().map(List::copyOf).toList();
      if (alsoInDifferences.size() != alsoIn.size()) {
        throw new IllegalArgumentException("one list of differences per copy");
      }
    }

    /** With copies whose differences were not read: each empty. */
    public Result(Excerpt excerpt, double score, List<Excerpt> alsoIn) {
      this(excerpt, score, alsoIn, alsoIn.stream().map(c -> List.<String>of()).toList());
    }
  }
}
