package coveragebot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import coveragebot.bench.BenchReport;
import coveragebot.bench.CommandBench;
import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.HeapProbe;
import coveragebot.bench.ReportWriter;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: start-up, index cost and per-command latency (median, p99, max) through the same
 * command layer users hit, with a {@code String.contains} scan and the bare Lucene query as
 * baselines. Over the articles folder, or over a generated corpus ({@code --articles N}).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure start-up, index cost and per-command latency.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--articles",
      description = "Bench a generated corpus of this many articles instead of the folder.")
  Integer articles;

  @Option(
      names = "--write-corpus",
      paramLabel = "DIR",
      description =
          "Write the generated articles (--articles, default 1000) as .txt files, then stop.")
  Path writeCorpus;

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
      names = "--scan-queries",
      description =
          "Queries timed for the scan baseline, the slowest part (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int scanQueries;

  @Option(
      names = "--threads",
      description = "Query threads for the throughput figure (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int threads;

  @Option(
      names = "--seed",
      description = "Seed of the corpus and query generators (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(
      names = "--commands",
      split = ",",
      paramLabel = "NAME",
      description = "Time only these commands, e.g. search,quote (default: every command).")
  java.util.List<String> only = new java.util.ArrayList<>();

  @Option(names = "--json", description = "Print JSON for machines instead of a table.")
  boolean json;

  @Option(
      names = "--claims",
      description =
          "What /check is asked: printed (a few words of a passage as printed, the default) or"
              + " edited (misquotes and claims not in the coverage).",
      defaultValue = "printed")
  Workloads.Claims claims;

  /** Not a command of the bot: the suggestions Discord asks for as the user types. */
  static final String AUTOCOMPLETE = "autocomplete";

  private long suggestionsMs;

  @Override
  public Integer call() throws Exception {
    if (queries < 1
        || warmup < 0
        || scanQueries < 0
        || threads < 1
        || (articles != null && articles < 1)) {
      main.err().println("bench: --articles, --queries and --threads must be at least 1");
      return Main.BAD_INPUT;
    }
    if (writeCorpus != null) {
      Path config =
          writeCorpus.toAbsolutePath().resolveSibling(writeCorpus.getFileName() + ".sources.json");
      int n =
          new CorpusGenerator(seed).write(articles == null ? 1000 : articles, writeCorpus, config);
      main.out()
          .println(
              "Wrote "
                  + n
                  + " generated articles to "
                  + writeCorpus
                  + " and their outlets and links to "
                  + config
                  + ". Start a bot over them with: bin/coverage-bot --seeds "
                  + writeCorpus
                  + " --config "
                  + config);
      return Main.OK;
    }
    HeapProbe heap = new HeapProbe();
    Corpus corpus;
    long loadMs;
    long readyMs;
    if (articles == null) {
      LiveBot live = main.load();
      if (live == null) {
        return Main.BAD_INPUT;
      }
      Bot seeds = live.bot();
      readyMs = sinceJvmStart();
      corpus = seeds.corpus();
      loadMs = seeds.loadMillis();
    } else {
      long t0 = System.nanoTime();
      corpus = new CorpusGenerator(seed).corpus(articles);
      loadMs = (System.nanoTime() - t0) / 1_000_000;
      readyMs = -1;
    }
    Measured m = measure(corpus, loadMs, heap);
    if (m == null) {
      return Main.BAD_INPUT;
    }
    // The heap the bot keeps: measured with it after its queries (above) and, now that nothing
    // refers to it, without it. No collection is forced before the queries end: a real bot has
    // none between its start and its first questions, and a full collection resizes the serial
    // collector's young generation, which would flatter start-up.
    long before = heap.usedAfterGc();
    if (m.bot().get() != null) {
      main.err().println("bench: the bot was still reachable; its heap per passage is overstated");
    }
    int passages = Math.max(1, corpus.passages().size());
    BenchReport report =
        new BenchReport(
            articles == null ? "seeds" : "generated",
            corpus.articles().size(),
            corpus.passages().size(),
            readyMs < 0 ? m.readyMs() : readyMs,
            loadMs,
            m.indexMs(),
            m.extractMs(),
            Math.max(0, m.heapWithBot() - before) / passages,
            m.fileBytes() / passages,
            threads,
            m.results(),
            m.botMs(),
            m.botCosts(),
            suggestionsMs);
    ReportWriter writer = new ReportWriter();
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      main.out()
          .println(
              mapper.writeValueAsString(writer.json(mapper, report).put("claims", claims.name())));
    } else {
      writer.table(main.out(), report);
      main.out()
          .println(
              claims == Workloads.Claims.edited
                  ? "/check was asked edited claims: misquotes and claims not in the coverage"
                  : "/check was asked words of passages as printed (--claims edited: misquotes)");
    }
    return Main.OK;
  }

  /** What the bench learns with the bot alive; the bot itself only weakly, to check it is gone. */
  private record Measured(
      java.lang.ref.WeakReference<Bot> bot,
      long readyMs,
      long botMs,
      coveragebot.bench.JvmCosts botCosts,
      long indexMs,
      long extractMs,
      long heapWithBot,
      long fileBytes,
      java.util.Map<String, CommandBench.Result> results) {}

  /** Builds the bot over {@code corpus} and times its commands; null on a bad --commands. */
  private Measured measure(Corpus corpus, long loadMs, HeapProbe heap) {
    coveragebot.bench.JvmCosts c0 = coveragebot.bench.JvmCosts.now();
    long b0 = System.nanoTime();
    Bot bot = Bot.of(corpus, loadMs);
    long botMs = (System.nanoTime() - b0) / 1_000_000;
    coveragebot.bench.JvmCosts botCosts = coveragebot.bench.JvmCosts.now().since(c0);
    long readyMs = sinceJvmStart();
    for (String name : only) {
      if (!name.equals(AUTOCOMPLETE)
          && bot.commands().specs().stream().noneMatch(c -> c.name().equals(name))) {
        main.err().println("bench: --commands: there is no command " + name);
        return null;
      }
    }
    CommandBench.Plan plan =
        new CommandBench.Plan(
            warmup, queries, scanQueries, threads, seed, java.util.Set.copyOf(only));
    CommandBench commandBench = new CommandBench(corpus, bot.index(), bot.commands(), claims);
    java.util.Map<String, CommandBench.Result> results = new java.util.LinkedHashMap<>();
    results.putAll(commandBench.run(plan));
    if (only.isEmpty() || only.contains(AUTOCOMPLETE)) {
      // What Discord asks at each keystroke, through the same lists and ranking the bot uses;
      // the lists are worked out once per corpus (timed here as part of getting them).
      var lists = Main.suggestionLists(() -> bot);
      java.util.Map<String, java.util.List<String>> values = new java.util.TreeMap<>();
      long s0 = System.nanoTime();
      lists.forEach((k, v) -> values.put(k, v.get()));
      suggestionsMs = (System.nanoTime() - s0) / 1_000_000;
      coveragebot.discord.Suggestions suggestions = coveragebot.discord.Suggestions.of(lists);
      CommandBench.Result r =
          commandBench.autocomplete(
              plan,
              values,
              (option, typed) -> {
                int dot = option.indexOf('.');
                return suggestions.suggest(
                    option.substring(0, dot), option.substring(dot + 1), typed);
              });
      if (r != null) {
        results.put(AUTOCOMPLETE, r);
      }
    }
    // with the bot, after its queries: what the query threads loaded (classes, JIT-generated code's
    // heap objects) is then in both measurements, which a tiny corpus would otherwise drown in
    long after = heap.usedAfterGc();
    return new Measured(
        new java.lang.ref.WeakReference<>(bot),
        readyMs,
        botMs,
        botCosts,
        bot.indexMillis(),
        bot.extractMillis(),
        after,
        bot.index().fileBytes(),
        results);
  }

  private static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
