package coveragebot.bench;

import java.util.List;
import java.util.Random;

/**
 * The fixed lists the generated coverage draws from: speakers, places, outlets and the words of its
 * sentences. Fixed so that a seed always means the same corpus; pseudo-names made from syllables
 * give the long tail of rare words that real news has.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A person who is quoted: name as first mentioned, surname for later mentions, role. */
  record Speaker(String name, String surname, String role) {}

  static final List<Speaker> SPEAKERS =
      List.of(
          new Speaker("Mark Rutte", "Rutte", "NATO Secretary General"),
          new Speaker("Jens Stoltenberg", "Stoltenberg", "former NATO chief"),
          new Speaker("Olaf Scholz", "Scholz", "German Chancellor"),
          new Speaker("Ursula von der Leyen", "von der Leyen", "European Commission president"),
          new Speaker("Volodymyr Zelensky", "Zelensky", "Ukrainian President"),
          new Speaker("Kaja Kallas", "Kallas", "EU foreign policy chief"),
          new Speaker("Antony Blinken", "Blinken", "US Secretary of State"),
          new Speaker("Emmanuel Macron", "Macron", "French President"),
          new Speaker("Donald Tusk", "Tusk", "Polish Prime Minister"),
          new Speaker("Giorgia Meloni", "Meloni", "Italian Prime Minister"),
          new Speaker("Pedro Sanchez", "Sanchez", "Spanish Prime Minister"),
          new Speaker("Mette Frederiksen", "Frederiksen", "Danish Prime Minister"),
          new Speaker("Alexander Stubb", "Stubb", "Finnish President"),
          new Speaker("Ulf Kristersson", "Kristersson", "Swedish Prime Minister"),
          new Speaker("Rob Bauer", "Bauer", "chair of the NATO Military Committee"),
          new Speaker("Lloyd Austin", "Austin", "US Defense Secretary"));

  static final List<String> CITIES =
      List.of(
          "Brussels",
          "Berlin",
          "Paris",
          "Warsaw",
          "Kyiv",
          "Washington",
          "London",
          "Vilnius",
          "Riga",
          "Tallinn",
          "Helsinki",
          "Stockholm",
          "Rome",
          "Madrid",
          "The Hague",
          "Ankara");

  static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  static final List<String> SUBJECTS =
      List.of(
          "the alliance",
          "allies",
          "European governments",
          "defence ministers",
          "diplomats",
          "the United States",
          "member states",
          "officials",
          "the European Union",
          "Washington",
          "military planners",
          "the summit",
          "lawmakers",
          "analysts",
          "the government",
          "Western capitals",
          "the coalition",
          "negotiators",
          "the defence industry",
          "voters");

  static final List<String> VERBS =
      List.of(
          "pledged to increase",
          "warned against cutting",
          "agreed to review",
          "called for",
          "promised to deliver",
          "questioned",
          "backed",
          "criticised",
          "announced new",
          "discussed",
          "rejected",
          "welcomed",
          "postponed",
          "doubled",
          "approved",
          "struggled to fund",
          "urged allies to boost",
          "signalled support for",
          "blocked",
          "debated");

  static final List<String> OBJECTS =
      List.of(
          "defence spending",
          "military aid to Ukraine",
          "air defence systems",
          "ammunition production",
          "the eastern flank",
          "troop deployments",
          "sanctions on Russia",
          "the two percent target",
          "joint exercises",
          "security guarantees",
          "long-range missiles",
          "energy security",
          "cyber defences",
          "the Black Sea corridor",
          "reconstruction funds",
          "border patrols",
          "arms exports",
          "the membership bid",
          "drone production",
          "intelligence sharing",
          "naval patrols",
          "fighter jets",
          "the peace plan",
          "frozen Russian assets",
          "the defence budget");

  static final List<String> MODIFIERS =
      List.of(
          "despite growing pressure at home",
          "after months of talks",
          "ahead of the vote",
          "amid fears of a wider war",
          "for the first time since 2014",
          "in a joint statement",
          "at a press conference",
          "in an interview with reporters",
          "behind closed doors",
          "before the end of the year",
          "within weeks",
          "in the coming months",
          "according to two diplomats",
          "without giving details",
          "on social media",
          "following a meeting of ministers",
          "as the winter approaches",
          "under the new agreement");

  static final List<String> QUOTE_OPENINGS =
      List.of(
          "We will work with whoever wins",
          "I have no doubt",
          "This is a serious escalation",
          "Our security is interconnected",
          "We must stay united",
          "Nobody wants a wider war",
          "The alliance is stronger than ever",
          "We cannot afford to wait",
          "I am not worried",
          "This is about our common security",
          "We will keep supporting Ukraine",
          "Deterrence only works if it is credible",
          "Every ally must do more",
          "The threat has not gone away",
          "We are ready to act");

  static final List<String> QUOTE_ENDINGS =
      List.of(
          "and that is why we must invest more",
          "because it is in our interest",
          "and our partners know it",
          "whatever happens in the coming weeks",
          "and we will not be divided",
          "as long as it takes",
          "and the numbers show it",
          "and this is what our citizens expect",
          "because peace needs strength",
          "and we will meet our commitments");

  static final List<String> EVENTS =
      List.of(
          "met foreign ministers",
          "signed a defence pact",
          "opened a summit",
          "visited troops",
          "announced an aid package",
          "held talks",
          "chaired a meeting",
          "unveiled a spending plan",
          "attended a memorial",
          "inspected an air base");

  static final List<String> AGENCIES = List.of("AFP", "Reuters", "AP");

  static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private static final List<String> SYLLABLES =
      List.of(
          "var", "en", "ko", "la", "mir", "sta", "dor", "vi", "nek", "ur", "tal", "bri", "os", "ze",
          "pol", "an", "gra", "du", "ris", "hel", "mo", "tek", "sa", "lin");

  /** A rare proper name (a village, a company, an official) made from 2-3 syllables. */
  static String pseudoName(Random random) {
    int n = 2 + random.nextInt(2);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(pick(random, SYLLABLES));
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
