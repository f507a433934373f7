package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import coveragebot.extract.ReportedSpeech;
import coveragebot.reply.CheckReply.Evidence;
import coveragebot.reply.Excerpt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the evidence of a check: exact spans of article text, with who said them when known. */
final class CheckEvidence {
  private final Map<String, Article> articles = new HashMap<>();

  /** Quotations by file, in text order: a look-up per evidence must not scan the corpus. */
  private final Map<String, List<Quotation>> byFile = new HashMap<>();

  /** Each form of a person's name the quotations know ({@link #key}), to that person's name. */
  private final Map<String, String> people = new HashMap<>();

  /** The last words of the names in {@link #people}: "stoltenberg". */
  private final java.util.Set<String> surnames = new java.util.HashSet<>();

  CheckEvidence(Corpus corpus, Quotations quotations) {
    corpus.articles().forEach(a -> articles.put(a.file(), a));
    quotations.all().forEach(q -> byFile.computeIfAbsent(q.file(), f -> new ArrayList<>()).add(q));
    for (coveragebot.extract.Person p : quotations.people()) {
      people.put(key(p.name()), p.name());
      p.aliases().forEach(alias -> people.putIfAbsent(key(alias), p.name()));
    }
    quotations.aliases().forEach(m -> people.putIfAbsent(key(m.alias()), m.canonical()));
    people.keySet().forEach(k -> surnames.add(k.substring(k.lastIndexOf(' ') + 1)));
  }

  private List<Quotation> in(String file) {
    return byFile.getOrDefault(file, List.of());
  }

  /** The article of file {@code file}, or null. */
  Article article(String file) {
    return articles.get(file);
  }

  /** The article text from {@code start} to {@code end}, as an excerpt with its speaker. */
  Evidence span(Article a, int start, int end, boolean supports) {
    String text = a.text().substring(start, end);
    Excerpt e =
        new Excerpt(
            text,
            a.file(),
            start,
            end,
            a.source(),
            Links.textFragment(a.source().url(), a.text(), start, end),
            List.of());
    String speaker = speaker(a.file(), start, end);
    if (speaker == null) {
      speaker = reporter(a, start, end);
    }
    if (speaker == null) {
      speaker = speakerOfAll(a.file(), start, end);
    }
    return new Evidence(e, speaker, supports);
  }

  /**
   * The outlet whose own words {@code found} are, when a claim credits them to {@code claimed}:
   * every place is outside any quotation, and its sentence has no speech verb and does not name
   * {@code claimed} (Khaleej Times' "Western allies fear turbulent times ahead ..." is no one's
   * quotation), or it stands in the narrator's clause after the speech verb ("..., Mark Rutte said
   * in Berlin Monday, as Washington's allies nervously await ..."); null otherwise, where the
   * speaker could be the one credited.
   */
  String ownVoice(String claimed, List<Evidence> found) {
    List<Words.Word> name = Words.of(claimed);
    String person = person(claimed);
    String outlet = null;
    for (Evidence e : found) {
      Article a = articles.get(e.excerpt().file());
      int start = e.excerpt().start();
      int end = e.excerpt().end();
      int[] paragraph = a == null ? null : BodyText.paragraphAt(a, start);
      if (paragraph == null
          || in(a.file()).stream()
              .anyMatch(q -> q.marks().start() < end && start < q.marks().end())) {
        return null; // in quote marks
      }
      // after ", as" that follows the speech verb: the narrator's clause, whoever the sentence
      // names
      boolean narrated = ReportedSpeech.narratedAfterSpeech(a.text(), paragraph[0], start);
      if (!narrated
          && (e.speaker() != null
              || ReportedSpeech.anySpeech(a.text(), paragraph[0], paragraph[1], start, end))) {
        return null; // someone (if only "they") is reported saying something
      }
      int from = BodyText.sentenceStart(a.text(), paragraph[0], start);
      int to = end;
      while (to < paragraph[1] && ".!?".indexOf(a.text().charAt(to - 1)) < 0) {
        to++;
      }
      String sentence = a.text().substring(from, to);
      if (!narrated
          && (Words.of(sentence).stream().anyMatch(w -> Differences.names(name, w))
              || namedIn(sentence).stream().anyMatch(n -> n.person().equals(person)))) {
        return null;
      }
      outlet = outlet == null ? a.source().outlet() : outlet;
    }
    return outlet;
  }

  /**
   * Who does what a claim says {@code claimed} did, in a passage {@code text} in which no one is
   * found speaking: the person the quotations know named last before the claim's {@code verb} (as
   * written) in its sentence, when that is not {@code claimed} ("Mr. Trump ... and has asserted his
   * ability ..." for a claim that Harris asserted it); else null.
   */
  String doerOf(String claimed, String verb, String text) {
    String person = person(claimed);
    for (Words.Word w : Words.of(text)) {
      if (!w.norm().equals(verb)) {
        continue;
      }
      int sentence = BodyText.sentenceStart(text, 0, w.start());
      List<Named> before = namedIn(text.substring(sentence, w.start()));
      if (!before.isEmpty()) {
        String doer = before.getLast().person();
        return doer.equals(person) ? null : doer;
      }
    }
    return null;
  }

  /**
   * Who the paragraph says spoke the words {@code [start, end)} of {@code a} when they stand
   * outside quote marks ("Rutte said he had no doubt that ..."), the nearest speech verb's speaker
   * ({@link ReportedSpeech}), or null.
   */
  private String reporter(Article a, int start, int end) {
    int[] paragraph = BodyText.paragraphAt(a, start);
    if (paragraph == null) {
      return null;
    }
    List<String> names = ReportedSpeech.around(a.text(), paragraph[0], paragraph[1], start, end);
    if (!names.isEmpty()) {
      return person(names.getFirst());
    }
    // "He said he knows both candidates well", after "Mark Rutte has been saying ..."
    int pronoun = ReportedSpeech.pronounSpeaking(a.text(), paragraph[0], paragraph[1], start, end);
    return pronoun < 0 ? null : antecedent(a, paragraph[0], pronoun);
  }

  /** Marks that open a quotation, and the mark that closes each. */
  private static final String OPENING = "“\"‘'";

  private static final String CLOSING = "”\"’'";

  /** Whether {@code text} opens with a quote mark ({@link #OPENING}). */
  static boolean opensQuotation(String text) {
    return !text.isEmpty() && OPENING.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * The person credited right after the quotation that opens at offset {@code at} of {@code a}
   * ("“He knows how to make compromises ...,” Mr. Stoltenberg articulated." gives Jens Stoltenberg,
   * for the "He"); null when no quote mark stands just before {@code at}, the quotation does not
   * close within its paragraph, or no person the quotations know follows it.
   */
  String quotedBy(Article a, int at) {
    String t = a.text();
    int mark = at > 0 ? OPENING.indexOf(t.charAt(at - 1)) : -1;
    if (mark < 0) {
      return null;
    }
    int end = t.indexOf('\n', at);
    end = end < 0 ? t.length() : end;
    int close = t.indexOf(CLOSING.charAt(mark), at);
    if (close < 0 || close >= end) {
      return null;
    }
    String after = t.substring(close + 1, Math.min(end, close + 60));
    List<Named> named = namedIn(after);
    return named.isEmpty() || after.substring(0, named.getFirst().start()).strip().length() > 6
        ? null
        : named.getFirst().person();
  }

  /**
   * Whom a "who" at offset {@code at} of {@code a} stands for: the person the quotations know named
   * last before it in its sentence ("Donald Trump" of "... former US President Donald Trump, the
   * Republican contender, who has raised doubts ..."); null when its sentence names no one before
   * it.
   */
  String relativeAntecedent(Article a, int paragraph, int at) {
    int from = BodyText.sentenceStart(a.text(), paragraph, at);
    List<Named> named = namedIn(a.text().substring(from, at));
    return named.isEmpty() ? null : named.getLast().person();
  }

  /**
   * Whom a "he" or "she" at offset {@code at} of {@code a} (in the paragraph from {@code
   * paragraph}) stands for: the one person the quotations know that the nearest sentence before it
   * naming any names, in its paragraph or else in the paragraph before; null when that sentence
   * names several, or none is named, where a reader could not tell either.
   */
  String antecedent(Article a, int paragraph, int at) {
    return antecedent(a, paragraph, at, null);
  }

  /**
   * As {@link #antecedent(Article, int, int)}, {@code speaker} (when not null) left out: a "he" in
   * someone's own quotation is someone else.
   */
  String antecedent(Article a, int paragraph, int at, String speaker) {
    Referent r = referent(a, paragraph, at, speaker);
    return r != null && r.alone() ? r.person() : null;
  }

  /**
   * Whom a pronoun stands for: {@code person}; {@code alone} when the sentence (or paragraph) it
   * was read from names no one else, otherwise that sentence opens with them, its subject.
   */
  record Referent(String person, boolean alone) {}

  /**
   * As {@link #antecedent(Article, int, int, String)}, or else, where that sentence (in the
   * paragraph before: that paragraph's last sentence naming anyone) names several people, the one
   * it opens with, its subject: "Trump" of "Trump, who sealed a dramatic comeback to power after
   * sweeping to victory against Democrat Kamala Harris, rattled NATO ...".
   */
  Referent referent(Article a, int paragraph, int at, String speaker) {
    String before = a.text().substring(paragraph, at);
    List<Named> named = namedIn(before).stream().filter(n -> !n.person().equals(speaker)).toList();
    if (!named.isEmpty()) {
      // the last sentence before {@code at} that names anyone
      int from = BodyText.sentenceStart(before, 0, named.getLast().start());
      return referent(before, from, named.stream().filter(n -> n.start() >= from).toList());
    }
    List<Passage> ps = a.passages();
    int first = -1;
    for (int i = 0; i < ps.size() && first < 0; i++) {
      if (ps.get(i).start() == paragraph) {
        first = i;
      }
    }
    if (first <= 0) {
      return null;
    }
    int previous = ps.get(first - 1).paragraph();
    java.util.Set<String> people = new java.util.LinkedHashSet<>();
    String lastText = null; // the paragraph's last passage that names anyone, and whom
    List<Named> lastNamed = List.of();
    for (int k = first - 1; k >= 0 && ps.get(k).paragraph() == previous; k--) {
      List<Named> in =
          namedIn(ps.get(k).text()).stream().filter(n -> !n.person().equals(speaker)).toList();
      in.forEach(n -> people.add(n.person()));
      if (lastText == null && !in.isEmpty()) {
        lastText = ps.get(k).text();
        lastNamed = in;
      }
    }
    if (people.size() == 1) {
      return new Referent(people.iterator().next(), true);
    }
    if (lastText == null) {
      return null;
    }
    int from = BodyText.sentenceStart(lastText, 0, lastNamed.getLast().start());
    Referent r =
        referent(lastText, from, lastNamed.stream().filter(n -> n.start() >= from).toList());
    return r == null || r.alone() ? null : r; // alone there, yet not in the whole paragraph
  }

  /**
   * Whom a pronoun after the sentence of {@code text} from {@code from} stands for, given the
   * people it names ({@code named}, in order): the one person, or the one it opens with; null when
   * it names several and opens with none of them.
   */
  private static Referent referent(String text, int from, List<Named> named) {
    List<String> people = named.stream().map(Named::person).distinct().toList();
    if (people.size() == 1) {
      return new Referent(people.getFirst(), true);
    }
    boolean opens = !named.isEmpty() && text.substring(from, named.getFirst().start()).isBlank();
    return opens ? new Referent(named.getFirst().person(), false) : null;
  }

  /**
   * Everyone the text {@code [start, end)} of {@code file} has speaking: the speakers of the
   * quotations in it and the names its sentences report as saying something, in text order.
   */
  List<String> speakersIn(String file, int start, int end) {
    List<String> out = new ArrayList<>();
    for (Quotation q : in(file)) {
      if (q.start() < end && start < q.end() && q.speaker() != null) {
        out.add(q.speaker());
      }
    }
    Article a = articles.get(file);
    if (a != null) {
      ReportedSpeech.within(a.text(), start, end).stream().map(this::person).forEach(out::add);
    }
    return out.stream().distinct().toList();
  }

  /**
   * Whether the quotations know a person by {@code written}, by its last words, or by its last word
   * as the last word of a name they know ("Stoltenberg" of "Jens Stoltenberg").
   */
  boolean knowsPerson(String written) {
    List<String> words = Text.words(written);
    return known(words) != null || !words.isEmpty() && surnames.contains(words.getLast());
  }

  /** The quotations' person for {@code words} (lower case) or for its last words, or null. */
  private String known(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String known = people.get(String.join(" ", words.subList(i, words.size())));
      if (known != null) {
        return known;
      }
    }
    return null;
  }

  /**
   * The person a name as written stands for ("Mr. Stoltenberg", "German Chancellor Olaf Scholz"):
   * the quotations' person for it or for its last words, else the name as written.
   */
  String person(String written) {
    List<String> joint = ReportedSpeech.names(written);
    if (joint.size() > 1) { // "Mark Rutte and Ursula von der Leyen": both, each as known
      return String.join(ReportedSpeech.JOINT, joint.stream().map(this::person).toList());
    }
    String known = known(Text.words(written));
    return known != null ? known : written;
  }

  /**
   * The pronouns that open a paragraph as its subject or its subject's owner ("His leadership"),
   * standing for someone named before.
   */
  private static final java.util.Set<String> SUBJECT_PRONOUNS =
      java.util.Set.of("He", "She", "His", "Her");

  /**
   * The person an opening "He", "She", "His" or "Her" of passage {@code p} stands for ({@link
   * #referent}): the one person the quotations know whom the paragraph before names ("Rutte
   * underscored ..." before "He described ..."), or the one its last sentence naming people opens
   * with; the speaker left out when the pronoun opens their quotation. Null when {@code p} opens no
   * paragraph with such a pronoun, or when that paragraph names no one, or several people and its
   * sentence opens with none of them, where a reader could not tell either.
   */
  Referent standsFor(Passage p) {
    int space = p.text().indexOf(' ');
    Article a = articles.get(p.file());
    // "“He knows ...,” Mr. Stoltenberg articulated.": the pronoun opens a quotation
    int quoted = opensQuotation(p.text()) ? 1 : 0;
    if (space < 0 || !SUBJECT_PRONOUNS.contains(p.text().substring(quoted, space)) || a == null) {
      return null;
    }
    int[] paragraph = BodyText.paragraphAt(a, p.start());
    if (paragraph == null || paragraph[0] != p.start()) {
      return null; // not the paragraph's first passage
    }
    String speaker = quoted == 1 ? quotedBy(a, p.start() + 1) : null;
    return referent(a, paragraph[0], p.start(), speaker);
  }

  /** A person the quotations know, named in a text at {@code [start, end)}. */
  private record Named(String person, int start, int end) {}

  /**
   * The people the quotations know that {@code text} names, in order: capitalised runs of up to
   * three words, a sentence's first word too ("Rutte underscored ..."), the longest first.
   */
  private List<Named> namedIn(String text) {
    List<Named> out = new ArrayList<>();
    List<Words.Word> words = Words.of(text);
    for (int i = 0; i < words.size(); i++) {
      if (!Character.isUpperCase(text.codePointAt(words.get(i).start()))) {
        continue;
      }
      for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
        int start = words.get(i).start();
        int end = words.get(i + n - 1).end();
        String known = people.get(key(unpossessed(text.substring(start, end))));
        if (known != null) {
          out.add(new Named(known, start, end));
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /** Whether word {@code w} of {@code text} is (part of) a person the quotations know. */
  boolean knownPerson(String text, Words.Word w) {
    return people.containsKey(key(text.substring(w.start(), w.end())));
  }

  /**
   * Where {@code text} names a person the quotations know, as {@code [start, end)} of the name as
   * written ("Mark Rutte" of "NATO Secretary General Mark Rutte, reaffirmed"), when it names one
   * such person only; else null.
   */
  int[] onePersonIn(String text) {
    List<Named> named = namedIn(text);
    if (named.isEmpty()
        || named.stream().anyMatch(n -> !n.person().equals(named.get(0).person()))) {
      return null;
    }
    return new int[] {named.get(0).start(), named.get(0).end()};
  }

  /** A name without its possessive: "Trump's" (or "Trump’s") as "Trump". */
  private static String unpossessed(String name) {
    return name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
  }

  /** A name's words, lower case, one space apart: "Mr. Rutte" as "mr rutte". */
  private static String key(String name) {
    return String.join(" ", Text.words(name));
  }

  /**
   * The text of {@code x} and up to {@code chars} characters after it in its article: where a
   * currency word follows a figure ("40 billion" then "euros").
   */
  String withNext(Excerpt x, int chars) {
    Article a = articles.get(x.file());
    return a == null
        ? x.text()
        : a.text().substring(x.start(), Math.min(a.text().length(), x.end() + chars));
  }

  Evidence passage(Passage p, boolean supports) {
    // a passage may hold several quotations: no single speaker is claimed for it
    return new Evidence(Excerpts.of(p), null, supports);
  }

  /**
   * Where the quote marks are of the quotation (not a title) that holds {@code [start, end)} of
   * {@code file}, marks included; null when the span is in none.
   */
  coveragebot.corpus.Span quotationMarks(String file, int start, int end) {
    for (Quotation q : in(file)) {
      if (q.start() <= start && end <= q.end() && q.kind() != Quotation.Kind.TITLE) {
        return q.marks();
      }
    }
    return null;
  }

  /**
   * The speaker of the quotation that holds the span, or null when none is known. The span must lie
   * within the quotation's words (within one of its pieces when it runs over several paragraphs):
   * narration that merely runs into a quotation ("...the outcome of the vote. "Whoever wins...") is
   * nobody's words.
   */
  String speaker(String file, int start, int end) {
    for (Quotation q : in(file)) {
      if (q.start() <= start
          && end <= q.end()
          && q.speaker() != null
          && q.kind() != Quotation.Kind.TITLE
          && inOnePiece(q, start, end)) {
        return q.speaker();
      }
    }
    return null;
  }

  /**
   * The one speaker of every quotation the span runs into, when it runs over several ("He knows how
   * to make compromises ..." Mr. Stoltenberg articulated. "NATO will be in safe hands."), or null
   * when they have none, or more than one.
   */
  private String speakerOfAll(String file, int start, int end) {
    String one = null;
    for (Quotation q : in(file)) {
      if (q.start() < end && start < q.end() && q.kind() != Quotation.Kind.TITLE) {
        if (q.speaker() == null || (one != null && !one.equals(q.speaker()))) {
          return null;
        }
        one = q.speaker();
      }
    }
    return one;
  }

  private static boolean inOnePiece(Quotation q, int start, int end) {
    return q.segments().size() <= 1
        || q.segments().stream().anyMatch(s -> s.start() <= start && end <= s.end());
  }

  /** The quotation (not a title) that holds the span, if any: /compare shows it whole. */
  java.util.Optional<Quotation> quotation(String file, int start, int end) {
    return in(file).stream()
        .filter(q -> q.start() <= start && end <= q.end())
        .filter(q -> q.kind() != Quotation.Kind.TITLE)
        .findFirst();
  }

  /** "Stoltenberg" and "Mr. Stoltenberg" name Jens Stoltenberg: any shared name word counts. */
  static boolean sameName(String claimed, String known) {
    List<String> a = Text.words(claimed.toLowerCase(Locale.ROOT));
    List<String> b = Text.words(known.toLowerCase(Locale.ROOT));
    return a.stream().anyMatch(w -> w.length() > 2 && b.contains(w));
  }
}
