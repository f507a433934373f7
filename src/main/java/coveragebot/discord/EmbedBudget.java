package coveragebot.discord;

import coveragebot.reply.Excerpt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Shares Discord's 6000 characters per message among the passages of one reply: short passages are
 * shown whole and leave their unused share to the long ones. When even the fixed parts do not fit,
 * the "also in" lists shrink first, then the last passages are left out.
 */
final class EmbedBudget {
  private EmbedBudget() {}

  /** Below this, a passage says too little to be worth showing. */
  static final int MIN_QUOTE = 200;

  private static final List<ExcerptEmbeds.Layout> LAYOUTS =
      List.of(
          ExcerptEmbeds.Layout.FULL,
          new ExcerptEmbeds.Layout(Limits.TITLE, 300),
          new ExcerptEmbeds.Layout(120, 200),
          new ExcerptEmbeds.Layout(80, 0));

  static List<MessageEmbed> excerpts(List<Excerpt> all, List<List<ExcerptEmbeds.Copy>> copies) {
    int n = Math.min(all.size(), Limits.EMBEDS);
    List<Excerpt> ex = all.subList(0, n);
    for (ExcerptEmbeds.Layout layout : LAYOUTS) {
      int fixed = 0;
      for (int i = 0; i < n; i++) {
        fixed += length(ExcerptEmbeds.build(ex.get(i), copies.get(i), 0, layout));
      }
      int available = Limits.EMBED_TOTAL - fixed;
      if (available >= n * MIN_QUOTE) {
        int[] budgets = share(ex, available);
        List<MessageEmbed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          out.add(ExcerptEmbeds.build(ex.get(i), copies.get(i), budgets[i], layout));
        }
        return out;
      }
    }
    if (n == 1) {
      return List.of(ExcerptEmbeds.build(ex.get(0), List.of(), MIN_QUOTE, LAYOUTS.getLast()));
    }
    return excerpts(all.subList(0, n - 1), copies);
  }

  /**
   * The embed's characters as every other limit here counts them: Java chars (UTF-16 units). JDA's
   * {@link MessageEmbed#getLength()} counts code points, so an astral character (an emoji, two
   * chars) in a title or outlet would count once there and twice in the quotes' budgets.
   */
  static int length(MessageEmbed e) {
    int n = len(e.getTitle()) + len(e.getDescription());
    n += e.getAuthor() == null ? 0 : len(e.getAuthor().getName());
    n += e.getFooter() == null ? 0 : len(e.getFooter().getText());
    for (MessageEmbed.Field f : e.getFields()) {
      n += len(f.getName()) + len(f.getValue());
    }
    return n;
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }

  /** Water-filling: each passage gets what it needs or an equal share of what is left. */
  static int[] share(List<Excerpt> ex, int available) {
    int n = ex.size();
    int[] need = new int[n];
    for (int i = 0; i < n; i++) {
      need[i] = Math.min(Markdown.escape(ex.get(i).text()).length(), Limits.DESCRIPTION);
    }
    int[] budgets = new int[n];
    int remaining = available;
    List<Integer> order =
        IntStream.range(0, n).boxed().sorted(Comparator.comparingInt(i -> need[i])).toList();
    int left = n;
    for (int i : order) {
      int give = Math.min(need[i], Math.min(remaining / left, Limits.DESCRIPTION));
      budgets[i] = give;
      remaining -= give;
      left--;
    }
    return budgets;
  }
}
