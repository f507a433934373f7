package coveragebot.reply;

import java.util.List;

/**
 * What {@code /reload} did. The bot answers from the old corpus until the new one is complete, and
 * keeps it when the new one cannot be loaded.
 *
 * @param status what happened
 * @param message one sentence for people: the new counts, or why the old corpus was kept
 * @param articles articles the bot now answers from
 * @param passages passages the bot now answers from
 * @param millis how long the reload took
 * @param skipped files left out of the new corpus, each as {@code "file: reason"}
 */
public record ReloadReply(
    Status status, String message, int articles, int passages, long millis, List<String> skipped)
    implements Reply {

  /** How a reload ended. */
  public enum Status {
    /** The new corpus is in use. */
    RELOADED,
    /** The new corpus could not be loaded (broken config, missing folder): the old one is kept. */
    KEPT_OLD,
    /** Another reload was already running; this one did nothing. */
    BUSY,
    /** This front end cannot reload (the bench, a one-shot command without a folder). */
    UNAVAILABLE
  }

  public ReloadReply {
    skipped = List.copyOf(skipped);
  }
}
