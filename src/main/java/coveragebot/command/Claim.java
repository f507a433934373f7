package coveragebot.command;

import coveragebot.extract.ReportedSpeech;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim as typed, split into who it says spoke and the words to look for.
 *
 * @param text the claim without Discord mentions and markdown
 * @param body the words to find in the sources (the quotation when the claim quotes someone)
 * @param speaker who the claim says spoke, or null
 * @param quoted true when the claim presents words as a quotation (quote marks), so a close but
 *     unequal source is a {@code variant}; an unquoted claim is a statement of fact instead
 * @param context what the claim says of the occasion or the speaker, checked by {@link
 *     ClaimContext}: between its speech verb and its quotation ("in Berlin" of 'Rutte said in
 *     Berlin: "..."'), before the speaker ("Speaking in Berlin on Monday, Rutte said ..."), after
 *     the speaker's name ("Mr. Rutte, a former Prime Minister of Belgium, said ...", as "by Mr.
 *     Rutte, a former ..."), or before reported speech ({@link #occasionApart}); or null
 */
record Claim(
    String text, String body, String speaker, boolean quoted, String unnamed, String context) {

  /** A claim with nothing said of the occasion between its verb and its quotation. */
  Claim(String text, String body, String speaker, boolean quoted, String unnamed) {
    this(text, body, speaker, quoted, unnamed, null);
  }

  /**
   * A claim whose speaker is written as a name, or not named ({@code unnamed} null).
   *
   * @param unnamed how the claim describes its speaker when that is not a name ("the outgoing NATO
   *     chief"): not compared with the sources' speakers, and the reply says so; else null
   */
  Claim(String text, String body, String speaker, boolean quoted) {
    this(text, body, speaker, quoted, null);
  }

  /**
   * For a claim of reported speech whose body opens with the occasion ('Rutte said on Monday that
   * whoever wins ...', 'Rutte said at a press conference in Berlin he had ...'), the same claim
   * with what was said as its body and the occasion as its {@link #context}; null for any other
   * claim. The occasion is a preposition and at most {@link #BEFORE_QUOTATION} more words, without
   * a speech verb.
   */
  Claim occasionApart() {
    if (speaker == null || quoted || context != null) {
      return null;
    }
    Matcher m = OCCASION.matcher(body);
    if (!m.matches()) {
      return null;
    }
    List<String> occasion = List.of(m.group(1).split("\\s+"));
    if (occasion.size() > BEFORE_QUOTATION + 1
        || occasion.stream().anyMatch(w -> SPEECH.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
      return null;
    }
    String said = m.group(2) != null ? m.group(2) : m.group(3);
    return new Claim(text, said.strip(), speaker, false, unnamed, m.group(1));
  }

  /**
   * For a claim of what someone called something, without quote marks ("Rutte labelled support by
   * Pyongyang a very serious development"), the same claim with what they called it as its body
   * (the sources write it "labelling support by Pyongyang a "very serious development ..."", the
   * speaker the subject of the sentence) and the name as its speaker; null for any other claim.
   */
  Claim characterisedApart() {
    if (speaker != null || quoted || context != null) {
      return null;
    }
    Matcher m = CHARACTERISED.matcher(body);
    return m.matches() ? new Claim(text, m.group(2).strip(), m.group(1).strip(), false) : null;
  }

  /**
   * For a claim that tells two things of one name, the second in a clause about it ("Rutte, who
   * took office on 1 October, congratulated Trump on Wednesday"; "Stoltenberg, a former prime
   * minister of Norway, stepped down"), the two statements it joins, the main one first ("Rutte
   * congratulated Trump on Wednesday", "Rutte took office on 1 October"; "Stoltenberg stepped
   * down", "Stoltenberg is a former prime minister of Norway"); null for any other claim.
   */
  List<Claim> clausesApart() {
    if (speaker != null || quoted || context != null) {
      return null;
    }
    Matcher m = CLAUSE.matcher(body);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1);
    String clause = m.group(2) != null ? m.group(2) : "is " + m.group(3);
    String rest = m.group(4).strip().replaceFirst("[.!]$", "");
    return List.of(
        new Claim(text, name + " " + rest, null, false),
        new Claim(text, name + " " + clause.strip(), null, false));
  }

  /**
   * A name of one to four capitalised words, then a clause about it between commas: "who ..." or an
   * appositive ("a former ...", "the ..."), then the rest ({@link #clausesApart}).
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}),\\s+"
              + "(?:who\\s+([^,;:\"“”]+)|((?:a|an|the)\\s+[^,;:\"“”]+)),\\s+(\\p{Ll}.*)$");

  /**
   * A body that opens with an occasion, then "that" or the reported speech's pronoun ("on Monday he
   * had ..."): {@link #occasionApart}.
   */
  private static final Pattern OCCASION =
      Pattern.compile(
          "^((?:on|in|at|during|after|before|alongside|while|from)\\s+[^;:\"“”]+?),?\\s+"
              + "(?:that\\s+(\\S.*)|((?:he|she|they|we|it|I)\\s+\\S.*))$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The claim's words before its {@link #body} ("Rutte said "), which give the body's tense; empty
   * when the body is where the claim starts or is not cut from it.
   */
  String lead() {
    int at = text.indexOf(body);
    return at > 0 ? text.substring(0, at) : "";
  }

  /**
   * The quotations of a quoted body that joins several with the speaker's saying in between ('"His
   * leadership will again be key ...," adding: "I look forward ..."', '"...," he added, "..."',
   * '"...," adding that it was "..."'), in order; the body alone when it joins none. The words in
   * between are at most {@link #JOIN_WORDS}, with a speech verb (or "adding", "saying", ...) or a
   * bare "and", and no name but the speaker's next to the verb ('"...," Scholz added, "..."');
   * '"..." to Europe and "..."' is one quotation.
   */
  List<String> quotations() {
    if (!quoted) {
      return List.of(body);
    }
    List<String> out = new java.util.ArrayList<>();
    Matcher m = JOINED.matcher(body);
    int from = 0;
    while (m.find()) {
      if (joins(m.group(1))) {
        out.add(TRAILING.matcher(body.substring(from, m.start())).replaceAll(""));
        from = m.end();
      }
    }
    if (out.isEmpty()) {
      return List.of(body);
    }
    out.add(TRAILING.matcher(body.substring(from)).replaceAll(""));
    return out;
  }

  /** The spaces and commas a quotation ends with before the words that join it to the next. */
  private static final Pattern TRAILING = Pattern.compile("[\\s,;:]+$");

  /** A quotation's end, the words after it, and the next quotation's start. */
  private static final Pattern JOINED =
      Pattern.compile("(?<=\\S)[\"”][,.;:!?]*\\s+([^\"“”]{1,80}?)\\s*[,:.]?\\s+[\"“](?=\\S)");

  /** At most this many words between two quotations of one claim. */
  private static final int JOIN_WORDS = 8;

  /** Words that carry a claim's quoting on to a next quotation besides {@link #SPEECH}. */
  private static final java.util.Set<String> JOINING =
      java.util.Set.of(
          "adding",
          "saying",
          "noting",
          "stressing",
          "insisting",
          "warning",
          "explaining",
          "continuing",
          "arguing",
          "concluding");

  /**
   * Participles that report speech in a source's sentence besides {@link #JOINING}: "he said,
   * labelling support by Pyongyang a "..."".
   */
  private static final java.util.Set<String> REPORTING =
      java.util.Set.of(
          "labelling", "labeling", "calling", "describing", "telling", "writing", "declaring");

  /**
   * Whether a word (lower case) reports what someone said, as a claim or a source writes it: a
   * speech verb ("said", "told"), a verb that names what was said ("labelled", "called") or a
   * participle ("adding", "labelling").
   */
  static boolean reportsSpeech(String norm) {
    return SPEECH.contains(norm)
        || CHARACTERISING.contains(norm)
        || JOINING.contains(norm)
        || REPORTING.contains(norm);
  }

  private static boolean saying(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return SPEECH.contains(lower) || JOINING.contains(lower);
  }

  private boolean joins(String between) {
    List<String> words =
        java.util.Arrays.stream(between.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty() || words.size() > JOIN_WORDS) {
      return false;
    }
    if (words.size() == 1 && words.getFirst().equals("and")) {
      return true;
    }
    List<String> speakers = speaker == null ? List.of() : List.of(speaker.split("\\s+"));
    boolean saying = false;
    for (int i = 0; i < words.size(); i++) {
      saying |= saying(words.get(i));
      String w = words.get(i);
      boolean someone =
          Character.isUpperCase(w.codePointAt(0))
              && !PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT))
              && !speakers.contains(w);
      // '"...," Scholz said, "..."': someone else's words; not a place further on ("labelling
      // support by Pyongyang a")
      if (someone
          && (i > 0 && saying(words.get(i - 1))
              || i + 1 < words.size() && saying(words.get(i + 1)))) {
        return false;
      }
    }
    return saying;
  }

  /** The verbs that put words in someone's mouth, as a claim writes them. */
  private static final List<String> SPEECH =
      List.of(
          "said",
          "says",
          "stated",
          "states",
          "told",
          "tells",
          "added",
          "adds",
          "remarked",
          "insisted",
          "insists",
          "asserted",
          "asserts",
          "affirmed",
          "commented",
          "articulated",
          "warned",
          "warns",
          "promised",
          "pledged",
          "vowed",
          "noted",
          "notes",
          "expressed",
          "declared",
          "argued",
          "explained",
          "claimed",
          "stressed",
          "emphasised",
          "emphasized",
          "wrote",
          "writes",
          "tweeted",
          "posted",
          "announced",
          "acknowledged",
          "admitted",
          "replied",
          "continued");

  private static final String VERBS = String.join("|", SPEECH);

  /** A word of a written date, with its comma: "Wednesday,", "November", "6,", "2024", "on". */
  private static final Pattern DATE_PART =
      Pattern.compile(
          "(?:on|in|\\d{1,4}(?:st|nd|rd|th)?|"
              + String.join("|", ClaimContext.CALENDAR_WORDS)
              + ")[,.]?");

  /**
   * Verbs that put a quoted phrase in someone's mouth as the name they give a thing: 'Rutte called
   * it "a very serious development"', 'described it as "..."'. Only before a quotation ({@link
   * #credited}): "Rutte called Trump" alone says nothing was quoted.
   */
  private static final java.util.Set<String> CHARACTERISING =
      java.util.Set.of(
          "called", "calls", "described", "describes", "labelled", "labeled", "termed", "dubbed");

  /**
   * Of {@link #SPEECH}, the verbs that also take a thing as object: "claimed victory", "announced
   * his resignation", "expressed confidence", "declared war". Before plain words they report speech
   * only with "that", a colon or a quotation after them.
   */
  private static final List<String> TAKES_OBJECT =
      List.of(
          "claimed",
          "announced",
          "expressed",
          "declared",
          "acknowledged",
          "admitted",
          "continued",
          "posted",
          "promised",
          "pledged",
          "vowed",
          "articulated",
          "stressed",
          "emphasised",
          "emphasized",
          "noted",
          "notes",
          "tweeted",
          "wrote",
          "writes");

  private static final String SAYING_VERBS =
      String.join("|", SPEECH.stream().filter(v -> !TAKES_OBJECT.contains(v)).toList());

  private static final String OBJECT_VERBS = String.join("|", TAKES_OBJECT);

  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of("he", "she", "they", "it", "we", "i", "you");

  /**
   * A person's name: capitalised words, with the small words names hold between them ("Ursula von
   * der Leyen", "Ludwig van Beethoven", "Bashar al Assad"), of which none ends it; the small words
   * are the ones the sources' names are read with ({@link ReportedSpeech#NAME_PARTICLES}).
   */
  private static final String NAME_WORDS =
      "(?:[A-Z][\\p{L}.'-]*\\s+(?:(?:"
          + String.join("|", ReportedSpeech.NAME_PARTICLES)
          + ")\\s+){0,2}){0,3}[A-Z][\\p{L}'-]+";

  /** {@link #NAME_WORDS} as a group. */
  private static final String NAME = "(" + NAME_WORDS + ")";

  /**
   * {@link #NAME}, or two joined by "and", the second perhaps with its small words first ("Rutte
   * and von der Leyen"), as one group: who said the words of '"...," Rutte and von der Leyen said'.
   */
  private static final String NAMES =
      "("
          + NAME_WORDS
          + "(?:\\s+and\\s+(?:(?:"
          + String.join("|", ReportedSpeech.NAME_PARTICLES)
          + ")\\s+){0,2}"
          + NAME_WORDS
          + ")?)";

  // guillemets either way round («...», »...«) and the German „...“ too
  private static final String OPEN = "[\"“‘'«»„‚]";
  private static final String CLOSE = "[\"”’'»«“‘]";

  /** A quotation at the end of a claim, and what comes before it. */
  private static final Pattern ENDS_QUOTED =
      Pattern.compile("^(.*?\\S)(?:\\s*[:,]\\s*|\\s+)(" + OPEN + ".+" + CLOSE + "[.,!?]*)$");

  /** Rutte said: "..." / Rutte said that ... / Harris announced that ..., not "claimed victory". */
  private static final Pattern BEFORE =
      Pattern.compile(
          "^"
              + NAMES
              + "\\s+(?:(?:"
              + SAYING_VERBS
              + ")(?:\\s+that)?[:,]?|(?:"
              + OBJECT_VERBS
              + ")(?:\\s+that[:,]?|[:,](?=\\s*"
              + OPEN
              + ")|(?=\\s+"
              + OPEN
              + ")))\\s+(.+)$");

  /** A name, a verb of {@link #CHARACTERISING} and the rest ({@link #characterisedApart}). */
  private static final Pattern CHARACTERISED =
      Pattern.compile(
          "^"
              + NAMES
              + "\\s+(?:"
              + String.join("|", CHARACTERISING)
              + ")\\s+(?!(?:for|on|upon|off|out|up|in)\\b)(\\S.+)$"); // not "called for"

  /**
   * "...," Rutte said. / "...," said Rutte. / "...," Rutte said in Berlin on Monday.: up to five
   * words after the speaker and verb say where or when (the claim's {@code context}).
   */
  private static final Pattern AFTER =
      Pattern.compile(
          "^("
              + OPEN
              + ".+"
              + CLOSE
              + ")[,.]?\\s+(?:"
              + NAMES
              + "\\s+(?:"
              + VERBS
              + ")|(?:"
              + VERBS
              + ")\\s+"
              + NAME
              + ")((?:,?\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){1,5})?\\.?$");

  /** "..." - Rutte / "..." — Mark Rutte */
  private static final Pattern DASHED =
      Pattern.compile("^(" + OPEN + ".+" + CLOSE + ")[,.]?\\s*[-–—]+\\s*" + NAME + "\\.?$");

  /**
   * "...," Rutte said, adding "...". / "...," said Rutte. "...," he added.: the speaker between two
   * quotations; the body keeps the words between them for {@link #quotations} to split.
   */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "^"
              + OPEN
              + "(.+?"
              + CLOSE
              + "[,.]?\\s+(?:(?:"
              + NAME
              + "|he|she|they|we|I)\\s+(?:"
              + VERBS
              + ")|(?:"
              + VERBS
              + ")\\s+"
              + NAME
              + ")[,:.]?\\s+.{0,60}?"
              + OPEN
              + ".+)"
              + CLOSE
              + "[.,!?]*(?:\\s+(?:he|she|they)\\s+(?:"
              + VERBS
              + ")\\.?)?$");

  /** Rutte: "..." */
  private static final Pattern COLON =
      Pattern.compile("^" + NAME + ":\\s*(" + OPEN + ".+" + CLOSE + "[.,!?]*)$");

  /** According to Rutte, ... */
  private static final Pattern ACCORDING_BEFORE =
      Pattern.compile("^[Aa]ccording to " + NAME + ",\\s*(.+)$");

  /** ..., according to Rutte. */
  private static final Pattern ACCORDING_AFTER =
      Pattern.compile("^(.+?),?\\s+according to " + NAME + "\\.?$");

  private static final Pattern WRAPPED = Pattern.compile("^" + OPEN + "(.+)" + CLOSE + "[.,!?]*$");

  static Claim parse(String typed) {
    String text = clean(typed);
    Claim fronted = fronted(text);
    if (fronted != null) {
      return fronted;
    }
    Claim between = spokenBetween(text);
    if (between != null) {
      return between;
    }
    Claim credited = credited(text);
    if (credited != null) {
      return credited;
    }
    String speaker = null;
    String body = text;
    String context = null;
    Matcher m;
    if ((m = BEFORE.matcher(text)).matches()
        || (m = COLON.matcher(text)).matches()
        || (m = ACCORDING_BEFORE.matcher(text)).matches()) {
      speaker = m.group(1).strip();
      body = m.group(2).strip();
    } else if ((m = AFTER.matcher(text)).matches()) {
      speaker = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
      body = m.group(1).strip();
      context = m.group(4) == null ? null : m.group(4).replaceFirst("^,?\\s+", "");
    } else if ((m = DASHED.matcher(text)).matches()
        || (m = ACCORDING_AFTER.matcher(text)).matches()) {
      speaker = m.group(2).strip();
      body = m.group(1).strip();
    }
    if (speaker != null && PRONOUNS.contains(speaker.toLowerCase(java.util.Locale.ROOT))) {
      speaker = null; // "He told allies ...": a pronoun credits no one
    }
    Matcher w = WRAPPED.matcher(body);
    boolean quoted = w.matches();
    if (quoted) {
      body = w.group(1).strip();
    }
    return new Claim(text, body, speaker, quoted, null, context);
  }

  /**
   * A claim that opens with its occasion before the speaker ("Speaking in Berlin on Monday, Rutte
   * said ...", "At a press conference, Rutte said ..."): the rest read as a claim, with the
   * occasion as its {@link #context} ("in Berlin on Monday", a participle before a preposition left
   * out); null when the text opens otherwise or the rest credits no one.
   */
  private static Claim fronted(String text) {
    Matcher m = FRONTED.matcher(text);
    if (!m.matches()) {
      return null;
    }
    Claim inner = parse(m.group(2));
    if (inner.speaker() == null && inner.unnamed() == null) {
      inner = inner.characterisedApart(); // "..., Rutte labelled support by Pyongyang a ..."
    }
    if (inner == null) {
      return null; // "On Thursday, Rutte congratulated Trump": the date is the claim's
    }
    String occasion = m.group(1).replaceFirst("^(?i:speaking|talking|writing)\\s+(?=\\p{Ll})", "");
    // its first word is no name: "At", "Addressing"
    occasion = Character.toLowerCase(occasion.charAt(0)) + occasion.substring(1);
    return new Claim(
        text,
        inner.body(),
        inner.speaker(),
        inner.quoted(),
        inner.unnamed(),
        inner.context() == null ? occasion : occasion + " " + inner.context());
  }

  /** An occasion, then a comma and the rest ({@link #fronted}). */
  private static final Pattern FRONTED =
      Pattern.compile(
          "^((?:Speaking|Talking|Writing|Addressing|At|In|On|During|After|Before|Alongside)\\s"
              + "[^,;:\"“”]{1,80}),\\s+(\\p{Lu}.+)$");

  /** A claim of {@link #BETWEEN}'s form that {@link #quotations} splits in two or more; or null. */
  private static Claim spokenBetween(String text) {
    Matcher m = BETWEEN.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(2) != null ? m.group(2) : m.group(3);
    Claim claim = new Claim(text, m.group(1).strip(), name == null ? null : name.strip(), true);
    return claim.quotations().size() > 1 ? claim : null;
  }

  /**
   * At most this many words between a speech verb and its quotation, a date's words not counted:
   * "Rutte said alongside French President Emmanuel Macron: "..."" has five.
   */
  private static final int BEFORE_QUOTATION = 6;

  /** As {@link #BEFORE_QUOTATION}, when a colon stands before the quotation. */
  private static final int COLON_REACH = 12;

  /**
   * A quotation credited by the words before it: a speech verb (or one of {@link #CHARACTERISING}),
   * with who spoke before it and at most six words between it and the quotation ("Rutte told
   * reporters", "Rutte wrote on X", "Rutte called it", "Mark Rutte, NATO's chief, said", "the
   * outgoing NATO chief said", "he said"), twelve before a colon; or null. The speaker is the words
   * before the verb, up to a comma, when they are a name; a pronoun credits no one; any other
   * description is kept as {@code unnamed}.
   */
  private static Claim credited(String text) {
    Matcher m = ENDS_QUOTED.matcher(text);
    if (!m.matches()) {
      return null;
    }
    List<String> words = List.of(m.group(1).strip().split("\\s+"));
    int frame = frame(words);
    // a colon before the quotation marks it as the speaker's however long the occasion before it
    // ('Mr. Rutte said, shortly before assuming the role of NATO Secretary General: "..."')
    int reach =
        text.substring(0, m.start(2)).strip().endsWith(":") ? COLON_REACH : BEFORE_QUOTATION;
    int verb = -1;
    // at most six words between the verb and the quotation, not counting those of a date ("on
    // Wednesday, November 6, 2024") or the reported speech's own ("that he had")
    for (int i = words.size() - 1, between = 0; i >= 1 && verb < 0 && between <= reach; i--) {
      // "said," of "Mr. Rutte said, shortly before ...: "
      String w = words.get(i).toLowerCase(java.util.Locale.ROOT).replaceFirst(",$", "");
      if (SPEECH.contains(w) || CHARACTERISING.contains(w)) {
        verb = i;
      } else if (i < frame && !DATE_PART.matcher(w).matches()) {
        between++;
      }
    }
    if (verb < 1) {
      return null;
    }
    Matcher w = WRAPPED.matcher(m.group(2));
    if (!w.matches()) {
      return null;
    }
    String body = w.group(1).strip();
    String subject = String.join(" ", words.subList(0, verb));
    String who = subject.contains(",") ? subject.substring(0, subject.indexOf(',')) : subject;
    who = who.strip();
    int size = Words.of(body).size();
    boolean pronoun = PRONOUNS.contains(who.toLowerCase(java.util.Locale.ROOT));
    String named = pronoun ? null : named(who);
    if (size < CheckCommand.MIN_WORDS && (size < 2 || named == null)) {
      // one word in quote marks is a scare quote ('strong'), and two without a named speaker a
      // fragment: too short a claim alone, so the whole sentence is the claim; two words a named
      // speaker said ('Rutte told allies to "stop worrying"') are checked as theirs
      return null;
    }
    String between = String.join(" ", words.subList(verb + 1, words.size())).strip();
    String context = between.isEmpty() ? null : between;
    // what the claim says of its speaker ("Mr. Rutte, a former Prime Minister of Belgium, said")
    // is checked as the occasion is: the sources' sentences of the quotation name the speaker
    String described = subject.contains(",") ? subject.substring(subject.indexOf(',') + 1) : "";
    described = described.replaceAll(",\\s*$", "").strip();
    if (named != null && !described.isEmpty()) {
      context = "by " + who + ", " + described + (context == null ? "" : " " + context);
    }
    if (pronoun) {
      return new Claim(text, body, null, true, null, context);
    }
    if (named != null) {
      return new Claim(text, body, named, true, null, context);
    }
    return new Claim(text, body, null, true, subject.replaceAll(",\\s*$", ""), context);
  }

  /**
   * Where the words before a quotation end with the reported speech's own subject and verb, which
   * frame the quotation as the speaker's ("that he had" of 'Rutte said at a press conference in
   * Berlin on Monday that he had "no doubt"'): a pronoun one or two words before the quotation,
   * with the "that" before it; {@code words.size()} when there is none.
   */
  private static int frame(List<String> words) {
    for (int p = words.size() - 2; p >= Math.max(1, words.size() - 3); p--) {
      if (PRONOUNS.contains(words.get(p).toLowerCase(java.util.Locale.ROOT))) {
        return words.get(p - 1).equalsIgnoreCase("that") ? p - 1 : p;
      }
    }
    return words.size();
  }

  /** Words before a name that make it someone else's: "a spokesman for Trump" is not Trump. */
  private static final java.util.Set<String> NOT_THE_NAMES_OWN =
      java.util.Set.of("for", "of", "to", "with", "by", "from", "at", "in", "on", "about", "near");

  /**
   * The person a claim's subject names, or null: the subject itself when it is a name ("German
   * Chancellor Olaf Scholz"); the name it ends with after a role ("Former NATO chief Jens
   * Stoltenberg", not "a spokesman for Trump"); two such joined by "and" ("Rutte and Stoltenberg"),
   * kept joined ({@link ReportedSpeech#JOINT}) so that each is compared.
   */
  static String named(String subject) {
    List<String> parts = List.of(subject.split("\\s+and\\s+"));
    if (parts.size() > 2) {
      return null;
    }
    List<String> names = new java.util.ArrayList<>();
    for (String part : parts) {
      String name = endingName(part.strip());
      if (name == null) {
        return null;
      }
      names.add(name);
    }
    return String.join(ReportedSpeech.JOINT, names);
  }

  /**
   * A whole name ({@link #NAME}), or one the claim writes with its small words first ("von der
   * Leyen", "de Gaulle"); compiled once, as every claim with a speaker asks it.
   */
  private static final Pattern WHOLE_NAME =
      Pattern.compile(
          NAME
              + "|(?:(?:"
              + String.join("|", ReportedSpeech.NAME_PARTICLES)
              + ")\\s+){1,2}"
              + NAME);

  private static String endingName(String words) {
    if (WHOLE_NAME.matcher(words).matches()) {
      return words;
    }
    String[] w = words.split("\\s+");
    for (int from = 1; from < w.length; from++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
      if (WHOLE_NAME.matcher(tail).matches()) {
        String before = w[from - 1].toLowerCase(java.util.Locale.ROOT);
        return NOT_THE_NAMES_OWN.contains(before) || PRONOUNS.contains(before) ? null : tail;
      }
    }
    return null;
  }

  /**
   * Drops what Discord adds around words (mentions, channel links, markdown marks), which no
   * article contains and which must never reach a reply as a live ping.
   */
  static String clean(String typed) {
    if (plain(typed)) {
      return typed.strip(); // what the patterns below give it: nothing to replace
    }
    return withoutMarkup(typed);
  }

  /** {@link #clean} by the patterns alone. */
  static String withoutMarkup(String typed) {
    String out = typed;
    for (Pattern p : DISCORD_MARKUP) {
      out = p.matcher(out).replaceAll(" ");
    }
    return out.strip();
  }

  /**
   * Whether {@code typed} has no character that {@link #DISCORD_MARKUP} could replace: no mark of
   * its, and no whitespace but single spaces. Most claims; the five patterns took a twentieth of
   * /check's time on claims found as typed.
   */
  private static boolean plain(String typed) {
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if ("<@*_~`|>\t\n\u000B\f\r".indexOf(c) >= 0
          || (c == ' ' && i > 0 && typed.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Replaced by a space, in this order (compiled once, not for every claim). */
  private static final List<Pattern> DISCORD_MARKUP =
      java.util.stream.Stream.of(
              "<(@[!&]?|#)\\d+>", "<a?:\\w+:\\d+>", "@(everyone|here)", "[*_~`|>]+", "\\s+")
          .map(Pattern::compile)
          .toList();
}
