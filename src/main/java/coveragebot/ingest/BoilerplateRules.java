package coveragebot.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The patterns that mark a line as page furniture rather than story. Kept in one place so that a
 * new house style is one rule, with a test, away.
 */
final class BoilerplateRules {
  private BoilerplateRules() {}

  private static final Set<String> NAVIGATION =
      Set.of(
          "top stories",
          "next story",
          "previous story",
          "next article",
          "previous article",
          "advertisement",
          "read more",
          "most read",
          "trending",
          "share",
          "share this article",
          "follow us",
          "recommended",
          "latest news",
          "more stories",
          "back to top");

  private static final Set<String> BREADCRUMBS = Set.of("you are here", "home", "you are here:");

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(related (articles|stories|news|posts|coverage)|you may also like|read also|also read"
              + "|more from .{1,40}|more on this( story| topic)?|see also)\\s*:?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CAPTION =
      Pattern.compile(
          ".*(\\s[—–-]\\s*(Reuters|AFP|AP|Getty Images|EPA|Anadolu)( photo)?"
              + "|\\((AFP|Reuters|AP|EPA|File)( photo| file photo)?\\)"
              + "|\\((photo|image|picture)s?:? [^)]{1,80}\\)"
              + "|\\b(photo|image|picture|credit):\\s*[^.]{1,60})\\.?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WEATHER = Pattern.compile("-?\\d+\\s*°\\s*[CF]\\b");

  private static final Pattern CREDIT =
      Pattern.compile(
          "(with |source: |\\(|—\\s*)?(AFP|Reuters|AP|dpa|Anadolu|Xinhua|EFE|ANSA)\\)?");

  /**
   * Lines longer than this once stripped and trimmed (as {@link #listedForm} does before
   * lower-casing) are never a listed navigation or breadcrumb line: twice the longest listed, and
   * more, because lower-casing can lengthen a line ("İ") but never shorten it. Every paragraph of a
   * story is turned away without a lower-cased copy (copies of every line were a large allocation
   * of parsing 100,000 articles).
   */
  private static final int LISTED_MAX =
      2
              * java.util.stream.Stream.concat(NAVIGATION.stream(), BREADCRUMBS.stream())
                  .mapToInt(String::length)
                  .max()
                  .orElse(0)
          + 8;

  static boolean isNavigation(String line) {
    String form = listedForm(line);
    return form != null && NAVIGATION.contains(form);
  }

  static boolean isBreadcrumb(String line) {
    String form = listedForm(line);
    return (form != null && BREADCRUMBS.contains(form))
        || line.contains(" » ")
        || line.contains(" > ");
  }

  private static final String TRAILING = ":.•·\t\n\u000B\f\r ";

  /**
   * The line stripped, without trailing {@code [:.•·\s]}, in lower case (as a regex did, without
   * one), as the lists hold it; null, without making it, when it is too long to be listed.
   */
  private static String listedForm(String line) {
    int b = 0;
    int e = line.length();
    while (b < e && Character.isWhitespace(line.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    while (e > b && TRAILING.indexOf(line.charAt(e - 1)) >= 0) {
      e--;
    }
    return e - b <= LISTED_MAX ? line.substring(b, e).toLowerCase(Locale.ROOT) : null;
  }

  /** A site header: a clock, weather, or several fields split by pipes. */
  static boolean isPageChrome(String line) {
    int pipes = 0;
    for (int i = line.indexOf('|'); i >= 0 && pipes < 2; i = line.indexOf('|', i + 1)) {
      pipes++;
    }
    // the weather pattern needs a degree sign: most lines are answered without running it
    return pipes >= 2
        || (line.length() < 160 && line.indexOf('°') >= 0 && WEATHER.matcher(line).find());
  }

  static boolean isRelatedHeading(String line) {
    return line.length() <= 60 && RELATED_HEADING.matcher(line).matches();
  }

  static boolean isCaption(String line) {
    return mayBeCaption(line) && CAPTION.matcher(line).matches();
  }

  private static final String[] CAPTION_ENDS = {
    "reuters", "afp", "ap", "getty images", "epa", "anadolu", "photo"
  };

  private static final String[] CAPTION_LABELS = {"photo:", "image:", "picture:", "credit:"};

  /**
   * What {@link #CAPTION} needs, tested without a regex: every one of its forms ends the line (but
   * for a full stop) with an agency name, "photo" or a closing bracket, or has a label such as
   * "Photo:". Running the pattern, which tries its forms at every position of every paragraph, only
   * on such lines was a fifth of parsing.
   */
  private static boolean mayBeCaption(String line) {
    int end = line.endsWith(".") ? line.length() - 1 : line.length();
    if (end > 0 && line.charAt(end - 1) == ')') {
      return true;
    }
    for (String e : CAPTION_ENDS) {
      if (end >= e.length() && line.regionMatches(true, end - e.length(), e, 0, e.length())) {
        return true;
      }
    }
    // every label ends with a colon: look before each colon, ignoring case, instead of lower-casing
    // a copy of every paragraph
    for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
      for (String label : CAPTION_LABELS) {
        int start = colon + 1 - label.length();
        if (start >= 0 && line.regionMatches(true, start, label, 0, label.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A lone agency credit at the end of an article ("AFP", "With Reuters"). */
  static boolean isCredit(String line) {
    return line.length() <= 30 && CREDIT.matcher(line).matches();
  }

  static String creditAgency(String line) {
    var m = CREDIT.matcher(line);
    return m.matches() ? m.group(2) : line;
  }
}
