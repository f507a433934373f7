package coveragebot.extract;

import java.util.List;

/**
 * A person quoted or mentioned in the corpus under one canonical name.
 *
 * @param aliases every other way the corpus names them ("Rutte", "Mr. Rutte", "Rutter")
 */
public record Person(String name, List<String> aliases, String gender) {
  public Person {
    aliases = List.copyOf(aliases);
  }
}
