package coveragebot.index;

/** A search result: which passage, and how well it matched. */
public record Hit(int passageId, float score) {}
