package coveragebot.bench;

import coveragebot.bench.Workloads.Query;
import coveragebot.command.CommandSpec;
import coveragebot.command.Commands;
import coveragebot.command.SearchCommand;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.PassageIndex;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times every command of the bot through the command layer, one query thread, after warm-up; then,
 * on the same queries, the two baselines: a {@code String.contains} scan over every passage text,
 * and the bare Lucene query. With more threads it also measures throughput.
 */
public final class CommandBench {

  /**
   * What to run: timed and warm-up queries per command, scan queries, query threads, and which
   * commands (empty: every command of the bot).
   */
  public record Plan(
      int warmup, int queries, int scanQueries, int threads, long seed, Set<String> only) {
    public Plan {
      if (queries < 1 || warmup < 0 || scanQueries < 0 || threads < 1) {
        throw new IllegalArgumentException("bad bench plan");
      }
      only = Set.copyOf(only);
    }

    public Plan(int warmup, int queries, int scanQueries, int threads, long seed) {
      this(warmup, queries, scanQueries, threads, seed, Set.of());
    }
  }

  /**
   * Per command: command-layer latency, the baselines (absent without text), throughput, the
   * warm-up before them.
   */
  public record Result(
      LatencyStats command,
      LatencyStats scan,
      LatencyStats lucene,
      Throughput throughput,
      List<Slow> slowest,
      Warmup warmup) {}

  /**
   * The untimed queries run before a command's timed ones: how many, and the latency of the first
   * {@code --warmup} of them, while the JIT is still compiling the command's code (what the first
   * users after a start see).
   */
  public record Warmup(int queries, LatencyStats first) {}

  /** One of the slowest timed queries of a command: what was asked and how long it took. */
  public record Slow(String line, double ms) {}

  /** The {@code n} slowest queries, slowest first. */
  private static List<Slow> slowest(List<String> lines, long[] nanos, int n) {
    Integer[] order = new Integer[nanos.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
    List<Slow> out = new ArrayList<>();
    for (int k = 0; k < Math.min(n, order.length); k++) {
      out.add(new Slow(lines.get(order[k]), nanos[order[k]] / 1e6));
    }
    return out;
  }

  /** Commands per second over all query threads, and the commands that failed meanwhile. */
  public record Throughput(double commandsPerS, int errors) {}

  /** Slowest queries kept per command, to show where the tail comes from. */
  static final int SLOWEST = 5;

  /**
   * Past the first {@code --warmup} queries, warm-up goes on in batches of this many (or of {@code
   * --warmup}, if fewer)...
   */
  static final int WARMUP_BATCH = 500;

  /** ...until the JIT compiled for less than this share of a batch's time... */
  static final double SETTLED = 0.02;

  /**
   * ...or this many times {@code --warmup} queries have run, or the batches have taken as long as
   * the first {@code --warmup} queries did (at least {@link #WARMUP_MORE_NANOS}).
   */
  static final int WARMUP_CAP = 10;

  static final long WARMUP_MORE_NANOS = 10_000_000_000L;

  /** Candidates the bare Lucene baseline reads: what {@code /search} reads for its groups. */
  static final int LUCENE_TOP = 50;

  private final Corpus corpus;
  private final PassageIndex index;
  private final Commands commands;
  private final Workloads workloads;

  /** Where the baselines' results go, so the JIT cannot drop their work as unused. */
  private volatile long sink;

  public CommandBench(Corpus corpus, PassageIndex index, Commands commands) {
    this(corpus, index, commands, Workloads.Claims.printed);
  }

  /** With {@code claims} for /check. */
  public CommandBench(
      Corpus corpus, PassageIndex index, Commands commands, Workloads.Claims claims) {
    this.corpus = corpus;
    this.index = index;
    this.commands = commands;
    this.workloads =
        new Workloads(
            corpus, coveragebot.reply.SpeakersReply.namesIn(commands.run("/speakers")), claims);
  }

  public Map<String, Result> run(Plan plan) {
    Map<String, Result> out = new LinkedHashMap<>();
    for (CommandSpec spec : commands.specs()) {
      if (!plan.only().isEmpty() && !plan.only().contains(spec.name())) {
        continue;
      }
      if (spec.adminOnly()) {
        continue; // /reload rebuilds the bot: its cost is start-up, measured above, not a query
      }
      Warmup warmup =
          warmUp(
              plan.warmup(),
              (count, k) -> workloads.queries(spec, count, plan.seed() + 1 + k),
              q -> commands.run(q.line()));
      List<Query> queries = workloads.queries(spec, plan.queries(), plan.seed());
      boolean text = queries.get(0).text() != null;
      // the words the command itself searches for: /search leaves out how a question is asked
      java.util.function.UnaryOperator<String> searched =
          spec.name().equals("search") ? SearchCommand::topicWords : t -> t;
      if (text) {
        queries.forEach(q -> sink += index.ids(searched.apply(q.text()), LUCENE_TOP).length);
      }
      long[] nanos = new long[queries.size()];
      long[] luceneNanos = new long[queries.size()];
      int errors = 0;
      long total = 0;
      for (int i = 0; i < queries.size(); i++) {
        long s = System.nanoTime();
        boolean failed = failed(queries.get(i));
        nanos[i] = System.nanoTime() - s;
        total += nanos[i];
        errors += failed ? 1 : 0;
        if (text) {
          // Right after the command, query by query: a busy machine slows both alike, so the
          // ratio of the two stays fair.
          long l = System.nanoTime();
          sink += index.ids(searched.apply(queries.get(i).text()), LUCENE_TOP).length;
          luceneNanos[i] = System.nanoTime() - l;
        }
      }
      Throughput tp =
          plan.threads() == 1
              ? new Throughput(queries.size() * 1e9 / Math.max(1, total), errors)
              : throughput(queries.size(), i -> failed(queries.get(i)), plan.threads());
      LatencyStats command = LatencyStats.of(nanos, errors);
      out.put(
          spec.name(),
          new Result(
              command,
              text ? scan(queries.subList(0, Math.min(plan.scanQueries(), queries.size()))) : null,
              text ? LatencyStats.of(luceneNanos, 0) : null,
              tp,
              slowest(queries.stream().map(Query::line).toList(), nanos, SLOWEST),
              warmup));
    }
    return out;
  }

  /**
   * Runs {@code least} untimed queries (batch 0 of {@code batch}, which makes {@code count} queries
   * for batch {@code k}), then more batches while the JIT is still busy: its compilation time over
   * a batch is more than {@link #SETTLED} of the batch's time (for at most {@link #WARMUP_CAP}
   * times {@code least} queries in all, and at most as long again as the first {@code least} took,
   * or {@link #WARMUP_MORE_NANOS} if longer). Latencies measured right after the JIT's first
   * compilations are the compiler's, not the command's: on two cores the compiler threads take a
   * core from the query (at 100k articles, /search's p99 over the 2,000 queries after a warm-up of
   * 2,000 was 4.6-4.8 ms with 2.1-2.7 s of compilation among them, and mostly 2.9-3.3 ms once it
   * stopped).
   */
  private <T> Warmup warmUp(
      int least,
      java.util.function.BiFunction<Integer, Integer, List<T>> batch,
      java.util.function.Consumer<T> run) {
    if (least == 0) {
      return new Warmup(0, LatencyStats.of(new long[0], 0));
    }
    List<T> first = batch.apply(least, 0);
    long[] nanos = new long[first.size()];
    long took = 0;
    for (int i = 0; i < nanos.length; i++) {
      long s = System.nanoTime();
      run.accept(first.get(i));
      nanos[i] = System.nanoTime() - s;
      took += nanos[i];
    }
    long budget = Math.max(WARMUP_MORE_NANOS, took);
    int done = nanos.length;
    int size = Math.min(WARMUP_BATCH, least);
    java.lang.management.CompilationMXBean jit =
        java.lang.management.ManagementFactory.getCompilationMXBean();
    boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
    for (int k = 1; watched && done < (long) WARMUP_CAP * least && budget > 0; k++) {
      long compiled = jit.getTotalCompilationTime();
      long s = System.nanoTime();
      for (T q : batch.apply(size, k)) {
        run.accept(q);
      }
      done += size;
      long spent = System.nanoTime() - s;
      budget -= spent;
      if (jit.getTotalCompilationTime() - compiled <= SETTLED * spent / 1e6) {
        break;
      }
    }
    return new Warmup(done, LatencyStats.of(nanos, 0));
  }

  private boolean failed(Query q) {
    try {
      Reply r = commands.run(q.line());
      return r instanceof ErrorReply e && e.kind() == ErrorReply.Kind.INTERNAL;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * Autocomplete as Discord asks it at every keystroke: for each option with suggestions (keyed
   * {@code "command.option"}), what a user has typed so far of one of its values.
   */
  public interface Completer {
    java.util.List<String> suggest(String option, String typed);
  }

  /**
   * Times autocomplete over the options' own values: mostly a prefix of one (1 to 8 characters),
   * sometimes the start of a later word of it, sometimes a prefix with a typo. Reported as the
   * {@code autocomplete} command; no baseline (it reads no passage).
   */
  public Result autocomplete(Plan plan, Map<String, List<String>> values, Completer completer) {
    List<String> keys = values.keySet().stream().sorted().toList();
    // n values typed, drawn with a given seed
    java.util.function.BiFunction<Integer, Long, List<String[]>> typed =
        (n, seed) -> {
          Random r = new Random(seed);
          List<String[]> out = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            String key = keys.get(r.nextInt(keys.size()));
            List<String> list = values.get(key);
            String v = list.isEmpty() ? "a" : list.get(r.nextInt(list.size()));
            out.add(new String[] {key, typing(v, r)});
          }
          return out;
        };
    if (keys.isEmpty()) {
      return null;
    }
    Warmup warmup =
        warmUp(
            plan.warmup(),
            (count, k) -> typed.apply(count, plan.seed() + 1 + k),
            t -> sink += completer.suggest(t[0], t[1]).size());
    List<String[]> queries = typed.apply(plan.queries(), plan.seed());
    long[] nanos = new long[queries.size()];
    int errors = 0;
    long total = 0;
    for (int i = 0; i < queries.size(); i++) {
      long s = System.nanoTime();
      boolean failed = !completes(completer, queries.get(i));
      nanos[i] = System.nanoTime() - s;
      total += nanos[i];
      errors += failed ? 1 : 0;
    }
    Throughput tp =
        plan.threads() == 1
            ? new Throughput(queries.size() * 1e9 / Math.max(1, total), errors)
            : throughput(
                queries.size(), i -> !completes(completer, queries.get(i)), plan.threads());
    return new Result(
        LatencyStats.of(nanos, errors),
        null,
        null,
        tp,
        slowest(queries.stream().map(q -> q[0] + " " + q[1]).toList(), nanos, SLOWEST),
        warmup);
  }

  private boolean completes(Completer completer, String[] q) {
    try {
      sink += completer.suggest(q[0], q[1]).size();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** What a user may have typed so far of {@code value}. */
  private static String typing(String value, Random r) {
    int kind = r.nextInt(10);
    String v = value;
    int space = v.indexOf(' ');
    if (kind == 0 && space > 0 && space + 1 < v.length()) {
      v = v.substring(space + 1); // the start of a later word: "rut" for "Mark Rutte"
    }
    String t = v.substring(0, Math.min(v.length(), 1 + r.nextInt(8)));
    if (kind == 1 && t.length() >= 4) {
      char[] c = t.toCharArray();
      c[1 + r.nextInt(c.length - 1)] = 'x'; // a typo
      t = new String(c);
    }
    return t;
  }

  /** The floor any index must beat: every passage text searched for the plain words. */
  private LatencyStats scan(List<Query> queries) {
    long[] nanos = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      String text = queries.get(i).text();
      long s = System.nanoTime();
      for (Passage p : corpus.passages()) {
        if (p.text().contains(text)) {
          sink++;
        }
      }
      nanos[i] = System.nanoTime() - s;
    }
    return LatencyStats.of(nanos, 0);
  }

  /** Commands per second with {@code threads} threads sharing the queries. */
  private Throughput throughput(int count, java.util.function.IntPredicate failed, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    try {
      long t0 = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < count; ) {
                    if (failed.test(i)) {
                      errors.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return new Throughput(count * 1e9 / Math.max(1, System.nanoTime() - t0), errors.get());
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
