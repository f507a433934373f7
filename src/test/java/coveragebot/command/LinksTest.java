package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void aShortPassageIsOneEncodedTextDirective() {
    assertThat(Links.textFragment("https://example.org/a", "NATO will be in safe hands."))
        .isEqualTo("https://example.org/a#:~:text=NATO%20will%20be%20in%20safe%20hands.");
  }

  @Test
  void aLongPassageIsNamedByItsFirstAndLastWords() {
    String link =
        Links.textFragment(
            "https://example.org/a#top", "one two three four five six seven eight nine ten");
    assertThat(link)
        .isEqualTo(
            "https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten");
  }

  @Test
  void dashesCommasAmpersandsAndCurlyQuotesAreEncoded() {
    assertThat(Links.textFragment("https://example.org", "knife-edge, Q&A “yes”"))
        .isEqualTo("https://example.org#:~:text=knife%2Dedge%2C%20Q%26A%20%E2%80%9Cyes%E2%80%9D");
  }

  @Test
  void noUrlMeansNoLinkRatherThanAMadeUpOne() {
    assertThat(Links.textFragment(null, "text")).isNull();
    assertThat(Links.textFragment(" ", "text")).isNull();
  }
}
