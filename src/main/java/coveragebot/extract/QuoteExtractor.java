package coveragebot.extract;

import coveragebot.corpus.Article;
import coveragebot.corpus.Span;
import coveragebot.corpus.Unread;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds and attributes every quotation of a corpus. Two passes: the first learns who the corpus
 * names as a person (so that "Rutte" in one article is the "Mark Rutte" of another), the second
 * finds each article's mentions and attributes its quotes in reading order, since a pronoun or a
 * continuation paragraph depends on the quote before it. Articles are read on all cores where they
 * do not depend on each other; what is learnt across articles is gathered in article order, so the
 * result is the same as reading them one by one.
 */
public final class QuoteExtractor {
  private final QuoteScanner scanner = new QuoteScanner();

  /**
   * The most quotations one article is read for, in text order: each is attributed against what
   * comes before it, and a file of tens of thousands of them (a dump, not an article) took minutes
   * and gigabytes. The others still mark what is quoted and what is narrative.
   */
  static final int MAX_PER_ARTICLE = 5_000;

  private record Scanned(List<Region> regions, List<RawQuote> quotes) {}

  /**
   * What the merge needs of one article: its quotations, and each distinct name mention (person,
   * form and reason), in the order first seen. Keeping every mention of every article until the
   * merge held millions of them at 100k articles, for the collector to copy.
   */
  private record Read(List<Mention> names, List<Quotation> quotes) {}

  private record NameKey(String person, String text, String reason) {}

  private static List<Mention> distinctNames(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    Set<NameKey> seen = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.NAME
          && seen.add(new NameKey(m.person(), m.text(), m.reason()))) {
        out.add(m);
      }
    }
    return out;
  }

  public Quotations extract(List<Article> articles) {
    // An article whose reading fails (a bug) is left out from that step on and reported, so that
    // one article cannot stop a start: its first failure, by article. The last pass also notes
    // here the articles read for their first MAX_PER_ARTICLE quotations only.
    Map<Integer, Unread> unread = new java.util.concurrent.ConcurrentSkipListMap<>();
    List<Scanned> scanned =
        java.util.stream.IntStream.range(0, articles.size())
            .parallel()
            .mapToObj(
                i -> {
                  Article a = articles.get(i);
                  try {
                    List<Region> rs = Region.of(a);
                    List<RawQuote> qs = new ArrayList<>(scanner.scan(a.text(), rs));
                    qs.sort(Comparator.comparingInt(q -> q.marks().start()));
                    return new Scanned(rs, qs);
                  } catch (RuntimeException e) {
                    unread.putIfAbsent(i, unread(a, e));
                    return new Scanned(List.of(), List.of());
                  }
                })
            .toList();
    List<List<Region>> regions = scanned.stream().map(Scanned::regions).toList();
    List<List<RawQuote>> raw = scanned.stream().map(Scanned::quotes).toList();
    // who is named as a person: runs of articles on all cores, each read by a finder of its own,
    // the finders merged in article order (an ordered stream combines left with right), so that
    // only a few finders are ever alive instead of one per article
    PeopleFinder finder =
        java.util.stream.IntStream.range(0, articles.size())
            .parallel()
            .collect(
                PeopleFinder::new,
                (one, i) -> {
                  try {
                    for (int[] s : outsideQuotes(regions.get(i), raw.get(i), false)) {
                      one.read(articles.get(i).text(), s[0], s[1]);
                    }
                  } catch (RuntimeException e) {
                    unread.putIfAbsent(i, unread(articles.get(i), e));
                  }
                },
                PeopleFinder::merge);
    People people = finder.people();
    MentionFinder mentionFinder = new MentionFinder(people);
    Attributor attributor = new Attributor(new Resolver(people));
    // One string per distinct quotation text: copies of a story carry the same quotations, and
    // each kept a copy of its text (at 100k generated articles, 620,951 quotations of 168 distinct
    // texts: sharing them takes 39 bytes per passage, 48 MB, off the bot's heap).
    Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    List<Read> read =
        java.util.stream.IntStream.range(0, articles.size())
            .parallel()
            .mapToObj(
                i -> {
                  Article a = articles.get(i);
                  if (unread.containsKey(i)) {
                    return new Read(List.of(), List.of());
                  }
                  try {
                    MentionFinder.Found found =
                        mentionFinder.find(
                            a.text(), outsideQuotes(regions.get(i), raw.get(i), true));
                    Read done =
                        new Read(
                            distinctNames(found.mentions()),
                            article(a, regions.get(i), raw.get(i), found, attributor, texts));
                    if (raw.get(i).size() > MAX_PER_ARTICLE) {
                      unread.put(
                          i,
                          Unread.beyond(
                              a.file(), "quotations", raw.get(i).size(), MAX_PER_ARTICLE));
                    }
                    return done;
                  } catch (RuntimeException e) {
                    unread.putIfAbsent(i, unread(a, e));
                    return new Read(List.of(), List.of());
                  }
                })
            .toList();
    List<Quotation> out = new ArrayList<>();
    Map<String, Set<String>> aliases = new TreeMap<>();
    Map<String, AliasMapping> mappings = new LinkedHashMap<>();
    for (Read r : read) {
      for (Mention m : r.names()) {
        aliases.computeIfAbsent(m.person(), k -> new TreeSet<>()).add(m.text());
        if (!m.text().equals(m.person())) {
          mappings.putIfAbsent(m.text(), new AliasMapping(m.text(), m.person(), m.reason()));
        }
      }
      out.addAll(r.quotes());
    }
    List<Person> persons = new ArrayList<>();
    aliases.forEach(
        (name, forms) -> {
          List<String> others = forms.stream().filter(f -> !f.equals(name)).toList();
          persons.add(
              new Person(name, others, people.gender(name).name().toLowerCase(Locale.ROOT)));
        });
    return new Quotations(
        out, persons, List.copyOf(mappings.values()), List.copyOf(unread.values()));
  }

  private static Unread unread(Article a, RuntimeException e) {
    return Unread.failed(a.file(), "its quotations", e);
  }

  private static List<Quotation> article(
      Article a,
      List<Region> regions,
      List<RawQuote> quotes,
      MentionFinder.Found found,
      Attributor attributor,
      Map<String, String> texts) {
    String text = a.text();
    List<Span> marks = quotes.stream().map(RawQuote::marks).toList();
    List<List<Span>> sentences = new ArrayList<>();
    for (Region r : regions) {
      sentences.add(Sentences.of(text, r, marks));
    }
    Attributor.Article ctx =
        new Attributor.Article(text, regions, found.mentions(), found.roles(), sentences);
    List<Quotation> out = new ArrayList<>();
    Resolver.LastSpeaker last = null;
    RawQuote previous = null;
    String previousSpeaker = null;
    for (RawQuote q : quotes.subList(0, Math.min(quotes.size(), MAX_PER_ARTICLE))) {
      Region region = regions.get(q.region());
      Quotation.Kind kind = QuoteKinds.of(text, region, q, sentences.get(q.region()));
      Attribution who =
          kind == Quotation.Kind.TITLE
              ? Attribution.none("title or name: no speaker")
              : attributor.attribute(ctx, q, last, previous, previousSpeaker);
      String quoted = text.substring(q.start(), q.end());
      String earlier = texts.putIfAbsent(quoted, quoted);
      out.add(
          new Quotation(
              a.source(),
              q.start(),
              q.end(),
              earlier == null ? quoted : earlier,
              kind,
              q.marks(),
              q.closed(),
              q.headline(),
              q.segments(),
              who));
      if (kind != Quotation.Kind.TITLE && !q.headline()) {
        previous = q;
        previousSpeaker = who.speaker();
        if (who.speaker() != null) {
          last = new Resolver.LastSpeaker(who.speaker(), q.region());
        }
      }
    }
    return out;
  }

  /** Stretches of story text outside quote marks, where people are named in the narrative. */
  private static List<int[]> outsideQuotes(
      List<Region> regions, List<RawQuote> quotes, boolean withHeadline) {
    List<int[]> out = new ArrayList<>();
    for (Region r : regions) {
      if (r.headline() && !withHeadline) {
        continue;
      }
      int from = r.start();
      for (RawQuote q : quotes) {
        Span m = q.marks();
        if (m.end() <= r.start() || m.start() >= r.end()) {
          continue;
        }
        if (m.start() > from) {
          out.add(new int[] {from, m.start()});
        }
        from = Math.max(from, m.end());
      }
      if (from < r.end()) {
        out.add(new int[] {from, r.end()});
      }
    }
    return out;
  }
}
