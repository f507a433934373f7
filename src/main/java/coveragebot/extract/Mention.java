package coveragebot.extract;

import java.util.Set;

/**
 * A reference to a person in story text, outside quotes.
 *
 * @param person the canonical name for NAME mentions, else null
 * @param head for ROLE and UNNAMED mentions, the role noun ("chief", "diplomat")
 * @param modifiers for ROLE mentions, the words qualifying the role ("nato", "former")
 * @param reason how a NAME was mapped ("surname", "one edit from Rutte")
 */
record Mention(
    Type type,
    int start,
    int end,
    String text,
    String person,
    Gender gender,
    String head,
    Set<String> modifiers,
    String reason) {

  enum Type {
    NAME,
    PRONOUN,
    ROLE,
    UNNAMED
  }

  Mention {
    modifiers = Set.copyOf(modifiers);
  }
}
