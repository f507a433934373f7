package coveragebot.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * British to American spellings, so that "defence" finds "defense" and "organisation" finds
 * "organization". A word list rather than suffix rules: "-ise" and "-our" rules would also rewrite
 * "promise", "exercise", "four" and "hour".
 */
final class SpellingVariants {
  private SpellingVariants() {}

  private static final List<String> ISE_STEMS =
      List.of(
          "organ",
          "recogn",
          "real",
          "critic",
          "emphas",
          "apolog",
          "author",
          "mobil",
          "stabil",
          "destabil",
          "priorit",
          "summar",
          "character",
          "central",
          "legal",
          "normal",
          "modern",
          "minim",
          "maxim",
          "optim",
          "util",
          "capital",
          "special",
          "general",
          "categor",
          "jeopard",
          "familiar",
          "symbol",
          "harmon",
          "memor",
          "penal",
          "subsid",
          "standard",
          "sympath",
          "visual",
          "final",
          "neutral",
          "national",
          "privat",
          "global",
          "militar",
          "democrat",
          "polar",
          "marginal",
          "revital",
          "synchron",
          "scrutin",
          "antagon",
          "legitim",
          "demonet",
          "monet",
          "industrial",
          "commercial",
          "internal",
          "external",
          "extern",
          "vandal",
          "terror",
          "patron",
          "fertil",
          "steril",
          "civil",
          "colon",
          "agon",
          "hospital",
          "human",
          "ideal",
          "local",
          "moral",
          "person",
          "politic",
          "radical",
          "rational",
          "secular",
          "social",
          "strateg",
          "trivial",
          "urban",
          "westerni",
          "western",
          "weapon");

  private static final List<String> ISE_ENDINGS =
      List.of("e", "ed", "es", "ing", "er", "ers", "ation", "ations");

  private static final List<String> OUR_WORDS =
      List.of(
          "labour",
          "colour",
          "favour",
          "honour",
          "behaviour",
          "neighbour",
          "humour",
          "rumour",
          "harbour",
          "vigour",
          "endeavour",
          "armour",
          "flavour",
          "savour",
          "odour",
          "valour",
          "candour",
          "parlour",
          "tumour",
          "clamour",
          "rancour",
          "splendour",
          "fervour");

  private static final List<String> OUR_ENDINGS =
      List.of("", "s", "ed", "ing", "able", "ably", "ite", "ites", "er", "ers", "ful", "hood");

  /**
   * Declared after the word lists it is built from (static initialisation runs in order). A
   * CharArrayMap, case-sensitive, so that the filter looks a term up by its characters.
   */
  static final CharArrayMap<String> BRITISH_TO_AMERICAN = build();

  private static CharArrayMap<String> build() {
    Map<String, String> m = new HashMap<>();
    for (String stem : ISE_STEMS) {
      for (String end : ISE_ENDINGS) {
        m.put(stem + "is" + end, stem + "iz" + end);
      }
    }
    for (String w : OUR_WORDS) {
      String us = w.substring(0, w.length() - 2) + "r";
      for (String end : OUR_ENDINGS) {
        m.put(w + end, us + end);
      }
    }
    for (String w :
        List.of("centre", "theatre", "metre", "litre", "fibre", "calibre", "sombre", "spectre")) {
      String us = w.substring(0, w.length() - 2) + "er";
      m.put(w, us);
      m.put(w + "s", us + "s");
      m.put(w + "d", us + "ed");
    }
    for (String w : List.of("defence", "offence", "licence", "pretence")) {
      String us = w.substring(0, w.length() - 2) + "se";
      m.put(w, us);
      m.put(w + "s", us + "s");
      m.put(w + "less", us + "less");
    }
    for (String w : List.of("catalogue", "dialogue", "analogue", "monologue")) {
      m.put(w, w.substring(0, w.length() - 2));
      m.put(w + "s", w.substring(0, w.length() - 2) + "s");
    }
    String[][] pairs = {
      {"programme", "program"},
      {"programmes", "programs"},
      {"grey", "gray"},
      {"cheque", "check"},
      {"cheques", "checks"},
      {"aluminium", "aluminum"},
      {"jewellery", "jewelry"},
      {"plough", "plow"},
      {"sceptical", "skeptical"},
      {"sceptic", "skeptic"},
      {"scepticism", "skepticism"},
      {"mould", "mold"},
      {"travelled", "traveled"},
      {"travelling", "traveling"},
      {"traveller", "traveler"},
      {"cancelled", "canceled"},
      {"cancelling", "canceling"},
      {"labelled", "labeled"},
      {"modelling", "modeling"},
      {"modelled", "modeled"},
      {"fuelled", "fueled"},
      {"counselling", "counseling"},
      {"signalled", "signaled"},
      {"signalling", "signaling"},
      {"levelled", "leveled"},
      {"totalled", "totaled"},
      {"enrol", "enroll"},
      {"fulfil", "fulfill"},
      {"practise", "practice"},
      {"practised", "practiced"},
      {"analyse", "analyze"},
      {"analysed", "analyzed"},
      {"analysing", "analyzing"},
      {"paralyse", "paralyze"},
      {"paralysed", "paralyzed"},
      {"whilst", "while"},
      {"amongst", "among"},
      {"ageing", "aging"},
      {"judgement", "judgment"},
      {"acknowledgement", "acknowledgment"},
      {"manoeuvre", "maneuver"},
      {"manoeuvres", "maneuvers"},
      {"tyre", "tire"},
      {"tyres", "tires"},
      {"kerb", "curb"},
      {"pyjamas", "pajamas"},
      {"storey", "story"},
      {"draught", "draft"},
      {"enquiry", "inquiry"},
      {"enquiries", "inquiries"},
      {"artefact", "artifact"},
      {"ardour", "ardor"},
      {"paediatric", "pediatric"},
      {"anaesthetic", "anesthetic"},
      {"oesophagus", "esophagus"},
      {"foetus", "fetus"},
      {"encyclopaedia", "encyclopedia"},
      {"instalment", "installment"},
      {"fulfilment", "fulfillment"},
      {"neighbouring", "neighboring"}
    };
    for (String[] p : pairs) {
      m.put(p[0], p[1]);
    }
    return CharArrayMap.unmodifiableMap(new CharArrayMap<>(m, false));
  }
}
