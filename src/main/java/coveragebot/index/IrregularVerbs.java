package coveragebot.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Past forms of irregular verbs, each with its base form, for the stemmed analysis: "took office"
 * finds "taking office" and "who won" finds "wins", as "congratulated" finds "congratulating". Left
 * out where the form is a word of its own too ("found", "lay", "wound", "bore").
 */
final class IrregularVerbs {
  private IrregularVerbs() {}

  /** Past form to base form, case-sensitive (lower case), looked up by a term's characters. */
  static final CharArrayMap<String> PAST_TO_BASE = build();

  private static CharArrayMap<String> build() {
    String[] pairs = {
      "took", "take",
      "taken", "take",
      "made", "make",
      "gave", "give",
      "given", "give",
      "went", "go",
      "gone", "go",
      "came", "come",
      "told", "tell",
      "met", "meet",
      "held", "hold",
      "led", "lead",
      "won", "win",
      "lost", "lose",
      "began", "begin",
      "begun", "begin",
      "spoke", "speak",
      "spoken", "speak",
      "wrote", "write",
      "written", "write",
      "sent", "send",
      "built", "build",
      "left", "leave",
      "brought", "bring",
      "thought", "think",
      "sought", "seek",
      "fought", "fight",
      "bought", "buy",
      "struck", "strike",
      "chose", "choose",
      "chosen", "choose",
      "drove", "drive",
      "driven", "drive",
      "rose", "rise",
      "risen", "rise",
      "fell", "fall",
      "fallen", "fall",
      "grew", "grow",
      "grown", "grow",
      "knew", "know",
      "known", "know",
      "saw", "see",
      "seen", "see",
      "ran", "run",
      "stood", "stand",
      "kept", "keep",
      "paid", "pay",
      "became", "become",
      "broke", "break",
      "broken", "break",
      "spent", "spend",
      "sold", "sell",
      "heard", "hear",
      "felt", "feel",
      "forsook", "forsake",
      "forsaken", "forsake",
      "withdrew", "withdraw",
      "withdrawn", "withdraw",
      "undertook", "undertake",
      "shook", "shake",
      "shaken", "shake",
      "stole", "steal",
      "stolen", "steal",
      "froze", "freeze",
      "frozen", "freeze",
      "threw", "throw",
      "thrown", "throw",
      "flew", "fly",
      "flown", "fly",
      "drew", "draw",
      "drawn", "draw",
      "fled", "flee",
      "lent", "lend",
      "meant", "mean",
      "dealt", "deal",
      "shot", "shoot",
      "taught", "teach",
      "caught", "catch",
      "sat", "sit",
      "hung", "hang",
      "swore", "swear",
      "sworn", "swear",
      "wore", "wear",
      "worn", "wear",
      "tore", "tear",
      "torn", "tear",
      "arose", "arise",
      "arisen", "arise",
      "forbade", "forbid",
      "forgave", "forgive",
      "beaten", "beat",
      "sang", "sing",
      "sung", "sing",
      "sank", "sink",
      "sunk", "sink",
      "fed", "feed",
      "understood", "understand",
      "overcame", "overcome",
      "overtook", "overtake",
      "withheld", "withhold",
      "upheld", "uphold",
      "foresaw", "foresee",
      "mistook", "mistake",
      "said", "say",
      "laid", "lay"
    };
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return CharArrayMap.unmodifiableMap(new CharArrayMap<>(m, false));
  }
}
