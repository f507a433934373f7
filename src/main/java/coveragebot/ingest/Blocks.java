package coveragebot.ingest;

import java.util.ArrayList;
import java.util.List;

/** Cuts an article into its non-blank lines (LF, CRLF or CR), trimmed, with exact offsets. */
final class Blocks {
  private Blocks() {}

  static List<Block> of(String text) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int eol = i;
      while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      int s = SentenceSplitter.skipSpace(text, i, eol);
      int e = SentenceSplitter.trimEnd(text, s, eol);
      if (e > s) {
        out.add(new Block(out.size(), s, e, text.substring(s, e)));
      }
      i = eol;
      if (i < n && text.charAt(i) == '\r') {
        i++;
      }
      if (i < n && text.charAt(i) == '\n') {
        i++;
      }
    }
    return out;
  }
}
