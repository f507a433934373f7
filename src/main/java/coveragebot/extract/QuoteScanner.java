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

  private enum Mark {
    OPEN,
    CLOSE,
    EITHER,
    NONE
  }

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
                    ? singleMark(text, first, region) == Mark.OPEN
                    : isDoubleOpening(text.charAt(first)));
        if (reopens && carriedSingle) {
          singleOpen = first;
          continuing = true;
        } else if (reopens) {
          doubleOpen = first;
          continuing = true;
        } else {
          out.add(unclosed(text, carriedOpen, carried, carriedRegion, regions));
          carried = new ArrayList<>();
          carriedOpen = -1;
        }
      }
      int i = continuing ? first(doubleOpen, singleOpen) + 1 : region.start();
      for (; i < region.end(); i++) {
        char c = text.charAt(i);
        Mark d = doubleMark(text, i, region);
        if (d != Mark.NONE) {
          boolean closes = doubleOpen >= 0 && (d == Mark.CLOSE || d == Mark.EITHER);
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
          } else if (d == Mark.OPEN || (d == Mark.EITHER && opensHere(text, i, region))) {
            doubleOpen = i; // a second opening with the first still open: the first was a stray
            singleOpen = -1;
            carried = new ArrayList<>();
            carriedOpen = -1;
          }
          continue;
        }
        if (doubleOpen >= 0 || !isSingle(c)) {
          continue; // single marks inside a double quote are nested quotes or apostrophes
        }
        Mark s = singleMark(text, i, region);
        if (s == Mark.OPEN && singleOpen < 0) {
          singleOpen = i;
        } else if (s == Mark.CLOSE && singleOpen >= 0) {
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
          out.add(unclosed(text, carriedOpen, carried, carriedRegion, regions));
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
          out.add(unclosed(text, carriedOpen, carried, carriedRegion, regions));
          carried = new ArrayList<>();
          carriedOpen = -1;
        }
      }
    }
    if (carriedOpen >= 0) {
      out.add(unclosed(text, carriedOpen, carried, carriedRegion, regions));
    }
    return out;
  }

  private static int first(int a, int b) {
    return a >= 0 ? a : b;
  }

  private static RawQuote unclosed(
      String text, int open, List<Span> segments, int region, List<Region> regions) {
    List<Span> segs = segments.isEmpty() ? List.of(new Span(open + 1, open + 1)) : segments;
    int end = segs.get(segs.size() - 1).end();
    return new RawQuote(new Span(open, end), segs, false, region, regions.get(region).headline());
  }

  /** A lone opening single mark is a quote only when it cannot be an elision ('em, ’90s). */
  private static boolean reportUnclosedSingle(String text, int i, Region region) {
    return text.charAt(i) == '\u2018' || skipSpace(text, region.start(), region.end()) == i;
  }

  private static Mark doubleMark(String text, int i, Region region) {
    char c = text.charAt(i);
    Mark m =
        switch (c) {
          case '\u201C', '\u201E', '\u00AB' -> Mark.OPEN;
          case '\u201D', '\u00BB' -> Mark.CLOSE;
          case '"' -> Mark.EITHER;
          default -> Mark.NONE;
        };
    if (m != Mark.NONE
        && isWordChar(before(text, i, region))
        && isWordChar(after(text, i, region))) {
      return Mark.NONE; // inside a word: O"Brien, 5"4
    }
    return m;
  }

  /** A straight double mark with nothing open opens, unless it plainly ends a word. */
  private static boolean opensHere(String text, int i, Region region) {
    char next = after(text, i, region);
    return !Character.isWhitespace(next) || i == region.start();
  }

  private static Mark singleMark(String text, int i, Region region) {
    char c = text.charAt(i);
    char prev = before(text, i, region);
    char next = after(text, i, region);
    if (c == '\u2018') {
      return Character.isDigit(next) || Character.isWhitespace(next) ? Mark.NONE : Mark.OPEN;
    }
    if (isWordChar(prev) && isWordChar(next)) {
      return Mark.NONE; // He’s, Nato's, I'm
    }
    boolean openSide = Character.isWhitespace(prev) || "([{—–-/\u0000".indexOf(prev) >= 0;
    if (openSide && Character.isLetter(next)) {
      return Mark.OPEN;
    }
    if (!Character.isWhitespace(prev) && prev != '\u0000' && !Character.isLetterOrDigit(next)) {
      return Mark.CLOSE;
    }
    return Mark.NONE;
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  private static boolean isDoubleOpening(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** The character before {@code i} in the region, or NUL at its start. */
  private static char before(String text, int i, Region region) {
    return i > region.start() ? text.charAt(i - 1) : '\u0000';
  }

  private static char after(String text, int i, Region region) {
    return i + 1 < region.end() ? text.charAt(i + 1) : '\u0000';
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
