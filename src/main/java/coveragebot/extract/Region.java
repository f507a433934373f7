package coveragebot.extract;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of story text that quotes are looked for in: one body paragraph (its passages joined
 * back, since long paragraphs are cut into several passages), or the headline.
 */
record Region(int start, int end, boolean headline, int paragraph) {

  /**
   * The headline (when the title was read from the text, where it sits as a metadata block) and the
   * body paragraphs, in text order. Other boilerplate is never looked at.
   */
  static List<Region> of(Article article) {
    List<Region> out = new ArrayList<>();
    String title = article.source().title();
    if (title != null) {
      for (Boilerplate b : article.boilerplate()) {
        if (b.kind() == Boilerplate.Kind.METADATA && b.text().equals(title)) {
          out.add(new Region(b.start(), b.end(), true, -1));
          break;
        }
      }
    }
    int paragraph = Integer.MIN_VALUE;
    int start = 0;
    int end = 0;
    for (Passage p : article.passages()) {
      if (p.paragraph() != paragraph) {
        if (paragraph != Integer.MIN_VALUE) {
          out.add(new Region(start, end, false, paragraph));
        }
        paragraph = p.paragraph();
        start = p.start();
      }
      end = p.end();
    }
    if (paragraph != Integer.MIN_VALUE) {
      out.add(new Region(start, end, false, paragraph));
    }
    return out;
  }
}
