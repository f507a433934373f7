package coveragebot.app;

import coveragebot.command.Command;
import coveragebot.command.Commands;
import coveragebot.command.CoverageView;
import coveragebot.command.EventsExport;
import coveragebot.command.Exports;
import coveragebot.command.HelpCommand;
import coveragebot.command.QuoteCommand;
import coveragebot.command.ReloadCommand;
import coveragebot.command.SearchCommand;
import coveragebot.command.SourcesCommand;
import coveragebot.command.SpeakersCommand;
import coveragebot.command.TimelineCommand;
import coveragebot.config.ConfigException;
import coveragebot.config.ConfigLoader;
import coveragebot.config.SourcesConfig;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Counts;
import coveragebot.corpus.Unread;
import coveragebot.extract.Quotations;
import coveragebot.extract.QuoteExtractor;
import coveragebot.extract.time.EventExtractor;
import coveragebot.extract.time.TemporalRecognizer;
import coveragebot.extract.time.Timeline;
import coveragebot.extract.time.TimelineBuilder;
import coveragebot.index.PassageIndex;
import coveragebot.ingest.CorpusLoader;
import coveragebot.ingest.SentenceSplitter;
import coveragebot.reply.ReloadReply;
import coveragebot.reply.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one wiring place: config, corpus, index and commands, built in order with constructor
 * injection. Front ends receive a {@code Bot} and use only its {@link #commands()}.
 */
public record Bot(
    Corpus corpus,
    PassageIndex index,
    Commands commands,
    Exports exports,
    long loadMillis,
    long indexMillis,
    long extractMillis,
    EventsExport events) {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Bot.class);

  /** Where the corpus comes from. {@code configRequired} is true when --config was given. */
  public record Settings(
      Path seeds, Path config, boolean configRequired, CorpusLoader.Limits limits) {}

  /** Thrown when the bot cannot start; the message is for the user and names the culprit. */
  public static final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    StartupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static Bot load(Settings settings) throws StartupException {
    return load(settings, Bot::noReload);
  }

  /** As {@link #load(Settings)}, with {@code /reload} answered by {@code reload}. */
  public static Bot load(Settings settings, Supplier<Reply> reload) throws StartupException {
    long t0 = System.nanoTime();
    SourcesConfig config;
    try {
      config = new ConfigLoader().load(settings.config(), settings.configRequired());
    } catch (ConfigException e) {
      throw new StartupException("Configuration error: " + e.getMessage(), e);
    }
    Corpus corpus;
    try {
      corpus = new CorpusLoader(settings.limits()).load(settings.seeds(), config);
    } catch (IOException e) {
      throw new StartupException(
          "Cannot read the articles folder "
              + settings.seeds()
              + ": "
              + reason(settings.seeds(), e),
          e);
    }
    if (corpus.articles().isEmpty()) {
      List<String> warnings = new ArrayList<>(corpus.warnings());
      warnings.add(0, noArticles(settings.seeds(), corpus.skipped().size()));
      corpus = new Corpus(corpus.articles(), corpus.passages(), corpus.skipped(), warnings);
    }
    return of(corpus, (System.nanoTime() - t0) / 1_000_000, reload);
  }

  /**
   * The warning of a folder that gave no article: the bot still starts (a folder may be filled and
   * reloaded), but says so at the start, in /sources and in the reply of /reload.
   */
  static String noArticles(Path folder, int skipped) {
    return folder
        + " has no articles: "
        + (skipped == 0
            ? "it holds no .txt file"
            : "none of its files could be loaded (" + Counts.of(skipped, "file") + " skipped)")
        + ", so every answer will be empty.";
  }

  private static Reply noReload() {
    return new ReloadReply(
        ReloadReply.Status.UNAVAILABLE,
        "Reload is not available here: this bot was built once and has no folder to read again.",
        0,
        0,
        0,
        List.of());
  }

  /**
   * Indexes an already loaded corpus and wires the commands: the bench uses this for a generated
   * corpus, so it times the same bot a folder would give.
   */
  public static Bot of(Corpus corpus, long loadMillis) {
    return of(corpus, loadMillis, Bot::noReload);
  }

  /** As {@link #of(Corpus, long)}, with {@code /reload} answered by {@code reload}. */
  public static Bot of(Corpus corpus, long loadMillis, Supplier<Reply> reload) {
    long t1 = System.nanoTime();
    PassageIndex index = PassageIndex.build(corpus.passages());
    long t2 = System.nanoTime();
    // timeline (issue 5), quotations (issue 4) and the word look-up of /check and /compare
    // (issue 6), worked out once at start-up. Each has parts on all cores and parts in order (the
    // merging of outlets' events, numbering words, grouping quotations); the three run side by
    // side so that one's ordered part overlaps another's.
    TemporalRecognizer recognizer = new TemporalRecognizer();
    java.util.concurrent.ExecutorService side =
        java.util.concurrent.Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().factory());
    Timeline timeline;
    coveragebot.command.CoverageWords words;
    Quotations quotations;
    String version;
    QuoteCommand quote;
    SpeakersCommand speakers;
    coveragebot.command.CheckCommand check;
    coveragebot.command.CompareCommand compare;
    try {
      var timelineTask =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  new TimelineBuilder(new EventExtractor(recognizer, new SentenceSplitter()::split))
                      .build(corpus.articles()),
              side);
      var wordsTask =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> new coveragebot.command.CoverageWords(corpus), side);
      // every article's text hashed, on the word look-up's thread once that is done, rather than
      // at the end, when the quote look-ups are all that is left to run beside it
      var versionTask =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> version(corpus), side);
      quotations = new QuoteExtractor().extract(corpus.articles());
      Quotations found = quotations;
      // the quote look-ups on a side thread (the word look-up is long done by now), the other
      // commands that need the quotations here meanwhile
      var quoteTask =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> new QuoteCommand(corpus, found), side);
      words = wordsTask.join();
      speakers = new SpeakersCommand(quotations);
      check = new coveragebot.command.CheckCommand(corpus, index, quotations, words);
      compare = new coveragebot.command.CompareCommand(corpus, quotations, words);
      timeline = timelineTask.join();
      quote = quoteTask.join();
      version = versionTask.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    } finally {
      side.shutdown();
    }
    long t3 = System.nanoTime();
    // the same articles; its warnings name what could not be read
    Corpus reported = withUnread(corpus, quotations.unread(), timeline.unread());
    List<Command> list = new ArrayList<>();
    list.add(new SearchCommand(corpus, index));
    list.add(new SourcesCommand(reported));
    list.add(
        new TimelineCommand(
            corpus, timeline, index, recognizer, new CoverageView(corpus, timeline)));
    list.add(quote);
    list.add(speakers);
    list.add(check);
    list.add(compare);
    list.add(new coveragebot.command.PassageCommand(corpus));
    list.add(new ReloadCommand(reload));
    Commands[] self = new Commands[1];
    list.add(new HelpCommand(() -> self[0].specs()));
    self[0] = new Commands(list, version);
    return new Bot(
        reported,
        index,
        self[0],
        new Exports(reported, quotations),
        loadMillis,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        new EventsExport(timeline));
  }

  /**
   * The corpus with a warning for each part of an article that start-up did not read (reading it
   * failed, logged with its stack trace; or the article holds more than an article is read for):
   * the start goes on without it, and says so on the terminal, in the log and in {@code /sources}.
   */
  private static Corpus withUnread(Corpus corpus, List<Unread> quotes, List<Unread> dates) {
    if (quotes.isEmpty() && dates.isEmpty()) {
      return corpus;
    }
    List<String> warnings = new ArrayList<>(corpus.warnings());
    for (List<Unread> list : List.of(quotes, dates)) {
      for (Unread u : list) {
        // the log file keeps the stack trace (none when nothing failed); the terminal and
        // /sources get the warning itself (the start prints corpus warnings as notes), so at
        // INFO, which the terminal does not show, not twice there
        log.info(u.warning(), u.error());
        warnings.add(u.warning());
      }
    }
    return new Corpus(corpus.articles(), corpus.passages(), corpus.skipped(), warnings);
  }

  /**
   * A short name for what the corpus holds (every file's name, metadata and text): equal corpora
   * get equal versions, across restarts too, so page buttons survive a restart but not a reload
   * that changed the articles.
   */
  static String version(Corpus corpus) {
    long h = 1125899906842597L;
    for (var a : corpus.articles()) {
      h = 31 * h + a.source().toString().hashCode(); // enum hash codes vary per run
      h = 31 * h + a.text().hashCode();
    }
    return Long.toString(h >>> 34, 36);
  }

  private static String reason(Path seeds, IOException e) {
    String r = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return java.nio.file.Files.exists(seeds)
          ? "it is a file, not a folder (give the folder that holds the .txt articles)"
          : "no such folder";
    }
    return r == null ? e.getClass().getSimpleName() : r;
  }

  /**
   * One line about what was loaded, for the banner and the log.
   *
   * <p>{@code loadMillis} covers config, reading and parsing; {@code indexMillis} the Lucene build;
   * {@code extractMillis} quotation and time-expression extraction, with the look-ups built from
   * them (quote groups, the word look-up and evidence of /check and /compare, /speakers), which run
   * alongside.
   */
  public String summary() {
    return "Loaded "
        + Counts.of(corpus.articles().size(), "article")
        + " ("
        + Counts.of(corpus.passages().size(), "passage")
        + ")"
        + (corpus.skipped().isEmpty()
            ? ""
            : ", skipped " + Counts.of(corpus.skipped().size(), "file"))
        + " in "
        + (loadMillis + indexMillis + extractMillis)
        + " ms.";
  }
}
