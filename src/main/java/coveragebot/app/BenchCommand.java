package coveragebot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coveragebot.bench.LatencyStats;
import coveragebot.bench.SeedBench;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: start-up to ready, and per-command latency (median, p99, max) over the loaded
 * corpus, through the same command layer users hit.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure start-up and per-command latency over the articles folder.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--queries",
      description = "Timed queries per command (default: ${DEFAULT-VALUE}).",
      defaultValue = "2000")
  int queries;

  @Option(
      names = "--warmup",
      description = "Untimed queries per command first (default: ${DEFAULT-VALUE}).",
      defaultValue = "2000")
  int warmup;

  @Option(
      names = "--seed",
      description = "Seed of the query generator (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(names = "--json", description = "Print JSON for machines instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Bot bot = main.load();
    if (bot == null) {
      return Main.BAD_INPUT;
    }
    long startupMs =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    Map<String, LatencyStats> stats =
        new SeedBench(bot.corpus(), bot.commands()).run(warmup, queries, seed);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = mapper.createObjectNode();
    o.put("articles", bot.corpus().articles().size());
    o.put("passages", bot.corpus().passages().size());
    o.put("startup_ms", startupMs);
    o.put("load_ms", bot.loadMillis());
    int passages = bot.corpus().passages().size();
    o.putObject("index")
        .put("build_ms", bot.indexMillis())
        .put(
            "passages_per_s",
            bot.indexMillis() == 0 ? passages * 1000L : passages * 1000L / bot.indexMillis());
    ObjectNode commands = o.putObject("commands");
    stats.forEach(
        (name, s) ->
            commands
                .putObject(name)
                .put("p50_ms", s.p50Ms())
                .put("p99_ms", s.p99Ms())
                .put("max_ms", s.maxMs())
                .put("queries", s.queries())
                .put("errors", s.errors()));
    if (json) {
      main.out().println(mapper.writeValueAsString(o));
      return Main.OK;
    }
    main.out()
        .printf(
            "%d articles, %d passages; JVM start to ready %d ms (read and parse %d ms, index %d ms)%n",
            bot.corpus().articles().size(),
            bot.corpus().passages().size(),
            startupMs,
            bot.loadMillis(),
            bot.indexMillis());
    main.out()
        .printf(
            "%-10s %9s %9s %9s %8s %7s%n",
            "command", "p50 ms", "p99 ms", "max ms", "queries", "errors");
    stats.forEach(
        (name, s) ->
            main.out()
                .printf(
                    "%-10s %9.3f %9.3f %9.3f %8d %7d%n",
                    name, s.p50Ms(), s.p99Ms(), s.maxMs(), s.queries(), s.errors()));
    return Main.OK;
  }
}
