package coveragebot.extract.time;

/** What a rule made of a match: a value, or the reason there is none. */
record Outcome(TimeValue value, String reason) {
  static Outcome of(TimeValue value) {
    return new Outcome(value, null);
  }

  static Outcome unresolved(String reason) {
    return new Outcome(null, reason);
  }
}
