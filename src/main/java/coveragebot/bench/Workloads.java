package coveragebot.bench;

import coveragebot.command.CommandSpec;
import coveragebot.command.OptionSpec;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The questions the bench asks, per command, made from the corpus's own words by a seeded {@link
 * Random}. A command registered in the bot is benched without any change here: if it takes text, it
 * is asked words from a passage. A command that needs other input gets one line in {@link
 * #SPECIAL}.
 */
public final class Workloads {

  /** One command line, and the plain text the baselines search for (null: no baseline). */
  public record Query(String line, String text) {}

  /** What {@code /check} is asked (named as {@code bench --claims} takes them). */
  public enum Claims {
    /** One to five words of a passage as printed (found verbatim unless under three words). */
    printed,
    /**
     * Six to twelve words of a passage, edited as a misquote or a false claim would be, in equal
     * shares: a word replaced by another passage's, a word dropped, the first half joined to the
     * second half of another passage's words, and words drawn one by one from random passages.
     */
    edited
  }

  private final Corpus corpus;

  /** Everyone quoted, as /speakers names them (empty: /quote is asked only text:). */
  private final List<String> speakers;

  /** Commands whose questions are not "some words of a passage"; one line each. */
  private final Map<String, Function<Random, Query>> special;

  public Workloads(Corpus corpus) {
    this(corpus, List.of());
  }

  /** With the names of everyone quoted, so that /quote is asked about people as users do. */
  public Workloads(Corpus corpus, List<String> speakers) {
    this(corpus, speakers, Claims.printed);
  }

  /** With {@code claims} for /check. */
  public Workloads(Corpus corpus, List<String> speakers, Claims claims) {
    this.corpus = corpus;
    this.speakers = List.copyOf(speakers);
    Map<String, Function<Random, Query>> special =
        new java.util.HashMap<>(
            Map.of(
                "sources",
                r -> new Query("/sources", null),
                "help",
                r -> new Query("/help", null),
                // the whole of a passage a reply showed cut: its file and an offset inside it
                "passage",
                this::passage,
                "quote",
                this::quote));
    if (claims == Claims.edited) {
      special.put("check", this::editedClaim);
    }
    this.special = Map.copyOf(special);
  }

  /** A claim of {@link Claims#edited}. */
  private Query editedClaim(Random r) {
    List<Passage> passages = corpus.passages();
    if (passages.isEmpty()) {
      return new Query("/check nato will be in safe hands", "nato will be in safe hands");
    }
    List<String> words = new java.util.ArrayList<>(List.of(piece(passages, r)));
    switch (r.nextInt(4)) {
      case 0 -> words.set(r.nextInt(words.size()), oneWord(passages, r));
      case 1 -> words.remove(r.nextInt(words.size()));
      case 2 -> {
        String[] other = piece(passages, r);
        words = new java.util.ArrayList<>(words.subList(0, words.size() / 2));
        words.addAll(List.of(other).subList(other.length / 2, other.length));
      }
      default -> words.replaceAll(w -> oneWord(passages, r));
    }
    String text = String.join(" ", words);
    return new Query("/check " + text, text);
  }

  /** Six to twelve consecutive words of a random passage (fewer if no passage has six). */
  private static String[] piece(List<Passage> passages, Random r) {
    String[] words = new String[0];
    for (int tries = 0; tries < 100 && words.length < 6; tries++) {
      words = passages.get(r.nextInt(passages.size())).text().split("\\s+");
    }
    int n = Math.min(words.length, 6 + r.nextInt(7));
    int from = r.nextInt(words.length - n + 1);
    return java.util.Arrays.copyOfRange(words, from, from + n);
  }

  private static String oneWord(List<Passage> passages, Random r) {
    String[] words = passages.get(r.nextInt(passages.size())).text().split("\\s+");
    return words[r.nextInt(words.length)];
  }

  /** {@code count} queries for the command of {@code spec}: the same for the same seed. */
  public List<Query> queries(CommandSpec spec, int count, long seed) {
    Random r = new Random(seed ^ spec.name().hashCode());
    Function<Random, Query> make = special.get(spec.name());
    if (make == null) {
      boolean takesText =
          spec.mainOption()
              .filter(o -> o.type() == OptionSpec.Type.TEXT && o.required())
              .isPresent();
      make = takesText ? rr -> words(spec.name(), rr) : rr -> new Query("/" + spec.name(), null);
    }
    return fill(make, r, count);
  }

  private static List<Query> fill(Function<Random, Query> make, Random r, int count) {
    Query[] out = new Query[count];
    for (int i = 0; i < count; i++) {
      out[i] = make.apply(r);
    }
    return List.of(out);
  }

  private static Query prefixed(String command, String option, Query q) {
    String text = q.line().substring(command.length() + 2);
    return new Query("/" + command + " " + option + text, q.text());
  }

  /**
   * Four in ten: what someone said ({@code /quote <name>}); two in ten: what someone said about a
   * word of a passage; four in ten: who said some words of a passage ({@code text:}). The baselines
   * look for the name, or for the words.
   */
  private Query quote(Random r) {
    int kind = r.nextInt(10);
    if (speakers.isEmpty() || kind >= 6) {
      return prefixed("quote", "text:", words("quote", r));
    }
    String who = speakers.get(r.nextInt(speakers.size()));
    if (kind < 4) {
      return new Query("/quote " + who, who);
    }
    String about = words("quote", r).text().split(" ")[0];
    return new Query("/quote speaker:" + who + " about:" + about, who);
  }

  private Query passage(Random r) {
    if (corpus.passages().isEmpty()) {
      return new Query("/passage none.txt at:0", null);
    }
    Passage p = corpus.passages().get(r.nextInt(corpus.passages().size()));
    return new Query(
        "/passage " + p.file() + " at:" + (p.start() + r.nextInt(p.end() - p.start())), null);
  }

  /** One to five consecutive words of a random passage, as a user might half-remember them. */
  private Query words(String command, Random r) {
    List<Passage> passages = corpus.passages();
    if (passages.isEmpty()) {
      return new Query("/" + command + " nato", "nato");
    }
    String text = someWords(passages, r, 5);
    return new Query("/" + command + " " + text, text);
  }

  /**
   * One to {@code most} consecutive words of a random passage (not empty), as the bench asks them;
   * for the benchmarks and tests that ask the same kind of question.
   */
  public static String someWords(List<Passage> passages, Random r, int most) {
    String[] words = passages.get(r.nextInt(passages.size())).text().split("\\s+");
    int from = r.nextInt(words.length);
    int n = 1 + r.nextInt(most);
    return String.join(" ", List.of(words).subList(from, Math.min(words.length, from + n)));
  }
}
