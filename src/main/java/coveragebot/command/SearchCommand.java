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
  public static final int MAX_LIMIT = coveragebot.reply.SearchReply.MOST_PER_PAGE;

  /** The last page a search shows: 200 passages at {@link #MAX_LIMIT} a page. */
  public static final int MAX_PAGE = coveragebot.reply.SearchReply.LAST_PAGE;

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
              OptionSpec.integer("page", "Which page of passages to show (default 1)", 1, MAX_PAGE),
              OptionSpec.text("outlet", "Only passages from this outlet", false, false)),
          List.of(
              "/search who will NATO work with",
              "/search what did Trump say outlet:Jordan Times",
              "/search North Korean troops limit:5",
              "/search NATO limit:3 page:2",
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
   * Rutte take office", "what did Stoltenberg say about Rutte", "how many"), with the "about" after
   * them. News text is full of "said" and "did", so a passage rich in them outranked the one about
   * Stoltenberg or the date; and "about" put "Concerns loom ... about the future" above Radio
   * Romania's paragraph on Rutte and China for "what did Rutte say about China".
   */
  private static final java.util.regex.Pattern ASKING =
      java.util.regex.Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{Nd}'’-])(?:(?:say|says|said|tell|tells|told|think|thinks|thought)"
              + "\\s+about|how\\s+(?:many|much)|what|who|whom|whose|which|when|where|why|how|did"
              + "|does|do"
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
    int page = request.integer("page", 1);
    int skipped = (page - 1) * limit; // the passages of the pages before
    Set<String> only;
    try {
      only =
          request.text("outlet").isPresent() ? outlets.files(request.text("outlet").get()) : null;
    } catch (UsageException e) {
      return e.toReply();
    }
    int candidates = Math.max(CANDIDATES, (skipped + limit) * 5);
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
      String spelling = didYouMean(words, spellings(words));
      return new SearchReply(
          question,
          limit,
          List.of(),
          spelling == null ? note : note + " " + spelling,
          List.of(),
          page,
          false);
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
      } else if (groups.size() <= skipped + limit) {
        // one more than the pages so far need: whether there is a next page
        groups.add(new Group(p, h.score(), shingles != null ? shingles : Text.shingles(p.text())));
      }
    }
    boolean more = groups.size() > skipped + limit;
    int found = groups.size(); // passages up to this page's end, and the next page's first
    groups = groups.subList(Math.min(skipped, found), Math.min(skipped + limit, found));
    if (groups.isEmpty()) {
      int last = (found + limit - 1) / limit;
      return new SearchReply(
          question,
          limit,
          List.of(),
          "Page "
              + page
              + " is past the last passage for \""
              + CommandLineParser.clip(question)
              + "\": there "
              + (found == 1 ? "is 1" : "are " + found)
              + " at "
              + limit
              + " a page, up to page:"
              + last
              + ".",
          List.of(),
          page,
          false);
    }
    // The words searched for are analysed once for all the highlights (not the question words:
    // "say" was marked where it was not searched), and each text once for its copies.
    Set<String> wanted = Set.copyOf(index.terms(words));
    Map<String, List<Span>> highlights = new HashMap<>();
    java.util.function.Function<Passage, Excerpt> excerpt =
        p -> Excerpts.of(p, highlights.computeIfAbsent(p.text(), t -> index.matches(wanted, t)));
    List<SearchReply.Result> results = new ArrayList<>();
    Set<String> shown = new HashSet<>(); // the words searched that the passages shown have
    for (Group g : groups) {
      List<Excerpt> copies = g.copies.stream().map(excerpt).toList();
      Excerpt best = excerpt.apply(g.best);
      // how each copy's words differ ("said" → "stated"), as /quote shows: "also in" is no
      // promise of the same words
      QuoteVariants.From from = new QuoteVariants.From(g.best.text());
      List<List<String>> differences =
          g.copies.stream().map(c -> from.wordDifferences(c.text())).toList();
      results.add(new SearchReply.Result(best, g.score, copies, differences));
      for (Span s : highlights.get(g.best.text())) {
        shown.addAll(index.terms(g.best.text().substring(s.start(), s.end())));
      }
    }
    Map<String, String> spellings = spellings(words);
    List<String> missing = missing(words, shown, spellings.keySet());
    String note = didYouMean(words, spellings);
    if (!missing.isEmpty()) {
      String lacking =
          "No passage shown has "
              + String.join(" or ", missing.stream().map(w -> "\"" + w + "\"").toList())
              + ".";
      note = note == null ? lacking : note + " " + lacking;
    }
    return new SearchReply(question, limit, results, note, missing, page, more);
  }

  /**
   * The words of {@code words} (as the user typed them, first form each) that none of the passages
   * shown has in any form ({@code shown}: their searched terms), but for the typos {@code misspelt}
   * already named: "votes" of "how many votes did Trump win", which a reader would otherwise take
   * as answered. At most {@link #MAX_MISSING}: a pasted paragraph is not a question.
   */
  private List<String> missing(String words, Set<String> shown, Set<String> misspelt) {
    if (words.length() > MAX_SPELLED_CHARS) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Words.Word w : Words.of(words)) {
      String typed = words.substring(w.start(), w.end());
      List<String> terms = index.terms(typed);
      if (terms.isEmpty()
          || SMALL.contains(w.norm())
          || !seen.addAll(terms)
          || misspelt.contains(w.norm())
          || terms.stream().anyMatch(shown::contains)) {
        continue;
      }
      if (out.size() == MAX_MISSING) {
        break;
      }
      out.add(typed);
    }
    return out;
  }

  /**
   * Words that say how, not what, which {@link #missing} does not name: "after" of "who will NATO
   * work with after the US election" (search keeps them: they can tell passages apart).
   */
  private static final Set<String> SMALL =
      Set.of(
          "about", "above", "after", "again", "against", "all", "also", "any", "before", "below",
          "between", "both", "during", "each", "even", "ever", "from", "here", "into", "just",
          "more", "most", "much", "many", "now", "only", "other", "over", "same", "since", "so",
          "some", "than", "then", "through", "too", "under", "until", "up", "very", "while", "yet");

  /** The most missing words a reply names. */
  private static final int MAX_MISSING = 5;

  /**
   * "No passage has "scholtz"; did you mean "scholz"?" for the words no passage has that are a typo
   * or two from one they have ({@code spellings}: {@link PassageIndex#spellings}), or null.
   */
  private static String didYouMean(String words, Map<String, String> spellings) {
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

  /** {@link PassageIndex#spellings}, none for a question too long to have typos looked for. */
  private Map<String, String> spellings(String words) {
    // a pasted article is not a question with typos
    return words.length() > MAX_SPELLED_CHARS ? Map.of() : index.spellings(words);
  }

  /** The longest question whose words are checked for typos or named as missing. */
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
