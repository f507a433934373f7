package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Span;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /search <question>}: the passages that best answer a question. The same passage printed by
 * several outlets (AFP copies) is shown once, with the other outlets under "also in".
 */
public final class SearchCommand implements Command {

  public static final int DEFAULT_LIMIT = 3;
  public static final int MAX_LIMIT = 10;

  /** Word-pair overlap above which two passages count as one text printed twice. */
  static final double SAME_PASSAGE = 0.5;

  /** How many hits are read to find the copies of the best ones. */
  private static final int CANDIDATES = 50;

  private static final CommandSpec SPEC =
      new CommandSpec(
          "search",
          "Answer a question with the passages of the coverage that hold the answer",
          List.of(
              OptionSpec.text("question", "What you want to know, in plain words", true, true),
              OptionSpec.integer("limit", "How many passages to show (default 3)", 1, MAX_LIMIT),
              OptionSpec.text("outlet", "Only passages from this outlet", false, false)),
          List.of(
              "/search who will NATO work with",
              "/search what did Trump say outlet:Jordan Times",
              "/search North Korean troops limit:5",
              "/search what did Stoltenberg say about Rutte"));

  private final Corpus corpus;
  private final PassageIndex index;
  private final Outlets outlets;

  public SearchCommand(Corpus corpus, PassageIndex index) {
    this.corpus = corpus;
    this.index = index;
    this.outlets = new Outlets(corpus);
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  /**
   * How a question is asked, not what about: question words and the verbs of asking ("when did
   * Rutte take office", "what did Stoltenberg say about Rutte"), with the "about" after them. News
   * text is full of "said" and "did", so a passage rich in them outranked the one about Stoltenberg
   * or the date; and "about" put "Concerns loom ... about the future" above Radio Romania's
   * paragraph on Rutte and China for "what did Rutte say about China".
   */
  private static final java.util.regex.Pattern ASKING =
      java.util.regex.Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{Nd}'’-])(?:(?:say|says|said|tell|tells|told|think|thinks|thought)"
              + "\\s+about|what|who|whom|whose|which|when|where|why|how|did|does|do"
              + "|say|says|said|tell|tells|told)(?![\\p{L}\\p{Nd}'’-])");

  /**
   * The question without {@link #ASKING}'s words, or the question itself when nothing would be left
   * to search for ("who said what", a search for those very words).
   */
  public static String topicWords(String question) {
    String rest = ASKING.matcher(question).replaceAll(" ");
    return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? rest : question;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String question = request.text("question").orElseThrow();
    int limit = request.integer("limit", DEFAULT_LIMIT);
    Set<String> only;
    try {
      only =
          request.text("outlet").isPresent() ? outlets.files(request.text("outlet").get()) : null;
    } catch (UsageException e) {
      return e.toReply();
    }
    int candidates = Math.max(CANDIDATES, limit * 5);
    String words = topicWords(question);
    List<Hit> hits =
        only == null
            ? index.search(words, candidates)
            : index.search(words, candidates, passageIds(only));
    if (hits.isEmpty()) {
      String note =
          index.terms(question).isEmpty() && question.chars().noneMatch(Character::isLetterOrDigit)
              ? "There are no words to search for in \"" + CommandLineParser.clip(question) + "\"."
              : "Nothing in the coverage matches \""
                  + CommandLineParser.clip(question)
                  + "\". Try other words, or /sources to see what the bot knows.";
      String spelling = didYouMean(words);
      return new SearchReply(
          question, limit, List.of(), spelling == null ? note : note + " " + spelling);
    }
    // Wire copies are common among the hits (a passage and its copies score alike), and word for
    // word the same as a group's best they need no shingles to join it.
    List<Group> groups = new ArrayList<>();
    for (Hit h : hits) {
      Passage p = corpus.passages().get(h.passageId());
      long[] shingles = null;
      Group home = null;
      for (Group g : groups) {
        if (g.files.contains(p.file())) {
          continue;
        }
        double similarity;
        if (p.text().equals(g.best.text())) {
          similarity = g.shingles.length > 0 ? 1 : 0; // Text.jaccard of a text with itself
        } else {
          shingles = shingles != null ? shingles : Text.shingles(p.text());
          similarity = Text.jaccard(g.shingles, shingles);
        }
        if (similarity >= SAME_PASSAGE) {
          home = g;
          break;
        }
      }
      if (home != null) {
        home.copies.add(p);
        home.files.add(p.file());
      } else if (groups.size() < limit) {
        groups.add(new Group(p, h.score(), shingles != null ? shingles : Text.shingles(p.text())));
      }
    }
    // The words searched for are analysed once for all the highlights (not the question words:
    // "say" was marked where it was not searched), and each text once for its copies.
    Set<String> wanted = Set.copyOf(index.terms(words));
    Map<String, List<Span>> highlights = new HashMap<>();
    java.util.function.Function<Passage, Excerpt> excerpt =
        p -> Excerpts.of(p, highlights.computeIfAbsent(p.text(), t -> index.matches(wanted, t)));
    List<SearchReply.Result> results = new ArrayList<>();
    for (Group g : groups) {
      List<Excerpt> copies = g.copies.stream().map(excerpt).toList();
      results.add(new SearchReply.Result(excerpt.apply(g.best), g.score, copies));
    }
    return new SearchReply(question, limit, results, didYouMean(words));
  }

  /**
   * "No passage has "scholtz"; did you mean "scholz"?" for the words no passage has that are a typo
   * or two from one they have ({@link PassageIndex#spellings}), or null.
   */
  private String didYouMean(String words) {
    if (words.length() > MAX_SPELLED_CHARS) {
      return null; // a pasted article is not a question with typos
    }
    Map<String, String> spellings = index.spellings(words);
    if (spellings.isEmpty()) {
      return null;
    }
    List<String> typed = new ArrayList<>();
    List<String> meant = new ArrayList<>();
    spellings.forEach(
        (w, s) -> {
          typed.add("\"" + w + "\"");
          meant.add("\"" + s + "\"");
        });
    return "No passage has "
        + String.join(", ", typed)
        + "; did you mean "
        + String.join(", ", meant)
        + "?";
  }

  /** The longest question whose words are checked for typos. */
  private static final int MAX_SPELLED_CHARS = 500;

  /** The ids of every passage of these files (an outlet's articles). */
  private long[] passageIds(Set<String> files) {
    return corpus.articles().stream()
        .filter(a -> files.contains(a.file()))
        .flatMap(a -> a.passages().stream())
        .mapToLong(Passage::id)
        .toArray();
  }

  private static final class Group {
    final Passage best;
    final double score;
    final long[] shingles;
    final List<Passage> copies = new ArrayList<>();
    final Set<String> files = new HashSet<>();

    Group(Passage best, double score, long[] shingles) {
      this.best = best;
      this.score = score;
      this.shingles = shingles;
      files.add(best.file());
    }
  }
}
