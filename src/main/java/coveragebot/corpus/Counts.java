package coveragebot.corpus;

/** A count with its noun, singular or plural as the number asks: "1 article", "2 articles". */
public final class Counts {
  private Counts() {}

  /** {@code n} and {@code noun}, with an "s" unless {@code n} is 1 (or -1). */
  public static String of(long n, String noun) {
    return of(n, noun, noun + "s");
  }

  /** {@code n} and {@code singular} or {@code plural}. */
  public static String of(long n, String singular, String plural) {
    return n + " " + (Math.abs(n) == 1 ? singular : plural);
  }
}
