package coveragebot.extract;

import coveragebot.corpus.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks in story text. Double marks (straight, curly, guillemets) are primary; single
 * marks count as quotes only outside double ones, and a single mark between letters (He’s, Nato's)
 * or closing with nothing open (allies') is an apostrophe. An opening mark left open at the end of
 * a paragraph continues when the next paragraph opens with a mark again (the newspaper convention
 * for long quotes); otherwise it is reported as unclosed, ending with its paragraph.
 */
final class QuoteScanner {

  /** Finds every quote in {@code regions} of {@code text}; never throws on odd marks. */
  List<RawQuote> scan(String text, List<Region> regions) {
    List<RawQuote> out = new ArrayList<>();
    List<Span> carried = new ArrayList<>(); // finished segments of a quote running on
    int carriedOpen = -1;
    int carriedRegion = -1;
    boolean carriedSingle = false; // British style: a single-mark quote may run on, too
    for (int r = 0; r < regions.size(); r++) {
      Region region = regions.get(r);
      int doubleOpen = -1;
      int singleOpen = -1;
      boolean continuing = false;
      if (carriedOpen >= 0) {
        int first = skipSpace(text, region.start(), region.end());
        boolean reopens =
            !region.headline()
                && first < region.end()
                && (carriedSingle
                    ? QuoteMarks.isSingle(text.charAt(first))
                        && QuoteMarks.singleMark(text, first, region) == QuoteMarks.Mark.OPEN
                    : QuoteMarks.isDoubleOpening(text.charAt(first)));
        if (reopens && carriedSingle) {
          singleOpen = first;
          continuing = true;
        } else if (reopens) {
          doubleOpen = first;
          continuing = true;
        } else {
          addUnclosed(out, text, carriedOpen, carried, carriedRegion, regions);
          carried = new ArrayList<>();
          carriedOpen = -1;
        }
      }
      int i = continuing ? first(doubleOpen, singleOpen) + 1 : region.start();
      for (; i < region.end(); i++) {
        char c = text.charAt(i);
        if (!QuoteMarks.mayBeMark(c)) {
          continue; // most characters: neither a double nor a single mark
        }
        QuoteMarks.Mark d = QuoteMarks.doubleMark(text, i, region);
        if (d != QuoteMarks.Mark.NONE) {
          boolean closes =
              doubleOpen >= 0 && (d == QuoteMarks.Mark.CLOSE || d == QuoteMarks.Mark.EITHER);
          if (closes) {
            Span inner = inner(text, doubleOpen + 1, i);
            if (inner != null || !carried.isEmpty()) {
              List<Span> segs = new ArrayList<>(carried);
              if (inner != null) {
                segs.add(inner);
              }
              int open = carriedOpen >= 0 ? carriedOpen : doubleOpen;
              int reg = carriedOpen >= 0 ? carriedRegion : r;
              out.add(new RawQuote(new Span(open, i + 1), segs, true, reg, region.headline()));
            }
            carried = new ArrayList<>();
            carriedOpen = -1;
            doubleOpen = -1;
          } else if (d == QuoteMarks.Mark.OPEN
              || (d == QuoteMarks.Mark.EITHER && QuoteMarks.opensHere(text, i, region))) {
            doubleOpen = i; // a second opening with the first still open: the first was a stray
            singleOpen = -1;
            carried = new ArrayList<>();
            carriedOpen = -1;
          }
          continue;
        }
        if (doubleOpen >= 0 || !QuoteMarks.isSingle(c)) {
          continue; // single marks inside a double quote are nested quotes or apostrophes
        }
        QuoteMarks.Mark s = QuoteMarks.singleMark(text, i, region);
        if (s == QuoteMarks.Mark.OPEN && singleOpen < 0) {
          singleOpen = i;
        } else if (s == QuoteMarks.Mark.CLOSE && singleOpen >= 0) {
          Span inner = inner(text, singleOpen + 1, i);
          List<Span> segs = new ArrayList<>(carried);
          if (inner != null) {
            segs.add(inner);
          }
          if (!segs.isEmpty()) {
            int open = carriedOpen >= 0 ? carriedOpen : singleOpen;
            int reg = carriedOpen >= 0 ? carriedRegion : r;
            out.add(new RawQuote(new Span(open, i + 1), segs, true, reg, region.headline()));
          }
          carried = new ArrayList<>();
          carriedOpen = -1;
          singleOpen = -1;
        }
      }
      if (doubleOpen >= 0) {
        Span inner = inner(text, doubleOpen + 1, region.end());
        if (inner != null) {
          carried.add(inner);
        }
        if (carriedOpen < 0) {
          carriedOpen = doubleOpen;
          carriedRegion = r;
        }
        carriedSingle = false;
        if (region.headline()) {
          addUnclosed(out, text, carriedOpen, carried, carriedRegion, regions);
          carried = new ArrayList<>();
          carriedOpen = -1;
        }
      } else if (singleOpen >= 0
          && (continuing || reportUnclosedSingle(text, singleOpen, region))) {
        // Kept open for the next paragraph; reported as unclosed there if it does not reopen.
        Span inner = inner(text, singleOpen + 1, region.end());
        if (inner != null) {
          carried.add(inner);
        }
        if (carriedOpen < 0) {
          carriedOpen = singleOpen;
          carriedRegion = r;
        }
        carriedSingle = true;
        if (region.headline()) {
          addUnclosed(out, text, carriedOpen, carried, carriedRegion, regions);
          carried = new ArrayList<>();
          carriedOpen = -1;
        }
      }
    }
    if (carriedOpen >= 0) {
      addUnclosed(out, text, carriedOpen, carried, carriedRegion, regions);
    }
    return out;
  }

  private static int first(int a, int b) {
    return a >= 0 ? a : b;
  }

  /** An opening mark with no words after it is not a quotation: nothing is reported for it. */
  private static void addUnclosed(
      List<RawQuote> out,
      String text,
      int open,
      List<Span> segments,
      int region,
      List<Region> regions) {
    if (!segments.isEmpty()) {
      out.add(unclosed(text, open, segments, region, regions));
    }
  }

  private static RawQuote unclosed(
      String text, int open, List<Span> segments, int region, List<Region> regions) {
    int end = segments.get(segments.size() - 1).end();
    return new RawQuote(
        new Span(open, end), segments, false, region, regions.get(region).headline());
  }

  /** A lone opening single mark is a quote only when it cannot be an elision ('em, ’90s). */
  private static boolean reportUnclosedSingle(String text, int i, Region region) {
    return text.charAt(i) == '\u2018' || skipSpace(text, region.start(), region.end()) == i;
  }

  /** The text between marks without edge spaces, or null when nothing is left. */
  private static Span inner(String text, int from, int to) {
    int s = skipSpace(text, from, to);
    int e = to;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
