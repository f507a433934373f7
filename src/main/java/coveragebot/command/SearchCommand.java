package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
              "/search outlet:Jordan Times what did Trump say",
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
    List<Hit> hits =
        only == null
            ? index.search(question, candidates)
            : index.search(question, candidates, passageIds(only));
    if (hits.isEmpty()) {
      String note =
          index.terms(question).isEmpty() && question.chars().noneMatch(Character::isLetterOrDigit)
              ? "There are no words to search for in \"" + CommandLineParser.clip(question) + "\"."
              : "Nothing in the coverage matches \""
                  + CommandLineParser.clip(question)
                  + "\". Try other words, or /sources to see what the bot knows.";
      return new SearchReply(question, limit, List.of(), note);
    }
    List<Group> groups = new ArrayList<>();
    for (Hit h : hits) {
      Passage p = corpus.passages().get(h.passageId());
      long[] shingles = Text.shingles(p.text());
      Group home = null;
      for (Group g : groups) {
        if (!g.files.contains(p.file()) && Text.jaccard(g.shingles, shingles) >= SAME_PASSAGE) {
          home = g;
          break;
        }
      }
      if (home != null) {
        home.copies.add(p);
        home.files.add(p.file());
      } else if (groups.size() < limit) {
        groups.add(new Group(p, h.score(), shingles));
      }
    }
    // The question is analysed once for all the highlights, not once per shown passage.
    Set<String> wanted = Set.copyOf(index.terms(question));
    List<SearchReply.Result> results = new ArrayList<>();
    for (Group g : groups) {
      Excerpt best = Excerpts.of(g.best, index.matches(wanted, g.best.text()));
      List<Excerpt> copies =
          g.copies.stream().map(c -> Excerpts.of(c, index.matches(wanted, c.text()))).toList();
      results.add(new SearchReply.Result(best, g.score, copies));
    }
    return new SearchReply(question, limit, results, null);
  }

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
