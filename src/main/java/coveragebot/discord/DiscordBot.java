package coveragebot.discord;

import coveragebot.command.CommandSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: one JDA session that asks for no gateway intent (slash commands need none, so
 * no privileged intent and no message content; JDA itself always adds the unprivileged GUILDS
 * intent, which also gives the guilds for per-guild registration), the listeners and the command
 * registrar. JDA reconnects on its own after a lost connection; {@link #close()} shuts it down
 * within a bound.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  /** Thrown when the bot cannot log in; the message is for the user and never holds the token. */
  public static final class StartException extends Exception {
    private static final long serialVersionUID = 1L;

    StartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final JDA jda;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration shutdownTimeout;

  private DiscordBot(
      JDA jda, ExecutorService workers, ScheduledExecutorService timer, Duration shutdownTimeout) {
    this.jda = jda;
    this.workers = workers;
    this.timer = timer;
    this.shutdownTimeout = shutdownTimeout;
  }

  /** Logs in and returns at once; commands are registered when the session is ready. */
  public static DiscordBot start(DiscordSettings settings, CommandSource commands)
      throws StartException {
    return start(settings, commands, Suggestions.none());
  }

  /** As {@link #start(DiscordSettings, CommandSource)}, with autocomplete for some options. */
  public static DiscordBot start(
      DiscordSettings settings, CommandSource commands, Suggestions suggestions)
      throws StartException {
    // Two workers: the index is in memory and fast; a small pool keeps a spam burst bounded.
    ExecutorService workers = Executors.newFixedThreadPool(2, daemon("coverage-bot-worker"));
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(daemon("coverage-bot-defer"));
    DiscordRenderer renderer = new DiscordRenderer();
    // One cooldown for commands and page buttons alike: both run a command.
    Cooldown cooldown = new Cooldown(settings.cooldown(), System::currentTimeMillis);
    JDABuilder builder =
        JDABuilder.createLight(settings.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
            .setChunkingFilter(ChunkingFilter.NONE)
            // No intents means little traffic; plain JSON also lets a fake or proxied gateway work.
            .setCompression(Compression.NONE)
            // Our own shutdown hook bounds the wait; JDA's would race it.
            .setEnableShutdownHook(false)
            .addEventListeners(
                new SlashListener(
                    commands,
                    renderer,
                    workers,
                    timer,
                    settings.deferAfter(),
                    cooldown,
                    new FactCheckThreads()),
                new ButtonListener(
                    commands, renderer, workers, timer, settings.deferAfter(), cooldown),
                new AutocompleteListener(suggestions),
                new CommandRegistrar(
                    registered(commands.current().specs(), suggestions), settings.guildIds()));
    if (settings.restUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()));
    }
    if (settings.gatewayUrl() != null) {
      String gateway = settings.gatewayUrl();
      builder.setSessionController(
          new SessionControllerAdapter() {
            @Override
            public String getGateway() {
              return gateway;
            }
          });
    }
    try {
      return new DiscordBot(builder.build(), workers, timer, settings.shutdownTimeout());
    } catch (InvalidTokenException e) {
      workers.shutdownNow();
      timer.shutdownNow();
      throw new StartException(
          "Discord refused the token in "
              + DiscordSettings.TOKEN
              + "; copy it again from the"
              + " Developer Portal (Bot > Reset Token).",
          null);
    } catch (RuntimeException e) {
      workers.shutdownNow();
      timer.shutdownNow();
      String why = settings.token().appearsIn(e.getMessage()) ? "" : ": " + e.getMessage();
      throw new StartException("Could not start the Discord bot" + why, null);
    }
  }

  /** The slash commands generated from the specs, then the "Fact-check quote" message menu. */
  static List<CommandData> registered(
      List<coveragebot.command.CommandSpec> specs, Suggestions suggestions) {
    List<CommandData> all = new ArrayList<>(SlashCommands.from(specs, suggestions));
    all.add(FactCheckThreads.menu());
    return all;
  }

  /** Waits until the session is ready; false when it is not within {@code timeout}. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (jda.getStatus() != JDA.Status.CONNECTED) {
      if (System.nanoTime() > deadline || jda.getStatus() == JDA.Status.SHUTDOWN) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** False once a shutdown has begun (after SIGINT/SIGTERM, or when Discord ended the session). */
  public boolean running() {
    JDA.Status st = jda.getStatus();
    return st != JDA.Status.SHUTTING_DOWN && st != JDA.Status.SHUTDOWN;
  }

  /** Blocks until the bot has shut down (after {@link #close()}, or when Discord ends it). */
  public void awaitShutdown() throws InterruptedException {
    jda.awaitShutdown();
  }

  /** The invite URL, once the session knows its application id. */
  public String inviteUrl() {
    return Invite.url(jda.getSelfUser().getApplicationIdLong());
  }

  /** Clean shutdown within the configured bound, forced after it. */
  @Override
  public void close() {
    jda.shutdown();
    workers.shutdown();
    timer.shutdownNow();
    try {
      if (!jda.awaitShutdown(shutdownTimeout)) {
        log.warn("Discord did not close in {}; forcing the shutdown", shutdownTimeout);
        jda.shutdownNow();
        jda.awaitShutdown(Duration.ofSeconds(2));
      } else {
        log.info("Disconnected from Discord cleanly");
      }
      workers.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      jda.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
