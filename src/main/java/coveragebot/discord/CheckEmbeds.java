package coveragebot.discord;

import coveragebot.discord.DiscordRenderer.Paged;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * /check and /compare as Discord messages (issue 6): verdict or outlets in the header, evidence as
 * embeds.
 */
final class CheckEmbeds {
  private CheckEmbeds() {}

  // check (issue 6): the verdict and what differs in the header, the evidence as embeds
  static Optional<Paged> check(coveragebot.reply.CheckReply r, int page) {
    StringBuilder title = new StringBuilder("Verdict: ").append(r.verdict());
    r.differences().stream()
        .filter(d -> !d.kind().equals("wording"))
        .forEach(d -> title.append(" · ").append(d.shown(", ")));
    if (r.note() != null) {
      title.append(" · ").append(r.note());
    }
    List<ExtractEmbeds.Item> items = new ArrayList<>();
    for (coveragebot.reply.CheckReply.Evidence e : r.evidence()) {
      String label =
          e.supports()
              ? "evidence"
              : r.verdict().equals("mismatch")
                  ? "source, does NOT support the claim as made"
                  : "nearest passage, does NOT support the claim";
      if (e.speaker() != null) {
        label += " · said by " + e.speaker();
      }
      items.add(new ExtractEmbeds.Item(e.excerpt(), List.of(), label));
    }
    if (items.isEmpty()) {
      return ExtractEmbeds.single(
          new DiscordMessage(Quote.fit(title.toString(), Limits.CONTENT).shown(), List.of(), true),
          page);
    }
    return ExtractEmbeds.pages(title.toString(), items, page);
  }

  // check (issue 6): one embed per outlet, first published first
  static Optional<Paged> compare(coveragebot.reply.CompareReply r, int page) {
    List<ExtractEmbeds.Item> items = new ArrayList<>();
    for (coveragebot.reply.CompareReply.Carried c : r.carried()) {
      StringBuilder label = new StringBuilder(c.evidence().excerpt().source().outlet());
      label.append(" · ").append(c.change());
      c.differences().stream()
          .limit(3)
          .forEach(
              d ->
                  label
                      .append(" · \"")
                      .append(d.source())
                      .append("\" → \"")
                      .append(d.claim())
                      .append('"'));
      items.add(new ExtractEmbeds.Item(c.evidence().excerpt(), List.of(), label.toString()));
    }
    String title =
        "How the outlets carried it"
            + (r.missing().isEmpty()
                ? ""
                : "; not carried by "
                    + String.join(
                        ", ",
                        r.missing().stream()
                            .map(coveragebot.reply.CompareReply.Missing::outlet)
                            .toList())
                    + (r.moreMissing() > 0 ? " and " + r.moreMissing() + " more articles" : ""));
    if (items.isEmpty()) {
      String note = r.note() == null ? "No outlet carries it." : r.note();
      return ExtractEmbeds.single(
          new DiscordMessage(Quote.fit(note, Limits.CONTENT).shown(), List.of(), true), page);
    }
    return ExtractEmbeds.pages(title, items, page);
  }
}
