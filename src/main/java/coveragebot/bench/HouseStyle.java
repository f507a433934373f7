package coveragebot.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How one outlet prints a story: its quote marks, its date line, its page chrome. The formats are
 * the ones ingest reads from real pages (see {@code PublicationDates}), so the generated corpus
 * exercises the same header and boilerplate rules as the seeds.
 */
record HouseStyle(
    String outlet,
    String host,
    String open,
    String close,
    String apostrophe,
    DateLine dateLine,
    boolean chrome,
    boolean dateline,
    boolean related,
    boolean repeatStandfirst,
    String newline) {

  /** The date-line formats of the seeds. */
  enum DateLine {
    /** {@code Published: Tue 5 Nov 2024, 9:07 AM} then {@code By <reporter>}. */
    PUBLISHED,
    /** {@code <reporter>, 05.11.2024, 13:50}. */
    DOTTED,
    /** {@code By AFP - Nov 06,2024 - Last updated at Nov 06,2024}. */
    AGENCY
  }

  static final List<HouseStyle> ALL =
      List.of(
          new HouseStyle(
              "Gulf Daily",
              "gulfdaily.example",
              "\"",
              "\"",
              "'",
              DateLine.PUBLISHED,
              true,
              false,
              true,
              true,
              "\n\n"),
          new HouseStyle(
              "Radio Danube",
              "radiodanube.example",
              "\u201c",
              "\u201d",
              "\u2019",
              DateLine.DOTTED,
              false,
              false,
              false,
              false,
              "\n"),
          new HouseStyle(
              "Amman Times",
              "ammantimes.example",
              "\"",
              "\"",
              "'",
              DateLine.AGENCY,
              false,
              true,
              true,
              false,
              "\n"),
          new HouseStyle(
              "Lagos Mail",
              "lagosmail.example",
              "\u2018",
              "\u2019",
              "\u2019",
              DateLine.PUBLISHED,
              false,
              false,
              true,
              false,
              "\r\n"),
          new HouseStyle(
              "Baltic Wire",
              "balticwire.example",
              "\u201c",
              "\u201d",
              "\u2019",
              DateLine.AGENCY,
              true,
              true,
              false,
              false,
              "\n\n"),
          new HouseStyle(
              "Nordic Post",
              "nordicpost.example",
              "'",
              "'",
              "'",
              DateLine.DOTTED,
              false,
              true,
              true,
              true,
              "\n"));

  private static final DateTimeFormatter PUBLISHED_FORMAT =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter DOTTED_FORMAT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter AGENCY_FORMAT =
      DateTimeFormatter.ofPattern("MMM dd,yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK_FORMAT =
      DateTimeFormatter.ofPattern("EEE, MMM dd, yyyy", Locale.ENGLISH);

  /** The article file's text: header, caption, body (with edits already applied) and chrome. */
  String print(Story story, String title, List<String> body) {
    StringBuilder b = new StringBuilder();
    if (chrome) {
      line(b, CLOCK_FORMAT.format(story.published().plusDays(40)) + " | " + outlet + " | 27°C");
      line(b, "Top Stories");
    }
    line(b, marks(title));
    if (repeatStandfirst || dateLine == DateLine.DOTTED) {
      line(b, marks(story.standfirst()));
    }
    LocalDateTime at = story.published();
    switch (dateLine) {
      case PUBLISHED -> {
        line(b, "Published: " + PUBLISHED_FORMAT.format(at));
        line(b, "By " + story.reporter());
      }
      case DOTTED -> line(b, story.reporter() + ", " + DOTTED_FORMAT.format(at));
      case AGENCY -> {
        String day = AGENCY_FORMAT.format(at);
        line(b, "By " + story.agency() + " - " + day + " - Last updated at " + day);
      }
    }
    line(b, story.caption());
    for (int i = 0; i < body.size(); i++) {
      String p = marks(body.get(i));
      if (i == 0 && dateline) {
        p = story.city().toUpperCase(Locale.ROOT) + " — " + p;
      }
      line(b, p);
      if (i == body.size() / 2 && repeatStandfirst) {
        line(b, marks(story.standfirst()));
      }
    }
    if (dateLine == DateLine.AGENCY) {
      line(b, story.agency());
    }
    if (related) {
      line(b, "Related Articles");
      story.teasers().forEach(t -> line(b, marks(t)));
    }
    return b.toString();
  }

  String slug() {
    return host.substring(0, host.indexOf('.'));
  }

  private String marks(String text) {
    return text.replace(String.valueOf(Story.OPEN), open)
        .replace(String.valueOf(Story.CLOSE), close)
        .replace(String.valueOf(Story.APOSTROPHE), apostrophe);
  }

  private void line(StringBuilder b, String text) {
    b.append(text).append(newline);
  }
}
