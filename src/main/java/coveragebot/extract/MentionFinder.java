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
    Tokens tokens = new Tokens(); // one for all the stretches, read one after the other
    for (int[] s : stretches) {
      tokens.read(text, s[0], s[1]);
      boolean[] used = new boolean[tokens.size()];
      names(text, tokens, used, out, roles);
      rolesAndPronouns(text, tokens, used, out, roles);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Found(out, roles);
  }

  private void names(
      String text,
      Tokens tokens,
      boolean[] used,
      List<Mention> out,
      Map<String, List<Set<String>>> roles) {
    for (int s = NameRuns.next(tokens, 0); s < tokens.size(); ) {
      int e = NameRuns.end(tokens, s);
      int k = s;
      while (k < e) {
        int matched = 0;
        Optional<People.Match> match = Optional.empty();
        for (int len = Math.min(4, e - k); len >= 1 && match.isEmpty(); len--) {
          if (len == 1 && tokens.lowerIn(Lexicon.NOT_NAMES, k)) {
            continue;
          }
          match = people.match(form(tokens, k, k + len));
          matched = len;
        }
        if (match.isEmpty()) {
          k++;
          continue;
        }
        int first = k;
        int before = NameRuns.previous(tokens, k);
        if (before >= 0 && NameRuns.honorific(tokens, before)) {
          first = k - 1;
        }
        int end = tokens.baseEnd(k + matched - 1);
        int start = tokens.start(first);
        String canonical = match.get().canonical();
        out.add(
            new Mention(
                Mention.Type.NAME,
                start,
                end,
                tokens.cut(start, end),
                canonical,
                people.gender(canonical),
                null,
                Set.of(),
                first < k ? "honorific and " + match.get().reason() : match.get().reason()));
        for (int u = first; u < k + matched; u++) {
          used[u] = true;
        }
        Set<String> role = roleBefore(tokens, first, used);
        if (!role.isEmpty()) {
          roles.computeIfAbsent(canonical, x -> new ArrayList<>()).add(role);
        }
        k += matched;
      }
      s = NameRuns.next(tokens, e);
    }
  }

  /** The role words right before a name: "outgoing NATO chief" before "Jens Stoltenberg". */
  private static Set<String> roleBefore(Tokens tokens, int i, boolean[] used) {
    Set<String> words = null; // made for the few names with a word before them
    boolean head = false;
    for (int k = i - 1; k >= 0 && NameRuns.previous(tokens, k + 1) >= 0; k--) {
      if (NameRuns.roleWord(tokens, k)) {
        head = true;
      } else if (!tokens.lowerIn(Lexicon.ROLE_MODIFIERS, k) && !tokens.capitalised(k)) {
        break;
      }
      if (used[k]) {
        break;
      }
      used[k] = true;
      if (words == null) {
        words = new HashSet<>();
      }
      words.add(Roles.normal(tokens, k));
    }
    return head && words != null ? words : Set.of();
  }

  private void rolesAndPronouns(
      String text,
      Tokens tokens,
      boolean[] used,
      List<Mention> out,
      Map<String, List<Set<String>>> roles) {
    for (int k = 0; k < tokens.size(); k++) {
      if (used[k]) {
        continue;
      }
      boolean he = tokens.lowerIs(k, "he");
      if (!tokens.possessive(k) && (he || tokens.lowerIs(k, "she"))) {
        Gender g = he ? Gender.MALE : Gender.FEMALE;
        out.add(
            new Mention(
                Mention.Type.PRONOUN,
                tokens.start(k),
                tokens.end(k),
                tokens.text(k),
                null,
                g,
                null,
                Set.of(),
                null));
        continue;
      }
      if (!NameRuns.roleWord(tokens, k)
          || tokens.lowerIs(k, "secretary")
          || tokens.lowerIs(k, "prime")) {
        continue;
      }
      Roles.Phrase p = Roles.phrase(tokens, k, used);
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
              tokens.cut(p.start(), p.end()),
              null,
              Gender.UNKNOWN,
              p.head(),
              p.words(),
              null));
    }
  }

  /**
   * The words {@code [from, to)} of a name run as one form, the last without a possessive ending
   * ("Mark Rutte's" is "Mark Rutte"): a run's words are joined by single spaces ({@link
   * NameRuns#end}), so the form is one cut of the text, not a joining of words cut one by one
   * (which was a gigabyte of garbage per 100k build). Format characters are left out ({@link
   * Tokens#cut}): "Mark Ru\u00ADtte" is "Mark Rutte".
   */
  static String form(Tokens tokens, int from, int to) {
    return tokens.cut(tokens.start(from), tokens.baseEnd(to - 1));
  }
}
