package coveragebot.corpus;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A publication date, with the time of day when the source gives one. No time zone: the sources
 * rarely state one, and we do not invent it.
 */
public record Published(LocalDate date, LocalTime time) {
  public Published {
    if (date == null) {
      throw new IllegalArgumentException("a publication date needs a date");
    }
  }

  /** ISO-8601: {@code 2024-11-05} or {@code 2024-11-05T09:07}. */
  public String iso() {
    return time == null ? date.toString() : date + "T" + time;
  }

  /** Parses what {@link #iso()} writes (used by config overrides). */
  public static Published parseIso(String iso) {
    int t = iso.indexOf('T');
    if (t < 0) {
      return new Published(LocalDate.parse(iso), null);
    }
    return new Published(
        LocalDate.parse(iso.substring(0, t)), LocalTime.parse(iso.substring(t + 1)));
  }
}
