package coveragebot.index;

/** Lucene field names, in one place. */
final class Fields {
  private Fields() {}

  /** The passage id: a doc value, used to sort ties and to find the passage again. */
  static final String ID = "id";

  /** Passage text, stop words removed and stemmed: for recall. */
  static final String TEXT = "text";

  /** Passage text, every word as written in lower case: for exact words and stop-word queries. */
  static final String EXACT = "exact";
}
