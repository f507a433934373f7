package coveragebot.extract;

import java.util.List;

/**
 * Every quotation of a corpus, in article then text order, with the people they were attributed to
 * and how name forms were mapped to them.
 */
public record Quotations(List<Quotation> all, List<Person> people, List<AliasMapping> aliases) {
  public Quotations {
    all = List.copyOf(all);
    people = List.copyOf(people);
    aliases = List.copyOf(aliases);
  }
}
