package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Published;
import coveragebot.extract.Quotations;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import coveragebot.reply.CompareReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /compare <quote or topic>}: side by side, how each outlet carried one statement, who
 * published it first, which outlets cut or changed it and which did not carry it (issue 6).
 */
public final class CompareCommand implements Command {
  private static final CommandSpec SPEC =
      new CommandSpec(
          "compare",
          "Show side by side how each outlet carried one statement, and who published it first",
          List.of(OptionSpec.text("statement", "A quote or a few words of it", true, true)),
          List.of("/compare we will work with Kamala Harris", "/compare in the interest of"));

  private final List<Article> articles;
  private final CheckEvidence evidence;
  private final CoverageWords coverage;

  public CompareCommand(Corpus corpus, Quotations quotations) {
    this(corpus, quotations, new CoverageWords(corpus));
  }

  /** With the word look-up shared with {@link CheckCommand} (built once for both). */
  public CompareCommand(Corpus corpus, Quotations quotations, CoverageWords words) {
    this.articles = corpus.articles();
    this.evidence = new CheckEvidence(corpus, quotations);
    this.coverage = words;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  private record Version(Article article, Evidence evidence, List<Words.Word> words) {}

  @Override
  public Reply handle(CommandRequest request) {
    Claim claim = Claim.parse(request.text("statement").orElse(""));
    List<String> query = Words.norms(Words.of(claim.body()));
    if (query.size() < 2) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "/compare needs at least 2 words of the statement.",
          "For example: " + SPEC.examples().getFirst());
    }
    List<Version> versions = new ArrayList<>();
    List<CompareReply.Missing> missing = new ArrayList<>();
    double needed = Math.max(2, Checker.SAME_STATEMENT * query.size());
    // An alignment matches at most as many words as the article has of the statement: articles
    // with too few of them are missing without being aligned.
    int[] present = coverage.presentCounts(query);
    int[] ids = coverage.ids(query);
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Alignment.Region r = present[i] < needed ? null : Alignment.best(ids, coverage.words(i));
      if (r == null || r.matches() < needed) {
        missing.add(new CompareReply.Missing(a.file(), a.source().outlet()));
        continue;
      }
      List<Words.Word> words = Words.of(a.text());
      int start = words.get(r.from()).start();
      int end = words.get(r.to() - 1).end();
      // a statement is compared whole: widen the match to the quotation that holds it
      var q = evidence.quotation(a.file(), start, end);
      if (q.isPresent()) {
        start = q.get().start();
        end = q.get().end();
      }
      Evidence e = evidence.span(a, start, end, true);
      versions.add(new Version(a, e, Words.of(e.excerpt().text())));
    }
    versions.sort(Comparator.comparing((Version v) -> when(v.article().source().published())));
    List<CompareReply.Carried> carried = new ArrayList<>();
    for (Version v : versions) {
      if (carried.isEmpty()) {
        carried.add(new CompareReply.Carried(v.evidence(), "first", List.of()));
        continue;
      }
      List<Difference> d = Differences.between(v.words(), versions.getFirst().words());
      carried.add(new CompareReply.Carried(v.evidence(), change(d), d));
    }
    String note =
        carried.isEmpty()
            ? "No outlet carries \"" + CommandLineParser.clip(claim.body()) + "\"."
            : null;
    return new CompareReply(claim.body(), carried, missing, note);
  }

  private static String change(List<Difference> d) {
    if (d.isEmpty()) {
      return "same";
    }
    return d.stream().allMatch(x -> x.claim().isEmpty()) ? "cut" : "changed";
  }

  /** Undated articles sort last: they cannot be first. */
  private static String when(Published p) {
    if (p == null || p.date() == null) {
      return "~";
    }
    LocalTime t = p.time() == null ? LocalTime.MAX : p.time();
    LocalDate d = p.date();
    return d + "T" + t;
  }
}
