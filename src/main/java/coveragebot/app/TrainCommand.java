package coveragebot.app;

import coveragebot.bench.CommandBench;
import coveragebot.bench.CorpusGenerator;
import coveragebot.command.CommandSpec;
import coveragebot.console.JsonRenderer;
import coveragebot.console.TextRenderer;
import coveragebot.corpus.Corpus;
import coveragebot.discord.DiscordRenderer;
import coveragebot.reply.Reply;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code train}: what the launcher runs once per jar on JDK 25+, with {@code -XX:AOTCacheOutput},
 * to make its start-up cache: the classes this work loads are kept loaded and linked, and the JIT's
 * profiles of its methods are kept, so that a later start compiles its hot code at once instead of
 * first interpreting and profiling it. The work is the bot's: the articles folder read as {@code
 * ask} reads it, every command's examples rendered for the terminal, JSON and Discord, then a
 * generated corpus built and queried as the bench does it. Prints one line; not a command users
 * need (hidden from the help).
 */
@Command(
    name = "train",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Exercise the bot once, for the launcher's start-up cache (JDK 25+).")
final class TrainCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--articles",
      description = "Generated articles to build and query (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int articles;

  @Option(
      names = "--queries",
      description = "Queries per command over them (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int queries;

  @Override
  public Integer call() {
    if (articles < 1 || queries < 1) {
      main.err().println("train: --articles and --queries must be at least 1");
      return Main.BAD_INPUT;
    }
    long t0 = System.nanoTime();
    int rendered = 0;
    LiveBot live = main.load(); // a missing folder is reported; the generated part still runs
    if (live != null) {
      rendered = renderExamples(live.bot());
    }
    Corpus corpus = new CorpusGenerator(42).corpus(articles);
    Bot bot = Bot.of(corpus, 0);
    rendered += renderExamples(bot);
    new CommandBench(corpus, bot.index(), bot.commands())
        .run(new CommandBench.Plan(queries, queries, 0, 1, 42));
    var lists = Main.suggestionLists(() -> bot);
    lists.values().forEach(java.util.function.Supplier::get);
    main.out()
        .println(
            "train: "
                + rendered
                + " example replies rendered, "
                + corpus.articles().size()
                + " generated articles built and queried, in "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
    return Main.OK;
  }

  /** Every command's examples, run and rendered as each front end renders them; how many. */
  private static int renderExamples(Bot bot) {
    TextRenderer text = new TextRenderer(false);
    JsonRenderer json = new JsonRenderer(true);
    DiscordRenderer discord = new DiscordRenderer();
    int n = 0;
    for (CommandSpec spec : bot.commands().specs()) {
      if (spec.adminOnly()) {
        continue; // /reload: nothing to reload here
      }
      for (String example : spec.examples()) {
        Reply reply = bot.commands().run(example);
        text.render(reply);
        json.render(reply);
        discord.render(reply);
        n++;
      }
    }
    return n;
  }
}
