package coveragebot.extract;

import coveragebot.corpus.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the mention a cue pointed at into a speaker: a name is itself; a pronoun goes to the last
 * speaker nearby, else to the most recent compatible person named; a role phrase goes to the person
 * the article introduced with that role; an unnamed description stays a description.
 */
final class Resolver {

  /** A pronoun carries on a speaker quoted at most this many paragraphs before. */
  static final int SPEAKER_REACH = 2;

  private final People people;

  Resolver(People people) {
    this.people = people;
  }

  /** Who was quoted last in this article, and in which region. */
  record LastSpeaker(String name, int region) {}

  Attribution resolve(
      Mention m,
      String cue,
      double confidence,
      int quoteStart,
      int region,
      LastSpeaker last,
      List<Mention> mentions,
      Map<String, List<Set<String>>> roles) {
    Span span = new Span(m.start(), m.end());
    return switch (m.type()) {
      case NAME -> {
        String how =
            m.reason() != null && m.reason().startsWith("one edit")
                ? " (" + m.text() + " -> " + m.person() + ": " + m.reason() + ")"
                : "";
        yield new Attribution(
            m.person(),
            m.text(),
            span,
            confidence,
            false,
            List.of(),
            cue.replace("X", m.text()) + how);
      }
      case PRONOUN -> pronoun(m, cue, confidence, quoteStart, region, last, mentions);
      case ROLE -> role(m, cue, confidence, roles, mentions);
      case UNNAMED ->
          new Attribution(
              null,
              m.text(),
              span,
              confidence,
              false,
              List.of(),
              "unnamed: " + cue.replace("X", m.text()));
    };
  }

  private Attribution pronoun(
      Mention m,
      String cue,
      double confidence,
      int quoteStart,
      int region,
      LastSpeaker last,
      List<Mention> mentions) {
    Span span = new Span(m.start(), m.end());
    String speaker =
        last != null
                && region - last.region() <= SPEAKER_REACH
                && people.gender(last.name()).compatible(m.gender())
            ? last.name()
            : null;
    String recent = null;
    int limit = Math.min(quoteStart, m.start());
    for (Mention x : mentions) {
      if (x.end() <= limit
          && x.type() == Mention.Type.NAME
          && people.gender(x.person()).compatible(m.gender())) {
        recent = x.person();
      }
    }
    String said = cue.replace("X", m.text());
    if (speaker == null && recent == null) {
      return new Attribution(
          null, m.text(), span, 0, false, List.of(), said + ", pronoun with no antecedent");
    }
    String arrow = "pronoun " + Lexicon.lower(m.text()) + " -> ";
    if (speaker == null) {
      return new Attribution(
          recent,
          m.text(),
          span,
          confidence * 0.8,
          false,
          List.of(),
          said + ", " + arrow + recent + " (last named)");
    }
    if (recent == null || recent.equals(speaker)) {
      return new Attribution(
          speaker,
          m.text(),
          span,
          confidence * 0.9,
          false,
          List.of(),
          said + ", " + arrow + speaker);
    }
    return new Attribution(
        speaker,
        m.text(),
        span,
        confidence * 0.65,
        false,
        List.of(speaker, recent),
        said + ", " + arrow + speaker + " (last speaker; " + recent + " named since)");
  }

  private static String nearestNameBefore(int at, List<Mention> mentions) {
    String nearest = null;
    for (Mention x : mentions) {
      if (x.end() <= at && x.type() == Mention.Type.NAME) {
        nearest = x.person();
      }
    }
    return nearest;
  }

  private Attribution role(
      Mention m,
      String cue,
      double confidence,
      Map<String, List<Set<String>>> roles,
      List<Mention> mentions) {
    Span span = new Span(m.start(), m.end());
    List<Roles.Candidate> found = Roles.resolve(m, roles);
    String said = cue.replace("X", m.text());
    if (found.isEmpty() && !Lexicon.ANONYMOUS_ROLES.contains(m.head())) {
      String nearest = nearestNameBefore(m.start(), mentions);
      if (nearest != null) {
        return new Attribution(
            nearest,
            m.text(),
            span,
            confidence * 0.5,
            false,
            List.of(),
            said + ", role " + m.text() + " given to no one; nearest person named: " + nearest);
      }
    }
    if (found.isEmpty()) {
      return new Attribution(
          null,
          m.text(),
          span,
          confidence * 0.6,
          false,
          List.of(),
          said + ", role " + m.text() + " held by no one named");
    }
    int top = found.get(0).score();
    List<String> tied =
        found.stream().filter(c -> c.score() == top).map(Roles.Candidate::person).toList();
    if (tied.size() > 1) {
      return new Attribution(
          null,
          m.text(),
          span,
          confidence * 0.5,
          true,
          tied,
          said + ", role " + m.text() + " fits " + String.join(" and ", tied));
    }
    return new Attribution(
        tied.get(0),
        m.text(),
        span,
        confidence * 0.85,
        false,
        found.size() > 1 ? found.stream().map(Roles.Candidate::person).toList() : List.of(),
        said + ", role " + Lexicon.lower(m.text()) + " -> " + tied.get(0));
  }
}
