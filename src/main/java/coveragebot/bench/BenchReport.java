package coveragebot.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every figure of one bench run.
 *
 * @param corpus {@code "seeds"} or {@code "generated"}
 * @param startupMs JVM start to ready (corpus loaded and indexed, commands wired); the heap probe
 *     runs after it
 * @param loadMs reading (or generating) and parsing the articles
 * @param heapBytesPerPassage heap kept by the index and bot, per passage: live objects with the bot
 *     alive minus without it (corpus alive in both; {@link HeapProbe})
 * @param fileBytesPerPassage bytes of the in-memory index files per passage (a lower bound)
 * @param botMs wall time from a parsed corpus to a bot ready to answer: the index build, the
 *     extraction and the commands' own look-ups
 * @param botCosts what the JVM spent during those {@code botMs}: processor time, compilation,
 *     collections
 * @param suggestionsMs working out the autocomplete lists (speakers, outlets, topics) once for the
 *     corpus, which the first keystroke would otherwise wait for; 0 when autocomplete is not
 *     benched
 */
public record BenchReport(
    String corpus,
    int articles,
    int passages,
    long startupMs,
    long loadMs,
    long buildMs,
    long extractMs,
    long heapBytesPerPassage,
    long fileBytesPerPassage,
    int threads,
    Map<String, CommandBench.Result> commands,
    long botMs,
    JvmCosts botCosts,
    long suggestionsMs) {

  public BenchReport {
    commands = Collections.unmodifiableMap(new LinkedHashMap<>(commands));
  }

  public long passagesPerS() {
    return buildMs == 0 ? passages * 1000L : passages * 1000L / buildMs;
  }

  /** How many times the command layer costs the bare Lucene query, at p99 (NaN: no baseline). */
  public static double overLucene(CommandBench.Result r) {
    return r.lucene() == null || r.lucene().p99Ms() == 0
        ? Double.NaN
        : r.command().p99Ms() / r.lucene().p99Ms();
  }

  /** How many times faster than the scan the command is, at p99 (NaN: no baseline). */
  public static double scanOver(CommandBench.Result r) {
    return r.scan() == null || r.command().p99Ms() == 0
        ? Double.NaN
        : r.scan().p99Ms() / r.command().p99Ms();
  }
}
