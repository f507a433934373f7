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
    METADATA;

    /** What such text is, for a reader: "a photo caption". */
    public String what() {
      return switch (this) {
        case CAPTION -> "a photo caption";
        case RELATED -> "a teaser of another story";
        case PAGE_CHROME, NAVIGATION -> "the page's header or navigation";
        case DUPLICATE -> "a paragraph repeated within the article";
        case METADATA -> "a byline, dateline or credit line";
      };
    }
  }
}
