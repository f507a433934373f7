package coveragebot.corpus;

/**
 * Where a piece of text comes from: the article file and what is known about it. Fields other than
 * {@code file} and {@code outlet} may be null when neither the text nor the config tells them.
 */
public record SourceRef(
    String file, String outlet, String title, String url, Published published, String byline) {
  public SourceRef {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("a source needs a file name");
    }
    if (outlet == null || outlet.isBlank()) {
      throw new IllegalArgumentException("a source needs an outlet (fall back to the file name)");
    }
  }
}
