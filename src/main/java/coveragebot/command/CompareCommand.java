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

  /** Article numbers by publication: undated last, then in article order. */
  private final int[] byPublication;

  /**
   * Versions quoted, and articles listed as not carrying the statement; the reply counts the
   * others. A phrase of an agency story can be carried by thousands of articles.
   */
  static final int MAX_LISTED = 25;

  public CompareCommand(Corpus corpus, Quotations quotations) {
    this(corpus, quotations, new CoverageWords(corpus));
  }

  /** With the word look-up shared with {@link CheckCommand} (built once for both). */
  public CompareCommand(Corpus corpus, Quotations quotations, CoverageWords words) {
    this.articles = corpus.articles();
    this.evidence = new CheckEvidence(corpus, quotations);
    this.coverage = words;
    String[] keys = new String[articles.size()]; // made once each, not at every comparison
    for (int i = 0; i < keys.length; i++) {
      keys[i] = when(articles.get(i).source().published());
    }
    this.byPublication =
        java.util.stream.IntStream.range(0, articles.size())
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> keys[i]))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  /** One outlet's version; {@code whole}: it has every word of the statement in a row. */
  private record Version(
      Article article, Evidence evidence, List<Words.Word> words, boolean whole) {}

  @Override
  public Reply handle(CommandRequest request) {
    Claim typed = Claim.parse(request.text("statement").orElse(""));
    // a quotation credited to someone is compared without its credit; any other statement whole
    // ("Trump warned in February" is a statement, not "in February" credited to Trump)
    String statement = typed.quoted() ? typed.body() : typed.text();
    List<String> query = Words.norms(Words.of(statement));
    if (query.size() < 2) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "/compare needs at least 2 words of the statement.",
          "For example: " + SPEC.examples().getFirst());
    }
    double needed = Math.max(2, Checker.SAME_STATEMENT * query.size());
    // An alignment matches at most as many words as the article has of the statement: articles
    // with too few of them are missing without being aligned.
    int[] present = coverage.presentCounts(query);
    int[] ids = coverage.ids(query);
    int[] content = contentWords(query, ids);
    boolean[] carries = new boolean[articles.size()];
    boolean[] whole = new boolean[articles.size()]; // every word of the statement, in a row
    Alignment.Region[] regions = new Alignment.Region[articles.size()];
    // each article on its own: on all cores
    java.util.stream.IntStream.range(0, articles.size())
        .parallel()
        .forEach(
            i -> {
              if (present[i] < needed) {
                return;
              }
              // aligned without first counting how close together the words are: the alignment
              // reads little beyond them, and that count cost more than it saved (a third of the
              // time, for a seventh of the articles)
              int[] seq = coverage.words(i); // decoded once per article
              // every word in a row: the highest score there is, so the best region matches them
              // all, if one such place is body text
              Alignment.Region inARow = inARowInBody(i, seq, ids);
              if (inARow != null) {
                carries[i] = true;
                whole[i] = true;
                regions[i] = inARow;
                return;
              }
              Alignment.Region r = Alignment.best(ids, seq);
              if (r.matches() >= needed && !inBody(i, r)) {
                // a caption, teaser or page chrome, or across paragraphs: the body's best instead
                r = BodyText.best(ids, seq, coverage.bodyRanges(i));
              }
              carries[i] = r.matches() >= needed && sharesContent(r, seq, content);
              regions[i] = carries[i] ? r : null;
            });
    List<CompareReply.Missing> missing = new ArrayList<>();
    int moreMissing = 0;
    for (int i = 0; i < articles.size(); i++) {
      if (carries[i]) {
        continue;
      }
      if (missing.size() < MAX_LISTED) {
        Article a = articles.get(i);
        missing.add(new CompareReply.Missing(a.file(), a.source().outlet()));
      } else {
        moreMissing++;
      }
    }
    // Versions in publication order (undated last, then article order); only the first ones
    // are quoted and compared.
    List<Version> versions = new ArrayList<>();
    int moreCarried = 0;
    for (int i : byPublication) {
      if (!carries[i]) {
        continue;
      }
      if (versions.size() == MAX_LISTED) {
        moreCarried++;
        continue;
      }
      Article a = articles.get(i);
      Alignment.Region r = regions[i];
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
      versions.add(new Version(a, e, Words.of(e.excerpt().text()), whole[i]));
    }
    // the versions are compared with the first that has the statement whole, when one does:
    // Khaleej Times' "support for Kyiv" came out first, but it is not "support for Ukraine", which
    // three other outlets print word for word
    List<Version> earlier = List.of(); // published before the one compared with, in part
    for (int k = 1; k < versions.size(); k++) {
      if (versions.get(k).whole() && !versions.getFirst().whole()) {
        earlier = List.copyOf(versions.subList(0, k));
        versions.addFirst(versions.remove(k));
        break;
      }
    }
    List<CompareReply.Carried> carried = new ArrayList<>();
    for (Version v : versions) {
      if (carried.isEmpty()) {
        carried.add(new CompareReply.Carried(v.evidence(), "first", List.of()));
        continue;
      }
      Version first = versions.getFirst();
      List<Difference> d =
          Differences.between(
              v.evidence().excerpt().text(),
              v.words(),
              first.evidence().excerpt().text(),
              first.words());
      carried.add(new CompareReply.Carried(v.evidence(), change(d), d));
    }
    String note =
        carried.isEmpty()
            ? "No outlet carries \"" + CommandLineParser.clip(statement) + "\"."
            : earlier.isEmpty() ? undatedNote(versions) : partFirstNote(versions, earlier);
    return new CompareReply(statement, carried, missing, note, moreCarried, moreMissing);
  }

  /**
   * Where {@code words} (word numbers; a negative one is a word no article has) first occur in a
   * row in {@code text} from position {@code from} on, or -1. Compared number by number where the
   * first matches: through {@code Arrays.equals} at every position (two range checks and a call
   * that the launcher's less inlining no longer inlines) it was a fifth of /compare's time.
   */
  static int firstInRow(int[] text, int[] words, int from) {
    for (int id : words) {
      if (id < 0) {
        return -1;
      }
    }
    if (words.length == 0) {
      return from <= text.length ? from : -1;
    }
    int first = words[0];
    for (int j = from; j + words.length <= text.length; j++) {
      if (text[j] == first && inRowAt(text, j, words)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The first place where {@code ids} stand in a row in article {@code a} (whose words are {@code
   * seq}) within one body paragraph, as a region matching them all, or null.
   */
  private Alignment.Region inARowInBody(int a, int[] seq, int[] ids) {
    for (int j = firstInRow(seq, ids, 0); j >= 0; j = firstInRow(seq, ids, j + 1)) {
      Alignment.Region r =
          new Alignment.Region(
              j, j + ids.length, ids.length, ids.length * Alignment.MATCH, 0, ids.length);
      if (inBody(a, r)) {
        return r;
      }
    }
    return null;
  }

  /** Whether the words of {@code r} in article {@code a} lie within one body paragraph. */
  private boolean inBody(int a, Alignment.Region r) {
    if (r.matches() == 0) {
      return false;
    }
    return BodyText.inOneRange(coverage.bodyRanges(a), r.from(), r.to());
  }

  /**
   * The distinct numbers of the statement's content words (not stop words; a word no article has is
   * left out), or of all of its words when it has only stop words.
   */
  private static int[] contentWords(List<String> query, int[] ids) {
    int[] out = new int[ids.length];
    int n = 0;
    boolean any = false;
    for (int k = 0; k < ids.length; k++) {
      if (!stopWord(query.get(k))) {
        any = true;
        if (ids[k] >= 0) {
          out[n++] = ids[k];
        }
      }
    }
    return java.util.Arrays.stream(any ? java.util.Arrays.copyOf(out, n) : ids)
        .distinct()
        .toArray();
  }

  /**
   * Whether region {@code r} of {@code seq} has the statement's content words ({@link
   * #contentWords}, each once), at least one and half of them ({@link Checker#SAME_STATEMENT}): "in
   * the context of the" shares only stop words with "in the interest of the United States" and is
   * no version of it, nor is "... make sure that the alliance stays united" one of "keep the
   * alliance strong", with "alliance" of its three.
   */
  static boolean sharesContent(Alignment.Region r, int[] seq, int[] content) {
    int found = 0;
    for (int w : content) {
      for (int j = r.from(); j < r.to(); j++) {
        if (seq[j] == w) {
          found++;
          break;
        }
      }
    }
    return found >= 1 && found >= Checker.SAME_STATEMENT * content.length;
  }

  /**
   * Words that alone make no version of a statement: the stop words search drops and the pronouns
   * and auxiliaries of reported speech.
   */
  static boolean stopWord(String norm) {
    return coveragebot.index.PassageIndex.stopWord(norm) || MORE_STOP_WORDS.contains(norm);
  }

  private static final java.util.Set<String> MORE_STOP_WORDS =
      java.util.Set.of(
          "from", "has", "have", "had", "he", "she", "we", "i", "you", "his", "her", "its", "our",
          "were", "been", "being", "would", "could", "should", "can", "may", "might", "do", "does",
          "did", "who", "which", "what", "when", "where", "how", "than", "so", "about", "over",
          "after", "before", "up", "out", "all", "also", "him", "them");

  private static boolean inRowAt(int[] text, int at, int[] words) {
    for (int k = 1; k < words.length; k++) {
      if (text[at + k] != words[k]) {
        return false;
      }
    }
    return true;
  }

  private static String change(List<Difference> d) {
    if (d.isEmpty()) {
      return "same";
    }
    return d.stream().allMatch(x -> x.claim().isEmpty()) ? "cut" : "changed";
  }

  /**
   * What "first" cannot tell when a version's article has no publication date: it may have come out
   * before the first dated one ("Jowhar has no publication date, so it may have carried this
   * first."), or, with none dated, "first" is file order; null when every version is dated.
   */
  private static String undatedNote(List<Version> versions) {
    List<String> undated = undatedOutlets(versions);
    if (undated.isEmpty() || versions.size() == 1) {
      return null; // one version is first whenever it came out
    }
    if (versions.getFirst().article().source().published() == null) {
      return "No article carrying this has a publication date: \"first\" is the first file, not"
          + " the first published.";
    }
    return noDate(undated)
        + ", so "
        + (undated.size() == 1 ? "it" : "any of them")
        + " may have carried this first: versions are compared with the first dated one.";
  }

  /**
   * Why the version compared with is not the first published: those before it carry part of the
   * statement only ("Compared with Jordan Times' version, the first dated one with every word of
   * the statement; Khaleej Times carried part of it before.").
   */
  private static String partFirstNote(List<Version> versions, List<Version> earlier) {
    Version base = versions.getFirst();
    String outlets =
        String.join(
            ", ", earlier.stream().map(v -> v.article().source().outlet()).distinct().toList());
    String name = base.article().source().outlet();
    String note =
        "Compared with "
            + name
            + (name.endsWith("s") ? "'" : "'s")
            + " version, the first"
            + (base.article().source().published() == null ? "" : " dated")
            + " one with every word of the statement; "
            + outlets
            + " carried part of it before.";
    List<String> undated = undatedOutlets(versions);
    return undated.isEmpty() ? note : note + " " + noDate(undated) + ".";
  }

  /** "Jowhar has no publication date", "Jowhar, Daily Mail Nigeria have ...": no full stop. */
  private static String noDate(List<String> outlets) {
    return String.join(", ", outlets)
        + (outlets.size() == 1 ? " has" : " have")
        + " no publication date";
  }

  /** The outlets of the versions whose article has no publication date, each once. */
  private static List<String> undatedOutlets(List<Version> versions) {
    return versions.stream()
        .filter(v -> v.article().source().published() == null)
        .map(v -> v.article().source().outlet())
        .distinct()
        .toList();
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
