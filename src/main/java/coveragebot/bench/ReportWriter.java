package coveragebot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Map;

/**
 * A bench report as JSON, in the shape of issue 7 (fields are only ever added), or as a table for
 * people.
 */
public final class ReportWriter {

  public ObjectNode json(ObjectMapper mapper, BenchReport r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("articles", r.articles());
    o.put("passages", r.passages());
    o.put("startup_ms", r.startupMs());
    o.putObject("index")
        .put("build_ms", r.buildMs())
        .put("extract_ms", r.extractMs())
        .put("bot_ms", r.botMs())
        .put("bot_cpu_ms", r.botCosts().cpuMs())
        .put("bot_jit_ms", r.botCosts().jitMs())
        .put("bot_gc_ms", r.botCosts().gcMs())
        .put("suggestions_ms", r.suggestionsMs())
        .put("passages_per_s", r.passagesPerS())
        .put("heap_bytes_per_passage", r.heapBytesPerPassage())
        .put("file_bytes_per_passage", r.fileBytesPerPassage())
        .put(
            "heap_method",
            "live objects (class histogram, fillers left out) with the bot (index, quotations,"
                + " events, look-ups) minus without it");
    ObjectNode commands = o.putObject("commands");
    ObjectNode baselines = o.putObject("baselines");
    ObjectNode scan = baselines.putObject("scan");
    ObjectNode lucene = baselines.putObject("lucene");
    for (Map.Entry<String, CommandBench.Result> e : r.commands().entrySet()) {
      CommandBench.Result c = e.getValue();
      commands
          .putObject(e.getKey())
          .put("p50_ms", c.command().p50Ms())
          .put("p99_ms", c.command().p99Ms())
          .put("max_ms", c.command().maxMs())
          .put("queries", c.command().queries())
          .put("errors", c.command().errors() + c.throughput().errors())
          .put("commands_per_s", Math.round(c.throughput().commandsPerS()))
          .put("threads", r.threads())
          .put("warmup_queries", c.warmup().queries())
          .put("warmup_p99_ms", c.warmup().first().p99Ms());
      var slow = ((ObjectNode) commands.get(e.getKey())).putArray("slowest");
      for (CommandBench.Slow q : c.slowest()) {
        slow.addObject().put("line", q.line()).put("ms", q.ms());
      }
      if (c.scan() != null) {
        scan.putObject(e.getKey())
            .put("p50_ms", c.scan().p50Ms())
            .put("p99_ms", c.scan().p99Ms())
            .put("queries", c.scan().queries());
      }
      if (c.lucene() != null) {
        lucene
            .putObject(e.getKey())
            .put("p50_ms", c.lucene().p50Ms())
            .put("p99_ms", c.lucene().p99Ms())
            .put("queries", c.lucene().queries());
      }
    }
    o.put("corpus", r.corpus());
    o.put("load_ms", r.loadMs());
    return o;
  }

  public void table(PrintStream out, BenchReport r) {
    out.printf(
        "%s corpus: %d articles, %d passages; JVM start to ready %d ms (load and parse %d ms;"
            + " then %d ms to a ready bot: index %d ms = %d passages/s, quotations, dates and their"
            + " look-ups %d ms, the other commands' look-ups the rest)%n",
        r.corpus(),
        r.articles(),
        r.passages(),
        r.startupMs(),
        r.loadMs(),
        r.botMs(),
        r.buildMs(),
        r.passagesPerS(),
        r.extractMs());
    out.printf(
        "while building the bot: processor time %d ms, of which the JIT compiling %d ms;"
            + " collections %d ms%n",
        r.botCosts().cpuMs(), r.botCosts().jitMs(), r.botCosts().gcMs());
    out.printf(
        "heap %d bytes/passage (live objects with index, quotations and events; index files %d"
            + " bytes/passage)%n",
        r.heapBytesPerPassage(), r.fileBytesPerPassage());
    if (r.commands().containsKey("autocomplete")) {
      out.printf(
          "autocomplete lists (speakers, outlets, topics) worked out in %d ms%n",
          r.suggestionsMs());
    }
    out.printf(
        "%-12s %8s %8s %8s %8s %6s %9s | %9s %9s | %9s %9s | %7s %9s%n",
        "command",
        "p50 ms",
        "p99 ms",
        "max ms",
        "queries",
        "errors",
        "cmds/s",
        "lucene p50",
        "p99",
        "scan p50",
        "p99",
        "x lucene",
        "scan/cmd");
    r.commands()
        .forEach(
            (name, c) ->
                out.printf(
                    "%-12s %8.3f %8.3f %8.3f %8d %6d %9.0f | %9s %9s | %9s %9s | %7s %9s%n",
                    name,
                    c.command().p50Ms(),
                    c.command().p99Ms(),
                    c.command().maxMs(),
                    c.command().queries(),
                    c.command().errors() + c.throughput().errors(),
                    c.throughput().commandsPerS(),
                    ms(c.lucene() == null ? null : c.lucene().p50Ms()),
                    ms(c.lucene() == null ? null : c.lucene().p99Ms()),
                    ms(c.scan() == null ? null : c.scan().p50Ms()),
                    ms(c.scan() == null ? null : c.scan().p99Ms()),
                    ratio(BenchReport.overLucene(c)),
                    ratio(BenchReport.scanOver(c))));
    out.printf(
        "(%d query thread%s for cmds/s; latencies with one thread; ratios at p99)%n",
        r.threads(), r.threads() == 1 ? "" : "s");
    out.printf(
        "warm-up before timing (at least --warmup queries, then until the JIT compiles for under"
            + " %d%% of the time):%n",
        Math.round(CommandBench.SETTLED * 100));
    r.commands()
        .forEach(
            (name, c) ->
                out.printf(
                    "  %-12s %6d queries, the first %d at p99 %.3f ms%n",
                    name,
                    c.warmup().queries(),
                    c.warmup().first().queries(),
                    c.warmup().first().p99Ms()));
    out.println("slowest queries:");
    r.commands()
        .forEach(
            (name, c) ->
                c.slowest().stream()
                    .limit(3)
                    .forEach(q -> out.printf("  %-12s %9.3f ms  %s%n", name, q.ms(), q.line())));
  }

  private static String ms(Double v) {
    return v == null ? "-" : String.format("%.3f", v);
  }

  private static String ratio(double v) {
    return Double.isNaN(v) ? "-" : String.format("%.1f", v);
  }
}
