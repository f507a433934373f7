package coveragebot.reply;

import java.util.List;

/**
 * The answer to {@code /check}: a verdict on a claim and the evidence, every piece quoted verbatim
 * (check, issue 6).
 *
 * @param verdict verbatim, variant, mismatch, supported or not_found
 * @param speaker who the claim says spoke, or null when it names no one
 * @param differences what differs between the claim and the closest source words
 * @param evidence the source passages; {@code supports} is false for nearest-but-not-supporting
 * @param note a remark for the user (a language hint, a speaker that could not be confirmed), or
 *     null
 */
public record CheckReply(
    String claim,
    String verdict,
    String speaker,
    List<Difference> differences,
    List<Evidence> evidence,
    String note)
    implements Reply {
  public CheckReply {
    differences = List.copyOf(differences);
    evidence = List.copyOf(evidence);
  }

  /**
   * One difference between claim and source words.
   *
   * @param kind number, currency, unit, date, name, negation, speaker or wording
   */
  public record Difference(String kind, String claim, String source) {
    /**
     * The difference for people: {@code negation: claim "not" / source "never"} with {@code
     * between} as " / ", or, when one side is empty, {@code negation: the claim adds "not"} and
     * {@code wording: the claim leaves out "tumultuous"} (the JSON keeps both fields as they are).
     */
    public String shown(String between) {
      if (source.isEmpty() && !claim.isEmpty()) {
        return kind + ": the claim adds \"" + claim + '"';
      }
      if (claim.isEmpty() && !source.isEmpty()) {
        return kind + ": the claim leaves out \"" + source + '"';
      }
      return kind + ": claim \"" + claim + '"' + between + "source \"" + source + '"';
    }
  }

  /** A source passage with who said it (null when unknown) and whether it supports the claim. */
  public record Evidence(Excerpt excerpt, String speaker, boolean supports) {}
}
