package coveragebot.discord;

import coveragebot.command.CommandSource;
import coveragebot.command.Commands;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.interaction.command.GenericCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a slash command into {@code Commands.run(name, options)} and sends the rendered reply.
 *
 * <p>Discord wants an acknowledgement within 3 s, and fixes whether a reply is ephemeral at that
 * moment. So the command runs on a worker: if it finishes within {@code deferAfter}, the reply is
 * sent directly (ephemeral for errors and "nothing found"); otherwise the interaction is deferred
 * and the original response is edited when the answer is ready.
 */
final class SlashListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(SlashListener.class);

  private final CommandSource commands;
  private final DiscordRenderer renderer;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration deferAfter;
  private final Cooldown cooldown;
  private final FactCheckThreads threads;

  SlashListener(
      CommandSource commands,
      DiscordRenderer renderer,
      ExecutorService workers,
      ScheduledExecutorService timer,
      Duration deferAfter,
      Cooldown cooldown,
      FactCheckThreads threads) {
    this.commands = commands;
    this.renderer = renderer;
    this.workers = workers;
    this.timer = timer;
    this.deferAfter = deferAfter;
    this.cooldown = cooldown;
    this.threads = threads;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Map<String, String> options = new LinkedHashMap<>();
    for (OptionMapping m : event.getOptions()) {
      options.put(m.getName(), m.getAsString());
    }
    handle(event, event.getName(), options);
  }

  /**
   * "Fact-check quote" on a message: {@code /check} with the message's text as the claim. Discord
   * sends the text of the chosen message with the interaction, so no message-content intent is
   * needed.
   */
  @Override
  public void onMessageContextInteraction(MessageContextInteractionEvent event) {
    if (!event.getName().equals(FactCheckThreads.MENU)) {
      return;
    }
    String text = event.getTarget().getContentRaw();
    if (text.isBlank()) {
      event
          .reply(
              new DiscordMessage(
                      "That message has no text to check; /check takes a claim you type.",
                      List.of(),
                      true)
                  .toCreateData())
          .setEphemeral(true)
          .queue(null, e -> log.warn("could not answer the fact-check menu: {}", e.toString()));
      return;
    }
    handle(event, "check", Map.of("claim", text));
  }

  private void handle(
      GenericCommandInteractionEvent event, String name, Map<String, String> options) {
    Optional<Duration> wait = cooldown.acquire(event.getUser().getIdLong());
    if (wait.isPresent()) {
      DiscordMessage m = Cooldown.message(wait.get(), System.currentTimeMillis());
      event
          .reply(m.toCreateData())
          .setEphemeral(true)
          .queue(null, e -> log.warn("could not answer /{}: {}", name, e.toString()));
      return;
    }
    AtomicBoolean acknowledged = new AtomicBoolean();
    ScheduledFuture<?> defer =
        deferAfter.isZero()
            ? null
            : timer.schedule(
                () -> defer(event, acknowledged), deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    if (defer == null) {
      defer(event, acknowledged);
    }
    try {
      workers.execute(() -> answer(event, name, options, acknowledged, defer));
    } catch (RejectedExecutionException e) {
      // Shutting down: the interaction expires unanswered, which Discord shows as a failure.
      log.info("/{} arrived during shutdown; not answered", name);
    }
  }

  private void defer(GenericCommandInteractionEvent event, AtomicBoolean acknowledged) {
    if (acknowledged.compareAndSet(false, true)) {
      event
          .deferReply()
          .queue(null, e -> log.warn("could not defer {}: {}", event.getName(), e.toString()));
    }
  }

  private void answer(
      GenericCommandInteractionEvent event,
      String name,
      Map<String, String> options,
      AtomicBoolean acknowledged,
      ScheduledFuture<?> defer) {
    Rendered rendered = render(name, options);
    DiscordMessage message = rendered.message();
    if (acknowledged.compareAndSet(false, true)) {
      if (defer != null) {
        defer.cancel(false);
      }
      event
          .reply(message.toCreateData())
          .setEphemeral(message.ephemeral())
          .queue(
              hook -> threads.afterDirectAnswer(hook, rendered.reply(), message),
              e -> log.warn("could not answer /{}: {}", name, e.toString()));
    } else if (message.ephemeral()) {
      // The deferral was public; remove it and answer privately instead, so errors do not clutter
      // the channel. JDA holds hook requests until Discord has acknowledged the deferral.
      InteractionHook hook = event.getHook();
      hook.deleteOriginal()
          .queue(
              ok ->
                  hook.sendMessage(message.toCreateData())
                      .setEphemeral(true)
                      .queue(null, e -> log.warn("could not answer /{}: {}", name, e.toString())),
              e -> log.warn("could not remove the deferral of /{}: {}", name, e.toString()));
    } else {
      event
          .getHook()
          .editOriginal(message.toEditData())
          .queue(
              sent -> threads.afterAnswer(sent, rendered.reply(), message),
              e -> log.warn("could not edit the answer to /{}: {}", name, e.toString()));
    }
  }

  /** A reply and its first page as sent. */
  private record Rendered(Reply reply, DiscordMessage message) {}

  /** Never throws: a failing command or renderer becomes a short error reply. */
  private Rendered render(String name, Map<String, String> options) {
    try {
      Commands now = commands.current();
      Reply reply = now.run(name, options);
      DiscordRenderer.Paged first = renderer.render(reply, 0).orElseThrow();
      return new Rendered(
          reply,
          first
              .message()
              .withButtons(PageIds.row(now.version(), name, options, 0, first.pages()))
              .withMore(now.version()));
    } catch (RuntimeException e) {
      log.error("/{} could not be answered", name, e);
      ErrorReply error =
          new ErrorReply(
              ErrorReply.Kind.INTERNAL,
              "Sorry, /" + name + " failed. The details are in the bot's log.",
              null);
      return new Rendered(error, renderer.render(error));
    }
  }
}
