package coveragebot.corpus;

import java.util.List;

/**
 * One article file, as read: its exact text, what is known about it, its passages and the blocks
 * set aside as boilerplate.
 *
 * @param unknown metadata neither the text nor the config gives (for example {@code "url"})
 */
public record Article(
    SourceRef source,
    String text,
    List<Passage> passages,
    List<Boilerplate> boilerplate,
    List<String> unknown) {
  public Article {
    passages = List.copyOf(passages);
    boilerplate = List.copyOf(boilerplate);
    unknown = List.copyOf(unknown);
  }

  public String file() {
    return source.file();
  }
}
