package coveragebot.reply;

import java.util.List;

/** Every passage of the corpus, in order: the {@code export passages} view. */
public record PassagesReply(List<Excerpt> passages) implements Reply {
  public PassagesReply {
    passages = List.copyOf(passages);
  }
}
