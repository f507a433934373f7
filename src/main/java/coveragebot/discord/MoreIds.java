package coveragebot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * "More" buttons for passages shown cut. Each passage embed's footer says where its text is and,
 * when it was cut, which passage it belongs to ({@code file · chars 120–480 (cut; passage
 * 120–900)}); a button's stateless id carries the corpus version, the passage start and the file
 * ({@code mo|k3x9a|120|000_x.txt}), and pressing it runs {@code /passage} and shows the whole
 * passage to the one who asked.
 */
final class MoreIds {
  private MoreIds() {}

  static final String PREFIX = "mo|";

  /** What {@link ExcerptEmbeds#footer} writes for a cut passage. */
  private static final Pattern CUT =
      Pattern.compile("^(.+?) · chars \\d+–\\d+ \\(cut; passage (\\d+)–\\d+\\)");

  /** A "More" request: the passage of {@code file} that starts at {@code start}. */
  record Request(String version, String file, int start) {}

  /** One "More n" button per cut passage, n being the embed's position; at most 5. */
  static List<Button> row(String version, List<MessageEmbed> embeds) {
    List<Button> out = new ArrayList<>();
    for (int i = 0; i < embeds.size() && out.size() < 5; i++) {
      MessageEmbed.Footer f = embeds.get(i).getFooter();
      Matcher m = f == null || f.getText() == null ? null : CUT.matcher(f.getText());
      if (m != null && m.find()) {
        String id = PREFIX + version + "|" + m.group(2) + "|" + m.group(1);
        if (id.length() <= PageIds.MAX_ID) {
          out.add(Button.secondary(id, embeds.size() == 1 ? "More" : "More " + (i + 1)));
        }
      }
    }
    return out;
  }

  static Optional<Request> decode(String id) {
    if (id == null || !id.startsWith(PREFIX) || id.length() > PageIds.MAX_ID) {
      return Optional.empty();
    }
    String[] parts = id.substring(PREFIX.length()).split("\\|", 3);
    if (parts.length != 3
        || !parts[0].matches("[a-z0-9]{1,8}")
        || !parts[1].matches("[0-9]{1,9}")
        || parts[2].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Request(parts[0], parts[2], Integer.parseInt(parts[1])));
  }
}
