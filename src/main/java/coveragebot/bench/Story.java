package coveragebot.bench;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated news story before an outlet prints it. Quote marks and apostrophes are the
 * placeholders {@link #OPEN}, {@link #CLOSE} and {@link #APOSTROPHE}, so each house style can print
 * them its own way.
 *
 * @param paragraphs the body, lead first
 * @param teasers headlines of other stories, for "Related Articles"
 */
record Story(
    int number,
    String title,
    String standfirst,
    LocalDateTime published,
    String city,
    String agency,
    String reporter,
    String caption,
    List<String> paragraphs,
    List<String> teasers) {

  static final char OPEN = '\u0001';
  static final char CLOSE = '\u0002';
  static final char APOSTROPHE = '\u0003';

  Story {
    paragraphs = List.copyOf(paragraphs);
    teasers = List.copyOf(teasers);
  }
}
