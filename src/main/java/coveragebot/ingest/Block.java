package coveragebot.ingest;

/** A non-blank line of an article, trimmed: {@code text} is exactly the file's text in range. */
record Block(int index, int start, int end, String text) {}
