package coveragebot.extract;

import coveragebot.corpus.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cue that names a quote's speaker, strongest first: "…," Rutte said / said Rutte right
 * after the quote; a colon introduction; "X said" earlier in the same sentence; "according to X";
 * the sentence's subject when it has a speech verb; a quote-only paragraph carrying on the previous
 * speaker; a person named in the sentence before or after. The mention the cue points at is then
 * resolved by {@link Resolver}.
 */
final class Attributor {

  private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+$");

  private final Resolver resolver;

  Attributor(Resolver resolver) {
    this.resolver = resolver;
  }

  /** What the attributor needs to know about one article. */
  record Article(
      String text,
      List<Region> regions,
      List<Mention> mentions,
      Map<String, List<Set<String>>> roles,
      List<List<Span>> sentences) {}

  Attribution attribute(
      Article a, RawQuote q, Resolver.LastSpeaker last, RawQuote previous, String previousSpeaker) {
    Region region = a.regions().get(q.region());
    String text = a.text();
    Span sentence =
        Sentences.containing(a.sentences().get(q.region()), q.marks().start(), q.marks().end());
    int open = q.marks().start();
    int close = Math.min(q.marks().end(), region.end());

    Mention after = Cues.mentionAt(a, Cues.skipJoiners(text, close, region.end()));
    if (after != null
        && after.start() < sentence.end()
        && Cues.speechVerbAfter(text, after.end(), region.end()) != null) {
      return resolve(
          a, after, "X " + Cues.speechVerbAfter(text, after.end(), region.end()), 0.95, q, last);
    }
    Tokens verb = Cues.firstWord(text, Cues.skipJoiners(text, close, region.end()), region.end());
    if (verb != null
        && verb.start(0) < sentence.end()
        && !verb.lower(0)
            .endsWith("ing") // "…", insisting Trump understood: Trump is not the speaker
        && verb.lowerIn(Lexicon.SPEECH_VERBS, 0)) {
      Mention subject = Cues.mentionAt(a, QuoteScanner.skipSpace(text, verb.end(0), region.end()));
      if (subject != null) {
        return resolve(a, subject, verb.text(0) + " X", 0.95, q, last);
      }
    }
    if (region.headline()) {
      int colon = text.lastIndexOf(':', region.end() - 1);
      Mention tail =
          colon > close
              ? Cues.mentionAt(a, QuoteScanner.skipSpace(text, colon + 1, region.end()))
              : null;
      if (tail != null && tail.end() == region.end()) {
        return resolve(a, tail, "headline colon: X", 0.9, q, last);
      }
    }
    String lead = text.substring(sentence.start(), open).stripTrailing();
    if (lead.endsWith(":")) {
      Mention intro =
          Cues.mentionEndingAt(
              a, Cues.trimEnd(text, sentence.start(), sentence.start() + lead.length() - 1));
      if (intro != null) {
        return resolve(a, intro, "colon intro: X", 0.9, q, last);
      }
    }
    Tokens words = Tokens.of(text, sentence.start(), open);
    int introducing = -1; // the last speech verb before the quote introduces it
    for (int i = words.size() - 1; i >= 0; i--) {
      if (!words.lowerIn(Lexicon.SPEECH_VERBS, i)) {
        continue;
      }
      introducing = introducing < 0 ? i : introducing;
      Mention adjacent = Cues.adjacentBefore(a, words, i);
      if (adjacent != null) {
        return resolve(a, adjacent, "X " + words.text(i) + " (same sentence)", 0.9, q, last);
      }
    }
    Matcher according = ACCORDING.matcher("");
    for (Mention m : a.mentions()) {
      if (m.start() >= sentence.start()
          && m.end() <= sentence.end()
          && according.reset(text.substring(sentence.start(), m.start())).find()) {
        return resolve(a, m, "according to X", 0.85, q, last);
      }
    }
    for (Mention m : a.mentions()) {
      if (introducing >= 0
          && m.start() >= sentence.start()
          && m.end() <= words.start(introducing)
          && !Cues.possessive(text, m)) {
        return resolve(a, m, "X, subject of \"" + words.text(introducing) + "\"", 0.8, q, last);
      }
    }
    boolean bare =
        a.mentions().stream()
            .noneMatch(m -> m.start() >= sentence.start() && m.end() <= sentence.end());
    if (bare
        && previous != null
        && previousSpeaker != null
        && q.region() - previous.region() <= 1) {
      return new Attribution(
          previousSpeaker,
          null,
          null,
          0.75,
          false,
          List.of(),
          "continuation of " + previousSpeaker);
    }
    Mention near = null;
    for (Mention m : a.mentions()) {
      if (m.type() == Mention.Type.NAME
          && m.start() >= region.start()
          && m.end() <= sentence.start()) {
        near = m;
      }
    }
    if (near != null) {
      return resolve(a, near, "X named in the sentence before", 0.5, q, last);
    }
    for (Mention m : a.mentions()) {
      if (m.type() == Mention.Type.NAME && m.start() >= sentence.end() && m.end() <= region.end()) {
        return resolve(a, m, "X named in the sentence after", 0.45, q, last);
      }
    }
    return Attribution.none("no speaker cue");
  }

  private Attribution resolve(
      Article a, Mention m, String cue, double conf, RawQuote q, Resolver.LastSpeaker last) {
    return resolver.resolve(
        m, cue, conf, q.marks().start(), q.region(), last, a.mentions(), a.roles());
  }
}
