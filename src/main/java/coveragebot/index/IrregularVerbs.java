package coveragebot.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Irregular verbs, each with its simple past and past participle: for the stemmed analysis ("took
 * office" finds "taking office" and "who won" finds "wins", as "congratulated" finds
 * "congratulating"), and for /check, which reads a claim's past verb ({@link #SIMPLE_PAST}). Left
 * out where the form is a word of its own too ("found", "lay", "wound", "bore").
 */
final class IrregularVerbs {
  private IrregularVerbs() {}

  /**
   * One verb a row: its base form, simple past ("-" when it is the base form: "beat") and, when
   * another, past participle. "put" and "set" are their own past, kept for {@link #SIMPLE_PAST}.
   */
  private static final String[] VERBS = {
    "take took taken",
    "make made",
    "give gave given",
    "go went gone",
    "come came",
    "tell told",
    "meet met",
    "hold held",
    "lead led",
    "win won",
    "lose lost",
    "begin began begun",
    "speak spoke spoken",
    "write wrote written",
    "send sent",
    "build built",
    "leave left",
    "bring brought",
    "think thought",
    "seek sought",
    "fight fought",
    "buy bought",
    "strike struck",
    "choose chose chosen",
    "drive drove driven",
    "rise rose risen",
    "fall fell fallen",
    "grow grew grown",
    "know knew known",
    "see saw seen",
    "run ran",
    "stand stood",
    "keep kept",
    "pay paid",
    "become became",
    "break broke broken",
    "spend spent",
    "sell sold",
    "hear heard",
    "feel felt",
    "forsake forsook forsaken",
    "withdraw withdrew withdrawn",
    "undertake undertook",
    "shake shook shaken",
    "steal stole stolen",
    "freeze froze frozen",
    "throw threw thrown",
    "fly flew flown",
    "draw drew drawn",
    "flee fled",
    "lend lent",
    "mean meant",
    "deal dealt",
    "shoot shot",
    "teach taught",
    "catch caught",
    "sit sat",
    "hang hung",
    "swear swore sworn",
    "wear wore worn",
    "tear tore torn",
    "arise arose arisen",
    "forbid forbade",
    "forgive forgave",
    "beat - beaten",
    "sing sang sung",
    "sink sank sunk",
    "feed fed",
    "understand understood",
    "overcome overcame",
    "overtake overtook",
    "withhold withheld",
    "uphold upheld",
    "foresee foresaw",
    "mistake mistook",
    "say said",
    "lay laid",
    "put put",
    "set set",
  };

  /**
   * Past forms and participles to base form, case-sensitive (lower case), by a term's characters.
   */
  static final CharArrayMap<String> PAST_TO_BASE = build();

  /** The simple past forms (lower case): "took", "said", "put"; not "taken". */
  static final Set<String> SIMPLE_PAST = simplePast();

  private static CharArrayMap<String> build() {
    Map<String, String> m = new HashMap<>();
    for (String row : VERBS) {
      String[] forms = row.split(" ");
      for (int i = 1; i < forms.length; i++) {
        if (!forms[i].equals("-") && !forms[i].equals(forms[0])) {
          m.put(forms[i], forms[0]);
        }
      }
    }
    return CharArrayMap.unmodifiableMap(new CharArrayMap<>(m, false));
  }

  private static Set<String> simplePast() {
    Set<String> out = new HashSet<>();
    for (String row : VERBS) {
      String past = row.split(" ")[1];
      if (!past.equals("-")) {
        out.add(past);
      }
    }
    return Set.copyOf(out);
  }
}
