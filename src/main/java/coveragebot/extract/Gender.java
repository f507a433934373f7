package coveragebot.extract;

/** What pronouns a person is referred to with, as far as the text tells. */
enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  boolean compatible(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
