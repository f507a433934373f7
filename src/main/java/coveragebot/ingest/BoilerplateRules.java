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

  static boolean isNavigation(String line) {
    return NAVIGATION.contains(norm(line));
  }

  static boolean isBreadcrumb(String line) {
    return BREADCRUMBS.contains(norm(line)) || line.contains(" » ") || line.contains(" > ");
  }

  /** A site header: a clock, weather, or several fields split by pipes. */
  static boolean isPageChrome(String line) {
    long pipes = line.chars().filter(c -> c == '|').count();
    return pipes >= 2 || (WEATHER.matcher(line).find() && line.length() < 160);
  }

  static boolean isRelatedHeading(String line) {
    return line.length() <= 60 && RELATED_HEADING.matcher(line).matches();
  }

  static boolean isCaption(String line) {
    return CAPTION.matcher(line).matches();
  }

  /** A lone agency credit at the end of an article ("AFP", "With Reuters"). */
  static boolean isCredit(String line) {
    return line.length() <= 30 && CREDIT.matcher(line).matches();
  }

  static String creditAgency(String line) {
    var m = CREDIT.matcher(line);
    return m.matches() ? m.group(2) : line;
  }

  private static String norm(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("[:.•·\\s]+$", "");
  }
}
