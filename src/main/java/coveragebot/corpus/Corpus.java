package coveragebot.corpus;

import java.util.List;

/**
 * Everything loaded from one seeds folder.
 *
 * @param passages the body passages of all articles, in article then text order; a passage's {@code
 *     id} is its index here
 * @param skipped files that were not loaded, with the reason
 * @param warnings problems that did not stop loading (a config entry for a missing file, ...)
 */
public record Corpus(
    List<Article> articles, List<Passage> passages, List<Skipped> skipped, List<String> warnings) {
  public Corpus {
    articles = List.copyOf(articles);
    passages = List.copyOf(passages);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    for (int i = 0; i < passages.size(); i++) {
      if (passages.get(i).id() != i) {
        throw new IllegalArgumentException("passage ids must equal their position");
      }
    }
  }
}
