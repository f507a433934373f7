package coveragebot.command;

import java.util.List;
import java.util.Set;

/**
 * Whose verb follows a name: a name that ends a relative clause about someone else is not the
 * subject of the verb after it. In "Trump, who sealed a dramatic comeback ... against Democrat
 * Kamala Harris, rattled NATO", Trump rattled NATO, not Harris.
 */
final class Clauses {
  private Clauses() {}

  /** The words that open a relative clause after a comma. */
  private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "which");

  /**
   * The name (word indices {@code [from, to)} of {@code words}, the words of {@code text}) whose
   * verb comes after the name holding word {@code k}, when that name closes a relative clause about
   * it: the name is followed by a comma and a word in lower case, and the nearest comma before it
   * in its sentence opens the clause (", who", ", whose", ", whom", ", which") after a capitalised
   * word. Null when the name stands on its own ("Harris, who ...", "Trump said ...").
   */
  static int[] governing(String text, List<Words.Word> words, int k) {
    int end = k;
    while (end + 1 < words.size()
        && upper(text, words.get(end + 1))
        && between(text, words, end).isBlank()) {
      end++;
    }
    if (end + 1 >= words.size()
        || !between(text, words, end).trim().equals(",")
        || upper(text, words.get(end + 1))) {
      return null;
    }
    for (int i = k - 1; i >= 0; i--) {
      String gap = between(text, words, i);
      if (gap.chars().anyMatch(c -> ".!?;:\"“”«»".indexOf(c) >= 0)) {
        return null; // another sentence, or a quotation
      }
      if (gap.indexOf(',') < 0) {
        continue;
      }
      if (!RELATIVES.contains(words.get(i + 1).norm()) || !upper(text, words.get(i))) {
        return null;
      }
      int from = i;
      while (from > 0
          && upper(text, words.get(from - 1))
          && between(text, words, from - 1).isBlank()) {
        from--;
      }
      return new int[] {from, i + 1};
    }
    return null;
  }

  /**
   * As {@link #governing(String, List, int)}, for the name starting at offset {@code at} of {@code
   * text}, read within its sentence: the name's offsets {@code [start, end)}, or null.
   */
  static int[] governing(String text, int at) {
    int from = BodyText.sentenceStart(text, 0, at);
    int to = Math.min(text.length(), at + 200); // the name, its comma and the word after
    List<Words.Word> words = Words.of(text.substring(from, to));
    for (int k = 0; k < words.size(); k++) {
      if (from + words.get(k).start() == at) {
        int[] s = governing(text.substring(from, to), words, k);
        return s == null
            ? null
            : new int[] {from + words.get(s[0]).start(), from + words.get(s[1] - 1).end()};
      }
    }
    return null;
  }

  /** The words that open a condition, or a clause about someone unnamed ("whoever wins"). */
  private static final Set<String> CONDITIONS =
      Set.of("if", "unless", "whether", "whoever", "whichever", "whatever", "whomever");

  /** How far before its verb a condition's word may stand: "if the US president-elect wins". */
  private static final int CONDITION_REACH = 5;

  /**
   * The word that makes verb {@code k} of {@code words} (the words of {@code text}) a condition or
   * the act of someone unnamed, rather than a statement that it happened: "if" of "if Trump wins",
   * "whoever" of "whoever wins", "no" of "no matter who wins"; within the verb's clause (no
   * punctuation between) and at most {@link #CONDITION_REACH} words before it. -1 for none.
   */
  static int condition(String text, List<Words.Word> words, int k) {
    for (int i = k - 1; i >= 0 && i >= k - CONDITION_REACH; i--) {
      String gap = between(text, words, i);
      if (!gap.isBlank() || gap.indexOf('\n') >= 0) {
        return -1; // another clause, or another paragraph
      }
      String w = words.get(i).norm();
      if (CONDITIONS.contains(w)) {
        return i;
      }
      if (w.equals("who")
          && i >= 2
          && words.get(i - 1).norm().equals("matter")
          && words.get(i - 2).norm().equals("no")) {
        return i - 2;
      }
    }
    return -1;
  }

  /** How far after "if" the verb of its consequence may stand: the condition and a clause. */
  private static final int CONSEQUENCE_REACH = 25;

  /** Words that open a condition whose consequence follows it after a comma. */
  private static final Set<String> IFS = Set.of("if", "unless");

  /** Whether {@code words} have an "if" or "unless": a claim that tells a consequence with it. */
  static boolean conditional(List<Words.Word> words) {
    return words.stream().anyMatch(w -> IFS.contains(w.norm()));
  }

  /** Words that open a clause of its own: a verb after one is no consequence of a condition. */
  private static final Set<String> OWN_CLAUSE =
      Set.of("but", "because", "although", "though", "while", "whereas");

  /**
   * The "if" (or "unless") whose consequence verb {@code k} of {@code words} (the words of {@code
   * text}) tells: "is" of "if Putin would be successful in Ukraine, that at that moment, an
   * emboldened Russia is on our eastern flank". The condition stands in the verb's sentence, at
   * most {@link #CONSEQUENCE_REACH} words before it, with a comma between (its own clause closed),
   * and no quotation mark, other clause ("but", "because" ...) or other condition between. -1 for
   * none.
   */
  static int consequence(String text, List<Words.Word> words, int k) {
    boolean comma = false;
    for (int i = k - 1; i >= 0 && i >= k - CONSEQUENCE_REACH; i--) {
      String gap = between(text, words, i);
      if (gap.chars().anyMatch(c -> ".!?;:\"“”«»\n".indexOf(c) >= 0)) {
        return -1; // another sentence, paragraph or quotation
      }
      comma |= gap.indexOf(',') >= 0;
      String w = words.get(i).norm();
      if (OWN_CLAUSE.contains(w)) {
        return -1;
      }
      if (IFS.contains(w)) {
        return comma ? i : -1;
      }
    }
    return -1;
  }

  /** The text between word {@code k} and the next, as written. */
  private static String between(String text, List<Words.Word> words, int k) {
    return text.substring(words.get(k).end(), words.get(k + 1).start());
  }

  private static boolean upper(String text, Words.Word w) {
    return Character.isUpperCase(text.codePointAt(w.start()));
  }

  /**
   * The sentences of {@code passage} (its words {@code text}), as {@code [first word, last word]}
   * of each.
   */
  static List<int[]> sentences(String passage, List<Words.Word> text) {
    List<int[]> out = new java.util.ArrayList<>();
    int from = 0;
    for (int k = 0; k < text.size(); k++) {
      if (k + 1 == text.size()
          || Differences.sentenceEnd(passage, text.get(k).end(), text.get(k + 1).start())) {
        out.add(new int[] {from, k});
        from = k + 1;
      }
    }
    return out;
  }

  /**
   * Whether a relative clause about the words before it holds word {@code at}: a "who", "which" or
   * "that" after word {@code from}, with no comma between it and {@code at} ("Rutte, a former prime
   * minister of The Netherlands who took over at the helm").
   */
  static boolean relativeTo(String passage, List<Words.Word> text, int from, int at) {
    for (int r = at - 1; r > from; r--) {
      if (RELATIVE_WORDS.contains(text.get(r).norm())) {
        return true;
      }
      if (Checker.clauseBreak(passage, text.get(r), text.get(r + 1))) {
        return false;
      }
    }
    return false;
  }

  /** Words that open a relative clause, whose verb is told of the name before it. */
  static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "that");

  /** Whether no comma, colon or sentence end stands between words {@code from} and {@code to}. */
  static boolean oneClause(String passage, List<Words.Word> text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Checker.clauseBreak(passage, text.get(k), text.get(k + 1))) {
        return false;
      }
    }
    return true;
  }

  /** The sentence of {@code sentences} ({@link #sentences}) that holds word {@code at}. */
  static int[] sentenceAt(List<int[]> sentences, int at) {
    return sentences.stream().filter(b -> b[0] <= at && at <= b[1]).findFirst().orElseThrow();
  }

  /** The text of sentence {@code b} ({@link #sentences}) of {@code passage}. */
  static String sentence(String passage, List<Words.Word> text, int[] b) {
    return passage.substring(text.get(b[0]).start(), text.get(b[1]).end());
  }
}
