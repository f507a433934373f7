package coveragebot.corpus;

/**
 * A searchable piece of an article: a paragraph, or a run of its sentences when the paragraph is
 * longer than a chat message. {@code text} is exactly {@code article text[start, end)}.
 *
 * @param id position in the corpus-wide passage list; ties in search scores break on it
 * @param paragraph index of the paragraph in its article, counting body paragraphs only
 */
public record Passage(int id, SourceRef source, int start, int end, String text, int paragraph) {
  public Passage {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("passage text does not match its span");
    }
  }

  public String file() {
    return source.file();
  }
}
