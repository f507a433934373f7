package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Claim#clean} skips the Discord markup patterns on text they could not change: for any text
 * of words, spaces, markup marks and other whitespace, it gives what the patterns give.
 */
class ClaimCleanProperties {
  @Property(tries = 2000)
  void cleanEqualsThePatterns(@ForAll("typed") String typed) {
    assertThat(Claim.clean(typed)).isEqualTo(Claim.withoutMarkup(typed));
  }

  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.of(
            "Rutte",
            "said",
            " ",
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000B",
            "\f",
            "\r",
            "\u00A0",
            "\u2003",
            "*",
            "_",
            "~",
            "`",
            "|",
            ">",
            "<",
            "@",
            "@everyone",
            "<@123>",
            "<#45>",
            "<a:wave:67>",
            "“no doubt”",
            ",",
            ".")
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
