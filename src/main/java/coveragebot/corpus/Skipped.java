package coveragebot.corpus;

/** A file in the seeds folder that was not loaded, and why. */
public record Skipped(String file, String reason) {}
