package coveragebot.bench;

import static coveragebot.bench.Story.APOSTROPHE;
import static coveragebot.bench.Story.CLOSE;
import static coveragebot.bench.Story.OPEN;
import static coveragebot.bench.Vocabulary.pick;

import coveragebot.bench.Vocabulary.Speaker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes stories from the fixed lists: a lead, quotes with named speakers, dated events and
 * background, about 12 paragraphs. Every draw comes from the {@link Random} it is given, so a story
 * is a function of its seed.
 */
final class StoryWriter {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  Story write(int number, Random r) {
    Speaker speaker = pick(r, Vocabulary.SPEAKERS);
    String city = pick(r, Vocabulary.CITIES);
    LocalDateTime published =
        FIRST_DAY.plusDays(r.nextInt(700)).atTime(6 + r.nextInt(16), r.nextInt(60));
    String object = pick(r, Vocabulary.OBJECTS);
    String title =
        r.nextBoolean()
            ? speaker.surname()
                + " says "
                + pick(r, Vocabulary.SUBJECTS)
                + " "
                + verb(r)
                + " "
                + object
            : speaker.surname() + ": allies must " + OPEN + "stay united" + CLOSE + " on " + object;
    String standfirst =
        capital(pick(r, Vocabulary.SUBJECTS))
            + " fear difficult times ahead for "
            + object
            + " "
            + pick(r, Vocabulary.MODIFIERS)
            + ".";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(lead(r, speaker, published));
    int body = 9 + r.nextInt(5);
    for (int i = 0; i < body; i++) {
      int kind = r.nextInt(10);
      if (kind < 4) {
        paragraphs.add(quote(r, i == 0 ? speaker : pick(r, Vocabulary.SPEAKERS)));
      } else if (kind < 6) {
        paragraphs.add(event(r, published.toLocalDate()));
      } else {
        paragraphs.add(background(r, r.nextInt(14) == 0 ? 9 : 2 + r.nextInt(2)));
      }
    }
    List<String> teasers = new ArrayList<>();
    for (int i = 0; i < 2 + r.nextInt(2); i++) {
      teasers.add(
          capital(pick(r, Vocabulary.SUBJECTS))
              + " "
              + verb(r)
              + " "
              + pick(r, Vocabulary.OBJECTS));
    }
    String caption =
        speaker.name()
            + " speaks to reporters in "
            + city
            + " on "
            + weekday(published.toLocalDate())
            + ". — "
            + pick(r, List.of("Reuters", "AFP", "Getty Images"));
    String reporter =
        pick(r, List.of("Anna", "Pierre", "Laura", "Tom", "Ines", "Marek"))
            + " "
            + Vocabulary.pseudoName(r);
    return new Story(
        number,
        title,
        standfirst,
        published,
        city,
        pick(r, Vocabulary.AGENCIES),
        reporter,
        caption,
        paragraphs,
        teasers);
  }

  private static String lead(Random r, Speaker s, LocalDateTime published) {
    return s.role()
        + " "
        + s.name()
        + " said on "
        + weekday(published.toLocalDate())
        + " that "
        + pick(r, Vocabulary.SUBJECTS)
        + " "
        + verb(r)
        + " "
        + pick(r, Vocabulary.OBJECTS)
        + " "
        + pick(r, Vocabulary.MODIFIERS)
        + ", as "
        + pick(r, Vocabulary.SUBJECTS)
        + " in "
        + Vocabulary.pseudoName(r)
        + " "
        + verb(r)
        + " "
        + pick(r, Vocabulary.OBJECTS)
        + ".";
  }

  private static String quote(Random r, Speaker s) {
    String words = pick(r, Vocabulary.QUOTE_OPENINGS) + ", " + pick(r, Vocabulary.QUOTE_ENDINGS);
    String other = pick(r, Vocabulary.SPEAKERS).name();
    return switch (r.nextInt(3)) {
      case 0 ->
          OPEN
              + words
              + ","
              + CLOSE
              + " "
              + s.surname()
              + " said alongside "
              + other
              + ". "
              + sentence(r);
      case 1 ->
          s.role() + " " + s.name() + " said: " + OPEN + words + "." + CLOSE + " " + sentence(r);
      default ->
          s.surname()
              + " said he had "
              + OPEN
              + "no doubt"
              + CLOSE
              + " that "
              + pick(r, Vocabulary.SUBJECTS)
              + " would keep "
              + pick(r, Vocabulary.OBJECTS)
              + ", because it is "
              + OPEN
              + "in the interest of "
              + pick(r, Vocabulary.CITIES)
              + CLOSE
              + ".";
    };
  }

  private static String event(Random r, LocalDate published) {
    LocalDate day = published.minusDays(1 + r.nextInt(60));
    String date =
        r.nextBoolean()
            ? day.getDayOfMonth() + " " + month(day) + " " + day.getYear()
            : month(day) + " " + day.getDayOfMonth() + ", " + day.getYear();
    return "On "
        + date
        + ", "
        + pick(r, Vocabulary.SPEAKERS).name()
        + " "
        + pick(r, Vocabulary.EVENTS)
        + " in "
        + pick(r, Vocabulary.CITIES)
        + ", where officials from "
        + Vocabulary.pseudoName(r)
        + " presented plans for "
        + pick(r, Vocabulary.OBJECTS)
        + ". "
        + sentence(r);
  }

  private static String background(Random r, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      b.append(i == 0 ? "" : " ").append(sentence(r));
    }
    return b.toString();
  }

  private static String sentence(Random r) {
    String subject = pick(r, Vocabulary.SUBJECTS);
    String possessive = r.nextInt(4) == 0 ? Vocabulary.pseudoName(r) + APOSTROPHE + "s " : "";
    return capital(subject)
        + " "
        + verb(r)
        + " "
        + possessive
        + pick(r, Vocabulary.OBJECTS)
        + " "
        + pick(r, Vocabulary.MODIFIERS)
        + ".";
  }

  private static String verb(Random r) {
    return pick(r, Vocabulary.VERBS);
  }

  private static String weekday(LocalDate d) {
    return Vocabulary.WEEKDAYS.get(d.getDayOfWeek().getValue() - 1);
  }

  private static String month(LocalDate d) {
    return Vocabulary.MONTHS.get(d.getMonthValue() - 1);
  }

  static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
