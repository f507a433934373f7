package coveragebot.discord;

import coveragebot.command.CommandSource;
import coveragebot.command.Commands;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previous/Next buttons: the custom id holds the command, its options and the page, so the command
 * simply runs again and the message is updated in place. A button that no longer makes sense (an
 * unknown id, a page that no longer exists after a reload) gets a polite private answer. As with
 * slash commands, a press still unanswered after {@code deferAfter} is deferred (Discord waits 3 s)
 * and answered through the interaction's hook.
 */
final class ButtonListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

  private final CommandSource commands;
  private final DiscordRenderer renderer;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration deferAfter;
  private final Cooldown cooldown;

  ButtonListener(
      CommandSource commands,
      DiscordRenderer renderer,
      ExecutorService workers,
      ScheduledExecutorService timer,
      Duration deferAfter,
      Cooldown cooldown) {
    this.commands = commands;
    this.renderer = renderer;
    this.workers = workers;
    this.timer = timer;
    this.deferAfter = deferAfter;
    this.cooldown = cooldown;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<PageIds.PageRequest> request = PageIds.decode(event.getComponentId());
    Optional<MoreIds.Request> more = MoreIds.decode(event.getComponentId());
    if (request.isEmpty() && more.isEmpty()) {
      stale(event, "This button is no longer in use; run the command again.");
      return;
    }
    // Turning pages runs the command again, so it counts against the same per-user cooldown.
    Optional<java.time.Duration> wait = cooldown.acquire(event.getUser().getIdLong());
    if (wait.isPresent()) {
      DiscordMessage m = Cooldown.message(wait.get(), System.currentTimeMillis());
      event
          .reply(m.toCreateData())
          .setEphemeral(true)
          .queue(null, e -> log.warn("could not answer a button: {}", e.toString()));
      return;
    }
    Press press = new Press(event, request.isPresent());
    try {
      if (request.isPresent()) {
        workers.execute(() -> turn(press, request.get()));
      } else {
        workers.execute(() -> more(press, more.get()));
      }
    } catch (RejectedExecutionException e) {
      log.info("a button arrived during shutdown; not answered");
    }
  }

  private void turn(Press event, PageIds.PageRequest r) {
    Optional<DiscordRenderer.Paged> page;
    try {
      Commands now = commands.current();
      if (!pageable(now, r.command())) {
        // Only the bot writes page ids, but a client can send any id: never run an unknown or
        // admin-only command (/reload) for whoever pressed.
        stale(event, "This button is no longer in use; run the command again.");
        return;
      }
      if (!now.version().equals(r.version())) {
        stale(
            event, "The articles were reloaded since this answer; run /" + r.command() + " again.");
        return;
      }
      Reply reply = now.run(r.command(), r.options());
      if (reply instanceof ErrorReply) {
        stale(event, "This button no longer works; run /" + r.command() + " again.");
        return;
      }
      page = renderer.render(reply, r.page());
    } catch (RuntimeException e) {
      log.error("page {} of /{} failed", r.page(), r.command(), e);
      stale(event, "Sorry, that page could not be shown. The details are in the bot's log.");
      return;
    }
    if (page.isEmpty()) {
      stale(
          event,
          "That page no longer exists (the sources changed); run /" + r.command() + " again.");
      return;
    }
    DiscordRenderer.Paged p = page.get();
    DiscordMessage m =
        p.message()
            .withButtons(PageIds.row(r.version(), r.command(), r.options(), p.page(), p.pages()))
            .withMore(r.version());
    event.answer(m);
  }

  /** True for a command that exists and that everyone may run (so its pages may be turned). */
  private static boolean pageable(Commands now, String command) {
    return now.specs().stream().anyMatch(s -> s.name().equals(command) && !s.adminOnly());
  }

  /** "More": the whole passage, shown only to whoever pressed. */
  private void more(Press event, MoreIds.Request r) {
    DiscordMessage m;
    try {
      Commands now = commands.current();
      if (!now.version().equals(r.version())) {
        stale(event, "The articles were reloaded since this answer; run the command again.");
        return;
      }
      Reply reply = now.run("passage", Map.of("file", r.file(), "at", Integer.toString(r.start())));
      if (reply instanceof ErrorReply) {
        stale(event, "That passage is no longer in the articles; run the command again.");
        return;
      }
      DiscordMessage page = renderer.render(reply);
      m = new DiscordMessage(page.content(), page.embeds(), true);
    } catch (RuntimeException e) {
      log.error("More for {} at {} failed", r.file(), r.start(), e);
      stale(event, "Sorry, that passage could not be shown. The details are in the bot's log.");
      return;
    }
    event.answer(m);
  }

  private static void stale(ButtonInteractionEvent event, String text) {
    DiscordMessage m = new DiscordMessage(text, List.of(), true);
    event
        .reply(m.toCreateData())
        .setEphemeral(true)
        .queue(null, e -> log.warn("could not answer a button: {}", e.toString()));
  }

  /**
   * One press, answered once: directly (a page edits the message, "More" replies privately) while
   * within {@code deferAfter}, or through the hook after the deferral the timer sent.
   */
  private final class Press {
    private final ButtonInteractionEvent event;
    private final boolean edits;
    private final AtomicBoolean acknowledged = new AtomicBoolean();
    private final ScheduledFuture<?> defer;

    Press(ButtonInteractionEvent event, boolean edits) {
      this.event = event;
      this.edits = edits;
      if (deferAfter.isZero()) {
        defer();
        this.defer = null;
      } else {
        this.defer = timer.schedule(this::defer, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    private void defer() {
      if (acknowledged.compareAndSet(false, true)) {
        RestAction<InteractionHook> d = edits ? event.deferEdit() : event.deferReply(true);
        d.queue(null, e -> log.warn("could not defer a button: {}", e.toString()));
      }
    }

    /** True (and the deferral cancelled) when the answer may still be sent directly. */
    private boolean direct() {
      if (acknowledged.compareAndSet(false, true)) {
        if (defer != null) {
          defer.cancel(false);
        }
        return true;
      }
      return false;
    }

    /** The page in place of the message, or the whole passage privately. */
    void answer(DiscordMessage m) {
      if (!direct()) {
        event
            .getHook()
            .editOriginal(m.toEditData())
            .queue(null, e -> log.warn("could not answer a deferred button: {}", e.toString()));
      } else if (edits) {
        event
            .editMessage(m.toEditData())
            .queue(null, e -> log.warn("could not turn the page: {}", e.toString()));
      } else {
        event
            .reply(m.toCreateData())
            .setEphemeral(true)
            .queue(null, e -> log.warn("could not show a whole passage: {}", e.toString()));
      }
    }
  }

  /** A private answer; after a deferred page turn, a private follow-up (the message stays). */
  private static void stale(Press press, String text) {
    if (press.direct()) {
      stale(press.event, text);
    } else if (press.edits) {
      press
          .event
          .getHook()
          .sendMessage(new DiscordMessage(text, List.of(), true).toCreateData())
          .setEphemeral(true)
          .queue(null, e -> log.warn("could not answer a button: {}", e.toString()));
    } else {
      press.answer(new DiscordMessage(text, List.of(), true));
    }
  }
}
