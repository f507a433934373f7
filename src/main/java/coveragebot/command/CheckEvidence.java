package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import coveragebot.reply.CheckReply.Evidence;
import coveragebot.reply.Excerpt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the evidence of a check: exact spans of article text, with who said them when known. */
final class CheckEvidence {
  private final Map<String, Article> articles = new HashMap<>();

  /** Quotations by file, in text order: a look-up per evidence must not scan the corpus. */
  private final Map<String, List<Quotation>> byFile = new HashMap<>();

  CheckEvidence(Corpus corpus, Quotations quotations) {
    corpus.articles().forEach(a -> articles.put(a.file(), a));
    quotations.all().forEach(q -> byFile.computeIfAbsent(q.file(), f -> new ArrayList<>()).add(q));
  }

  private List<Quotation> in(String file) {
    return byFile.getOrDefault(file, List.of());
  }

  /** The article text from {@code start} to {@code end}, as an excerpt with its speaker. */
  Evidence span(Article a, int start, int end, boolean supports) {
    String text = a.text().substring(start, end);
    Excerpt e =
        new Excerpt(
            text,
            a.file(),
            start,
            end,
            a.source(),
            Links.textFragment(a.source().url(), text),
            List.of());
    return new Evidence(e, speaker(a.file(), start, end), supports);
  }

  Evidence passage(Passage p, boolean supports) {
    // a passage may hold several quotations: no single speaker is claimed for it
    return new Evidence(Excerpts.of(p), null, supports);
  }

  /**
   * The speaker of the quotation that holds the span, or null when none is known. The span must lie
   * within the quotation's words (within one of its pieces when it runs over several paragraphs):
   * narration that merely runs into a quotation ("...the outcome of the vote. "Whoever wins...") is
   * nobody's words.
   */
  String speaker(String file, int start, int end) {
    for (Quotation q : in(file)) {
      if (q.start() <= start
          && end <= q.end()
          && q.speaker() != null
          && q.kind() != Quotation.Kind.TITLE
          && inOnePiece(q, start, end)) {
        return q.speaker();
      }
    }
    return null;
  }

  private static boolean inOnePiece(Quotation q, int start, int end) {
    return q.segments().size() <= 1
        || q.segments().stream().anyMatch(s -> s.start() <= start && end <= s.end());
  }

  /** The quotation (not a title) that holds the span, if any: /compare shows it whole. */
  java.util.Optional<Quotation> quotation(String file, int start, int end) {
    return in(file).stream()
        .filter(q -> q.start() <= start && end <= q.end())
        .filter(q -> q.kind() != Quotation.Kind.TITLE)
        .findFirst();
  }

  /** "Stoltenberg" and "Mr. Stoltenberg" name Jens Stoltenberg: any shared name word counts. */
  static boolean sameName(String claimed, String known) {
    List<String> a = Text.words(claimed.toLowerCase(Locale.ROOT));
    List<String> b = Text.words(known.toLowerCase(Locale.ROOT));
    return a.stream().anyMatch(w -> w.length() > 2 && b.contains(w));
  }
}
