package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CooldownTest {

  @Test
  void allowsTheRuleThenSaysHowLongToWaitAndForgetsAfterTheWindow() {
    AtomicLong now = new AtomicLong(1_000_000);
    Cooldown c = new Cooldown(new Cooldown.Rule(2, Duration.ofSeconds(10)), now::get);
    assertThat(c.acquire(1)).isEmpty();
    now.addAndGet(4000);
    assertThat(c.acquire(1)).isEmpty();
    assertThat(c.acquire(1)).contains(Duration.ofSeconds(6));
    assertThat(c.acquire(2)).as("another user is not slowed down").isEmpty();
    now.addAndGet(6000);
    assertThat(c.acquire(1)).isEmpty();
  }

  @Test
  void theMessageIsEphemeralAndGivesADiscordTimestamp() {
    DiscordMessage m = Cooldown.message(Duration.ofMillis(5500), 1_700_000_000_000L);
    assertThat(m.ephemeral()).isTrue();
    assertThat(m.content()).contains("<t:1700000006:R>").contains("in 6 s");
  }
}
