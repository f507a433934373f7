package coveragebot.command;

import coveragebot.extract.AliasMapping;
import coveragebot.extract.Person;
import coveragebot.extract.Quotation;
import coveragebot.extract.Quotations;
import coveragebot.reply.Reply;
import coveragebot.reply.SpeakersReply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code /speakers}: everyone quoted, with how often, in which outlets, and under which names. */
public final class SpeakersCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "speakers",
          "List everyone quoted in the coverage, with counts and outlets",
          List.of(),
          List.of("/speakers"));

  private final SpeakersReply reply;

  public SpeakersCommand(Quotations quotations) {
    this.reply = build(quotations);
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    return reply;
  }

  private static SpeakersReply build(Quotations quotations) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, TreeSet<String>> outlets = new HashMap<>();
    Map<String, Integer> unnamedCounts = new TreeMap<>();
    Map<String, TreeSet<String>> unnamedOutlets = new HashMap<>();
    for (Quotation q : quotations.all()) {
      if (q.kind() == Quotation.Kind.TITLE) {
        continue;
      }
      String outlet = q.source().outlet();
      if (q.speaker() != null) {
        counts.merge(q.speaker(), 1, Integer::sum);
        outlets.computeIfAbsent(q.speaker(), k -> new TreeSet<>()).add(outlet);
      } else if (q.attribution().speakerText() != null && !q.attribution().ambiguous()) {
        String description = q.attribution().speakerText();
        unnamedCounts.merge(description, 1, Integer::sum);
        unnamedOutlets.computeIfAbsent(description, k -> new TreeSet<>()).add(outlet);
      }
    }
    Map<String, List<String>> roles = new HashMap<>(); // by person, as /quote finds them
    new TreeMap<>(QuoteCommand.roles(quotations.all()))
        .forEach(
            (role, people) ->
                people.forEach(p -> roles.computeIfAbsent(p, k -> new ArrayList<>()).add(role)));
    List<SpeakersReply.Speaker> speakers = new ArrayList<>();
    for (Person p : Speakers.quoted(quotations)) {
      speakers.add(
          new SpeakersReply.Speaker(
              p.name(),
              counts.get(p.name()),
              List.copyOf(outlets.get(p.name())),
              p.aliases(),
              roles.getOrDefault(p.name(), List.of()).stream()
                  .filter(role -> !p.aliases().contains(role)) // "Rutter": a name, misspelt
                  .toList()));
    }
    speakers.sort(
        Comparator.comparingInt(SpeakersReply.Speaker::quotes)
            .reversed()
            .thenComparing(SpeakersReply.Speaker::name));
    List<SpeakersReply.Speaker> unnamed = new ArrayList<>();
    unnamedCounts.forEach(
        (d, n) ->
            unnamed.add(
                new SpeakersReply.Speaker(d, n, List.copyOf(unnamedOutlets.get(d)), List.of())));
    List<SpeakersReply.Alias> aliases = new ArrayList<>();
    for (AliasMapping m : quotations.aliases()) {
      aliases.add(new SpeakersReply.Alias(m.alias(), m.canonical(), m.reason()));
    }
    return new SpeakersReply(speakers, unnamed, aliases);
  }
}
