package coveragebot.corpus;

/** A half-open range {@code [start, end)} of Java string indices into an article's text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The exact text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
