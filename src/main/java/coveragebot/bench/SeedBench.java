package coveragebot.bench;

import coveragebot.command.Commands;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times each command through the command layer over a loaded corpus, with queries made from the
 * corpus's own words by a seeded generator, so every run asks the same questions.
 */
public final class SeedBench {

  private final Corpus corpus;
  private final Commands commands;

  public SeedBench(Corpus corpus, Commands commands) {
    this.corpus = corpus;
    this.commands = commands;
  }

  /** The command lines of one command kind: deterministic for a given seed. */
  List<String> lines(String command, int count, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    List<Passage> passages = corpus.passages();
    for (int i = 0; i < count; i++) {
      switch (command) {
        case "search" -> {
          if (passages.isEmpty()) {
            out.add("/search nato");
            break;
          }
          String[] words = passages.get(random.nextInt(passages.size())).text().split("\\s+");
          int from = random.nextInt(words.length);
          int n = 1 + random.nextInt(5);
          StringBuilder q = new StringBuilder("/search");
          for (int w = from; w < Math.min(words.length, from + n); w++) {
            q.append(' ').append(words[w]);
          }
          out.add(q.toString());
        }
        case "sources" -> out.add("/sources");
        case "help" -> out.add("/help");
        default -> throw new IllegalArgumentException(command);
      }
    }
    return out;
  }

  /** Runs {@code warmup} untimed then {@code queries} timed command lines of each kind. */
  public Map<String, LatencyStats> run(int warmup, int queries, long seed) {
    Map<String, LatencyStats> out = new LinkedHashMap<>();
    for (String command : List.of("search", "sources", "help")) {
      for (String line : lines(command, warmup, seed + 1)) {
        commands.run(line);
      }
      List<String> lines = lines(command, queries, seed);
      long[] nanos = new long[lines.size()];
      int errors = 0;
      for (int i = 0; i < lines.size(); i++) {
        long t0 = System.nanoTime();
        Reply r = commands.run(lines.get(i));
        nanos[i] = System.nanoTime() - t0;
        if (r instanceof ErrorReply e && e.kind() == ErrorReply.Kind.INTERNAL) {
          errors++;
        }
      }
      out.put(command, LatencyStats.of(nanos, errors));
    }
    return out;
  }
}
