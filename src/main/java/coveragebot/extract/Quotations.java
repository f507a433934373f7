package coveragebot.extract;

import coveragebot.corpus.Unread;
import java.util.List;

/**
 * Every quotation of a corpus, in article then text order, with the people they were attributed to
 * and how name forms were mapped to them; {@code unread} lists the articles whose quotations were
 * not all read: reading them failed (a bug: they have none here), or they hold more than an article
 * is read for (their first ones are here).
 */
public record Quotations(
    List<Quotation> all, List<Person> people, List<AliasMapping> aliases, List<Unread> unread) {
  public Quotations {
    all = List.copyOf(all);
    people = List.copyOf(people);
    aliases = List.copyOf(aliases);
    unread = List.copyOf(unread);
  }
}
