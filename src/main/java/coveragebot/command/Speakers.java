package coveragebot.command;

import coveragebot.extract.Person;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The people who are actually quoted (not merely named), for look-ups and /speakers. */
final class Speakers {
  private Speakers() {}

  static List<Person> quoted(Quotations q) {
    Set<String> speaking = new HashSet<>();
    for (Quotation x : q.all()) {
      if (x.speaker() != null) {
        speaking.add(x.speaker());
      }
    }
    return q.people().stream().filter(p -> speaking.contains(p.name())).toList();
  }
}
