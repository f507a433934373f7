package coveragebot.command;

import coveragebot.reply.CheckReply.Difference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currencies a text names, by sign or by word: "$40 billion" is dollars though the sign is no
 * word, so a claim of "$40 billion" against a source's "40 billion euros" is a currency mismatch,
 * not the same words with other punctuation.
 */
final class Currencies {
  private Currencies() {}

  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("$", "USD"),
          Map.entry("dollar", "USD"),
          Map.entry("dollars", "USD"),
          Map.entry("€", "EUR"),
          Map.entry("euro", "EUR"),
          Map.entry("euros", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("pound", "GBP"),
          Map.entry("pounds", "GBP"),
          Map.entry("¥", "JPY"),
          Map.entry("yen", "JPY"),
          Map.entry("₽", "RUB"),
          Map.entry("rouble", "RUB"),
          Map.entry("roubles", "RUB"),
          Map.entry("ruble", "RUB"),
          Map.entry("rubles", "RUB"),
          Map.entry("₴", "UAH"),
          Map.entry("hryvnia", "UAH"));

  private static final Pattern FORMS =
      Pattern.compile(
          "(?iu)[$€£¥₽₴]|(?<![\\p{L}])(?:dollars?|euros?|pounds?|yen|roubles?|rubles?|hryvnia)(?![\\p{L}])");

  /** The currencies of {@code text} by code, each with the first form it was written in. */
  static Map<String, String> in(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = FORMS.matcher(text);
    while (m.find()) {
      out.putIfAbsent(CODES.get(m.group().toLowerCase(java.util.Locale.ROOT)), m.group());
    }
    return out;
  }

  /**
   * A currency difference when the claim and the source each name currencies and share none (claim
   * "$", source "euros"), or null.
   */
  static Difference between(String claim, String source) {
    Map<String, String> mine = in(claim);
    if (mine.isEmpty()) {
      return null;
    }
    Map<String, String> theirs = in(source);
    if (theirs.isEmpty() || theirs.keySet().stream().anyMatch(mine::containsKey)) {
      return null;
    }
    return new Difference(
        "currency", mine.values().iterator().next(), theirs.values().iterator().next());
  }
}
