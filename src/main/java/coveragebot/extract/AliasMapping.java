package coveragebot.extract;

/**
 * How a form of a name found in the text was mapped to a canonical person, shown so that a doubtful
 * mapping (a misspelling) can be checked.
 *
 * @param reason for example {@code "surname"} or {@code "one edit from Rutte"}
 */
public record AliasMapping(String alias, String canonical, String reason) {}
