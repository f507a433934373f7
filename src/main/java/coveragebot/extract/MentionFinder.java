package coveragebot.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people an article refers to outside quotes: names (mapped to canonical people),
 * pronouns, role phrases ("the alliance chief") and unnamed descriptions ("a NATO diplomat"). It
 * also records each role the article gives a person ("NATO chief Mark Rutte", "Rutte, a former
 * prime minister"), so that a later role phrase can be resolved to them.
 */
final class MentionFinder {
  private final People people;

  MentionFinder(People people) {
    this.people = people;
  }

  /** What one article says about people. */
  record Found(List<Mention> mentions, Map<String, List<Set<String>>> roles) {}

  Found find(String text, List<int[]> stretches) {
    List<Mention> out = new ArrayList<>();
    Map<String, List<Set<String>>> roles = new LinkedHashMap<>();
    for (int[] s : stretches) {
      List<Token> tokens = Token.of(text, s[0], s[1]);
      boolean[] used = new boolean[tokens.size()];
      names(text, tokens, used, out, roles);
      rolesAndPronouns(text, tokens, used, out, roles);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Found(out, roles);
  }

  private void names(
      String text,
      List<Token> tokens,
      boolean[] used,
      List<Mention> out,
      Map<String, List<Set<String>>> roles) {
    for (int[] run : NameRuns.of(text, tokens)) {
      int k = run[0];
      while (k < run[1]) {
        int matched = 0;
        Optional<People.Match> match = Optional.empty();
        for (int len = Math.min(4, run[1] - k); len >= 1 && match.isEmpty(); len--) {
          if (len == 1 && Lexicon.NOT_NAMES.contains(tokens.get(k).lower())) {
            continue;
          }
          match = people.match(form(text, tokens, k, k + len));
          matched = len;
        }
        if (match.isEmpty()) {
          k++;
          continue;
        }
        int first = k;
        Token before = NameRuns.previous(text, tokens, k);
        if (before != null && NameRuns.honorific(before)) {
          first = k - 1;
        }
        Token last = tokens.get(k + matched - 1);
        int end = last.start() + last.base().length();
        int start = tokens.get(first).start();
        String canonical = match.get().canonical();
        out.add(
            new Mention(
                Mention.Type.NAME,
                start,
                end,
                text.substring(start, end),
                canonical,
                people.gender(canonical),
                null,
                Set.of(),
                first < k ? "honorific and " + match.get().reason() : match.get().reason()));
        for (int u = first; u < k + matched; u++) {
          used[u] = true;
        }
        Set<String> role = roleBefore(text, tokens, first, used);
        if (!role.isEmpty()) {
          roles.computeIfAbsent(canonical, x -> new ArrayList<>()).add(role);
        }
        k += matched;
      }
    }
  }

  /** The role words right before a name: "outgoing NATO chief" before "Jens Stoltenberg". */
  private static Set<String> roleBefore(String text, List<Token> tokens, int i, boolean[] used) {
    Set<String> words = new HashSet<>();
    boolean head = false;
    for (int k = i - 1; k >= 0 && NameRuns.previous(text, tokens, k + 1) != null; k--) {
      Token t = tokens.get(k);
      String l = t.lower();
      if (NameRuns.roleWord(t)) {
        head = true;
      } else if (!Lexicon.ROLE_MODIFIERS.contains(l) && !t.properCase() && !upper(t)) {
        break;
      }
      if (used[k]) {
        break;
      }
      used[k] = true;
      words.add(Roles.normal(t));
    }
    return head ? words : Set.of();
  }

  private void rolesAndPronouns(
      String text,
      List<Token> tokens,
      boolean[] used,
      List<Mention> out,
      Map<String, List<Set<String>>> roles) {
    for (int k = 0; k < tokens.size(); k++) {
      if (used[k]) {
        continue;
      }
      Token t = tokens.get(k);
      boolean he = t.lowerIs("he");
      if (!t.possessive() && (he || t.lowerIs("she"))) {
        Gender g = he ? Gender.MALE : Gender.FEMALE;
        out.add(
            new Mention(
                Mention.Type.PRONOUN, t.start(), t.end(), t.text(), null, g, null, Set.of(), null));
        continue;
      }
      if (!NameRuns.roleWord(t) || t.lowerIs("secretary") || t.lowerIs("prime")) {
        continue;
      }
      Roles.Phrase p = Roles.phrase(text, tokens, k, used);
      if (p == null) {
        continue;
      }
      String appositiveOf = Roles.appositive(text, p.start(), out);
      if (appositiveOf == null) {
        appositiveOf = Roles.introducedName(text, p.end(), out);
      }
      if (appositiveOf != null) {
        roles.computeIfAbsent(appositiveOf, x -> new ArrayList<>()).add(p.words());
        continue;
      }
      Mention.Type type = p.indefinite() ? Mention.Type.UNNAMED : Mention.Type.ROLE;
      out.add(
          new Mention(
              type,
              p.start(),
              p.end(),
              text.substring(p.start(), p.end()),
              null,
              Gender.UNKNOWN,
              p.head(),
              p.words(),
              null));
    }
  }

  private static boolean upper(Token t) {
    return t.capitalised();
  }

  /**
   * The words {@code [from, to)} of a name run as one form, the last without a possessive ending
   * ("Mark Rutte's" is "Mark Rutte"): a run's words are joined by single spaces ({@link
   * NameRuns#of}), so the form is one cut of the text, not a joining of words cut one by one (which
   * was a gigabyte of garbage per 100k build).
   */
  static String form(String text, List<Token> tokens, int from, int to) {
    Token last = tokens.get(to - 1);
    return text.substring(tokens.get(from).start(), last.end() - (last.possessive() ? 2 : 0));
  }
}
