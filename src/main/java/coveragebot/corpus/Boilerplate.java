package coveragebot.corpus;

/**
 * A block of an article that is not part of the story: kept out of answers, but kept (with its
 * exact span) so that {@code /sources} and exports can show what was set aside and why.
 */
public record Boilerplate(Kind kind, int start, int end, String text, String reason) {

  /** Why a block was set aside. */
  public enum Kind {
    /** Site header, clock, weather, breadcrumbs ("You are here"). */
    PAGE_CHROME,
    /** Navigation such as "Top Stories" or "Next Story". */
    NAVIGATION,
    /** Headings and teasers of other stories ("Related Articles"). */
    RELATED,
    /** A photo caption. */
    CAPTION,
    /** A paragraph repeated earlier in the same article. */
    DUPLICATE,
    /** Headline, byline, dateline and credit lines: metadata, not story text. */
    METADATA
  }
}
