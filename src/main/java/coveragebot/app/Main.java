package coveragebot.app;

import coveragebot.config.ConfigException;
import coveragebot.config.ConfigLoader;
import coveragebot.config.DiscordConfig;
import coveragebot.console.JsonRenderer;
import coveragebot.console.Repl;
import coveragebot.console.TextRenderer;
import coveragebot.console.TypedText;
import coveragebot.corpus.Skipped;
import coveragebot.discord.DiscordBot;
import coveragebot.discord.DiscordSettings;
import coveragebot.ingest.CorpusLoader;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/**
 * The command line. Without a subcommand it starts the bot: on Discord when {@code DISCORD_TOKEN}
 * is set, in the terminal otherwise. {@code ask} runs one command, {@code export} prints the
 * corpus. Only this class exits the process.
 */
@Command(
    name = "coverage-bot",
    mixinStandardHelpOptions = true,
    version = "coverage-bot 0.1.0",
    description =
        "Ask questions about a story's news coverage; answers quote the sources verbatim.",
    subcommands = {
      Main.Ask.class,
      Main.Export.class,
      Main.Terminal.class,
      BenchCommand.class,
      TrainCommand.class
    })
public final class Main implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  @Option(
      names = "--seeds",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Folder of .txt articles, relative to the current folder (default: the project's"
              + " seeds/).")
  Path seeds;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "Metadata of the articles, relative to the current folder (default:"
              + " config/sources.json beside the articles folder, when present).")
  Path config;

  @Option(
      names = "--max-article-bytes",
      scope = ScopeType.INHERIT,
      paramLabel = "N",
      description = "Skip (and report) articles larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "5242880")
  long maxArticleBytes;

  @Option(
      names = "--max-corpus-bytes",
      scope = ScopeType.INHERIT,
      paramLabel = "N",
      description =
          "Stop loading (and report) past this many bytes of articles (default: ${DEFAULT-VALUE}).",
      defaultValue = "2147483648")
  long maxCorpusBytes;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Lucene says once, through java.util.logging, that it could use the incubating vector API. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line and returns the exit code; used by tests without a new process. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String logProblem = LogFile.problem();
    if (logProblem != null) {
      err.println(logProblem);
    }
    CommandLine cli = new CommandLine(new Main(out, err));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    // A mistyped command line gets its one-line reason (and picocli's "did you mean"), not the
    // whole usage, which hid the reason under twenty lines of options.
    cli.setCaseInsensitiveEnumValuesAllowed(true); // export QUOTES, as option names are read
    cli.setParameterExceptionHandler(
        (e, argv) -> {
          CommandLine bad = e.getCommandLine();
          // picocli names Java's types ("'abc' is not a long"); the user typed a number.
          String message =
              e.getMessage()
                  .replaceAll("' is not an? (int|long|short|byte)\\b", "' is not a whole number");
          err.println(message);
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          String help =
              "See '" + bad.getCommandSpec().qualifiedName() + " --help' for its options.";
          err.println(help);
          if (java.util.Arrays.asList(argv).contains("--json")) {
            // a script asked for JSON: it gets the reason as the contract's error reply too
            out.println(
                new JsonRenderer(true)
                    .render(new ErrorReply(ErrorReply.Kind.USAGE, message, help)));
            out.flush();
          }
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          log.error("unexpected failure", e);
          err.println(unexpected(e, Runtime.getRuntime().maxMemory()));
          return FAILED;
        });
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      // Errors (a failed class initialiser, a stack overflow) escape picocli's handler.
      log.error("unexpected failure", e);
      err.println(unexpected(e, Runtime.getRuntime().maxMemory()));
      return FAILED;
    }
  }

  /**
   * What to tell the user about a failure nothing else caught. Running out of heap is said as such,
   * with what to do, wherever it surfaced (Lucene, for one, reports it as a failed index build).
   */
  static String unexpected(Throwable e, long maxHeap) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return String.format(
            java.util.Locale.ROOT,
            "coverage-bot ran out of memory (its heap may grow to %.1f GB). Give it more, for"
                + " example COVERAGE_BOT_JAVA_OPTS=-Xmx%dg bin/coverage-bot ...: 100,000 articles"
                + " want about 3 GB to run and 4 GB to reload (README, \"Starting from a folder of"
                + " files\"). The log has the details.",
            maxHeap / (double) (1L << 30),
            Math.max(2, 2 * (long) Math.ceil(maxHeap / (double) (1L << 30))));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return "coverage-bot failed unexpectedly: " + e + ". The log has the details.";
  }

  /**
   * The system property the launcher sets to the project's folder, where seeds/ and config/ are.
   */
  static final String HOME = "coveragebot.home";

  /**
   * The project's folder, where the defaults (seeds/, config/) are: the launcher says where it is,
   * so that it need not change to it (which would read the user's relative paths from there);
   * without it (tests, java -jar), the current folder.
   */
  static Path home() {
    String home = System.getProperty(HOME);
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }

  /**
   * The articles folder, absolute: --seeds from the current folder, or the project's seeds/.
   * Absolute, so that a message about it says which folder was tried.
   */
  Path seedsFolder() {
    return (seeds == null ? home().resolve("seeds") : seeds).toAbsolutePath().normalize();
  }

  /** What is wrong with the global options, or null: one line for the user. */
  String badOptions() {
    if (seeds != null && seeds.toString().isBlank()) {
      return "--seeds is empty: give the folder of .txt articles (for example --seeds"
          + " my/articles), or leave the option out for the project's seeds/ folder.";
    }
    if (config != null && config.toString().isBlank()) {
      return "--config is empty: give the sources file (for example --config"
          + " my/sources.json), or leave the option out for config/sources.json beside the"
          + " articles folder.";
    }
    if (maxArticleBytes < 1) {
      return "--max-article-bytes must be at least 1 (a number of bytes), not "
          + maxArticleBytes
          + ": every article would be skipped.";
    }
    if (maxCorpusBytes < 1) {
      return "--max-corpus-bytes must be at least 1 (a number of bytes), not "
          + maxCorpusBytes
          + ": every article would be skipped.";
    }
    return null;
  }

  @Override
  public Integer call() throws Exception {
    String bad = badOptions();
    if (bad != null) {
      err.println(bad);
      return BAD_INPUT;
    }
    DiscordConfig discordConfig;
    try {
      discordConfig =
          new ConfigLoader().loadDiscord(sourcesConfig().resolveSibling("discord.json"));
    } catch (ConfigException e) {
      err.println("Configuration error: " + e.getMessage());
      return BAD_INPUT;
    }
    if (DiscordSettings.requested(System.getenv(), discordConfig)) {
      return discord(System.getenv(), discordConfig);
    }
    return terminal();
  }

  /**
   * Autocomplete data for Discord: everyone quoted (read through the command layer), the outlets,
   * and the topics (names most articles mention), worked out once per corpus (again only after a
   * reload brought a new one), keyed {@code "command.option"}. Each list is worked out when first
   * asked for, and the asker waits for it (the bench, the start-up cache's training).
   */
  static java.util.Map<String, java.util.function.Supplier<List<String>>> suggestionLists(
      java.util.function.Supplier<Bot> bots) {
    return suggestionLists(bots, false);
  }

  /**
   * As {@link #suggestionLists(java.util.function.Supplier)}, but no one waits: a list not yet
   * worked out for the current bot is worked out in the background while the asker gets the list of
   * the bot before (after a reload) or none (just after the start). What the Discord bot's
   * keystrokes ask.
   */
  static java.util.Map<String, java.util.function.Supplier<List<String>>> liveSuggestionLists(
      java.util.function.Supplier<Bot> bots) {
    return suggestionLists(bots, true);
  }

  private static java.util.Map<String, java.util.function.Supplier<List<String>>> suggestionLists(
      java.util.function.Supplier<Bot> bots, boolean live) {
    PerBot<List<String>> speakers =
        new PerBot<>(
            bot -> coveragebot.reply.SpeakersReply.namesIn(bot.commands().run("/speakers")));
    PerBot<List<String>> outlets =
        new PerBot<>(
            bot ->
                bot.corpus().articles().stream()
                    .map(a -> a.source().outlet())
                    .distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList());
    PerBot<List<String>> topics =
        new PerBot<>(bot -> coveragebot.extract.Topics.of(bot.corpus().articles(), 1000));
    java.util.function.Function<PerBot<List<String>>, java.util.function.Supplier<List<String>>>
        read =
            live
                ? list -> () -> list.latest(bots.get(), List.of())
                : list -> () -> list.of(bots.get());
    return java.util.Map.of(
        "quote.speaker", read.apply(speakers),
        "quote.outlet", read.apply(outlets),
        "search.outlet", read.apply(outlets),
        "check.outlet", read.apply(outlets),
        "quote.about", read.apply(topics),
        "timeline.about", read.apply(topics));
  }

  /** The Discord bot until SIGINT/SIGTERM; settings from the environment over discord.json. */
  int discord(java.util.Map<String, String> env, DiscordConfig config) throws InterruptedException {
    DiscordSettings settings;
    try {
      settings = DiscordSettings.from(env, config);
    } catch (IllegalArgumentException e) {
      err.println("Discord settings: " + e.getMessage());
      return BAD_INPUT;
    }
    LiveBot live = load();
    if (live == null) {
      return BAD_INPUT;
    }
    DiscordBot discord;
    try {
      var lists = liveSuggestionLists(live::bot);
      // Worked out once per corpus, in the background; at 100,000 articles that takes seconds,
      // which no keystroke waits for (Discord gives autocomplete 3 s). Asking starts the work.
      lists.values().forEach(java.util.function.Supplier::get);
      discord = DiscordBot.start(settings, live, coveragebot.discord.Suggestions.of(lists));
    } catch (DiscordBot.StartException e) {
      err.println(e.getMessage());
      return FAILED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(discord::close, "coverage-bot-shutdown"));
    err.println("coverage-bot: " + live.bot().summary() + " Connecting to Discord; Ctrl-C stops.");
    if (discord.awaitReady(java.time.Duration.ofSeconds(60))) {
      err.println("coverage-bot: connected. Invite it with " + discord.inviteUrl());
    } else if (discord.running()) {
      err.println("coverage-bot: not connected after 60 s; still trying (see logs/).");
    }
    discord.awaitShutdown();
    return OK;
  }

  int terminal() throws Exception {
    LiveBot live = load();
    if (live == null) {
      return BAD_INPUT;
    }
    live.failuresOnlyInTheReply();
    String banner =
        "coverage-bot: "
            + live.bot().summary()
            + " Type /help for the commands, /search <question> to ask, exit to leave.";
    Path history = Path.of(System.getProperty("user.home"), ".coverage-bot_history");
    return new Repl(live, history).run(System.in, out, banner);
  }

  /**
   * The articles' metadata: --config, or config/sources.json beside the seeds folder (seeds/ and
   * config/ are siblings in the project); a folder elsewhere is read from its text alone.
   */
  Path sourcesConfig() {
    if (config != null) {
      return config.toAbsolutePath().normalize();
    }
    Path parent = seedsFolder().getParent();
    return (parent == null ? Path.of("config") : parent.resolve("config")).resolve("sources.json");
  }

  /** Loads the bot, reporting skipped files; null (after a message) when it cannot start. */
  LiveBot load() {
    return load(false);
  }

  /**
   * As {@link #load()}; with {@code json}, a bot that cannot start is also said on stdout as the
   * contract's error reply (kind {@code startup}), so that a script reading the JSON learns why.
   */
  LiveBot load(boolean json) {
    String bad = badOptions();
    if (bad != null) {
      cannotStart(bad, json);
      return null;
    }
    boolean explicitConfig = config != null;
    Path cfg = sourcesConfig();
    try {
      LiveBot live =
          LiveBot.load(
              new Bot.Settings(
                  seedsFolder(),
                  cfg,
                  explicitConfig,
                  new CorpusLoader.Limits(maxArticleBytes, maxCorpusBytes)));
      Bot bot = live.bot();
      for (Skipped s : bot.corpus().skipped()) {
        err.println("skipped " + s.shownFile() + ": " + s.reason());
      }
      for (String w : bot.corpus().warnings()) {
        err.println("note: " + w);
      }
      log.info(bot.summary());
      return live;
    } catch (Bot.StartupException e) {
      log.debug("start-up failed", e);
      cannotStart(e.getMessage(), json);
      return null;
    }
  }

  private void cannotStart(String message, boolean json) {
    err.println(message);
    if (json) {
      out.println(
          new JsonRenderer(true).render(new ErrorReply(ErrorReply.Kind.STARTUP, message, null)));
      out.flush();
    }
  }

  /**
   * The exit code once an answer is printed: {@code code}, unless stdout could not take it (a full
   * disk, a closed pipe or descriptor), which is said on stderr and exits 1, so that a script never
   * takes a lost answer for an answer.
   */
  int written(int code) {
    out.flush();
    if (out.checkError()) {
      err.println(
          "coverage-bot: the answer could not be written to standard output (closed, or the disk"
              + " is full).");
      return FAILED;
    }
    return code;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  static int exitCode(Reply reply) {
    if (reply instanceof ErrorReply e) {
      return e.kind() == ErrorReply.Kind.INTERNAL ? FAILED : BAD_INPUT;
    }
    return OK;
  }

  /** {@code ask "/search who will NATO work with" [--json]}: one command, then exit. */
  @Command(
      name = "ask",
      mixinStandardHelpOptions = true,
      description = "Run one command line, print the answer and exit (2 on bad input).")
  static final class Ask implements Callable<Integer> {
    @ParentCommand Main main;

    @Option(names = "--json", description = "Print the reply as JSON (the documented contract).")
    boolean json;

    @Parameters(
        arity = "1..*",
        paramLabel = "COMMAND",
        description = "For example: /search who will NATO work with")
    List<String> line;

    @Override
    public Integer call() {
      String typed = String.join(" ", line);
      // bytes the JVM could not decode are refused before the articles are read
      Reply refused = TypedText.ofArguments(typed, System.getProperty("sun.jnu.encoding"));
      LiveBot live = refused != null ? null : main.load(json);
      if (refused == null && live == null) {
        return main.written(BAD_INPUT);
      }
      Reply reply = refused != null ? refused : live.current().run(typed);
      main.out.print(
          json
              ? new JsonRenderer(true).render(reply) + "\n"
              : new TextRenderer(false).render(reply));
      return main.written(exitCode(reply));
    }
  }

  /** {@code export passages|articles|quotes --json}: the whole corpus. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Print every passage, every article (with what was set aside), every quotation or every"
              + " dated event.")
  static final class Export implements Callable<Integer> {
    enum What {
      passages,
      articles,
      quotes,
      events
    }

    @ParentCommand Main main;

    @Option(names = "--json", description = "Print JSON (the documented contract).")
    boolean json;

    @Parameters(
        index = "0",
        paramLabel = "WHAT",
        description = "passages, articles, quotes or events")
    What what;

    @Override
    public Integer call() throws java.io.IOException {
      LiveBot live = main.load(json);
      if (live == null) {
        return main.written(BAD_INPUT);
      }
      Bot bot = live.bot();
      Reply reply =
          switch (what) {
            case passages -> bot.exports().passages();
            case articles -> bot.exports().articles();
            case quotes -> bot.exports().quotes();
            case events -> bot.events().events();
          };
      if (json) {
        new JsonRenderer(true).write(reply, main.out);
        main.out.print("\n");
      } else {
        new TextRenderer(false).write(reply, main.out);
      }
      return main.written(OK);
    }
  }

  /** {@code terminal}: the interactive prompt, even when a Discord token is set. */
  @Command(
      name = "terminal",
      mixinStandardHelpOptions = true,
      description = "Open the interactive prompt.")
  static final class Terminal implements Callable<Integer> {
    @ParentCommand Main main;

    @Override
    public Integer call() throws Exception {
      return main.terminal();
    }
  }
}
