package coveragebot.command;

/**
 * Where a front end gets its commands: a fixed {@link Commands}, or a bot that swaps its whole
 * corpus, index and commands at once on {@code /reload}. Call {@link #current()} once per request
 * and use the result for the whole answer, so that one answer never mixes two corpora.
 */
public interface CommandSource {
  Commands current();
}
