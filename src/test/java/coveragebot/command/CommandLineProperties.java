package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * For any command line (commands, options, Lucene syntax, regex metacharacters, emoji, Discord
 * markup, up to 10,000 characters), the command layer answers with a reply, never an exception or
 * an internal error, and whatever source text it shows is verbatim.
 */
class CommandLineProperties {
  private final Commands commands = Seeds.bot().commands();

  static final List<String> TOKENS =
      List.of(
          "/search",
          "/sources",
          "/help",
          "/",
          "search",
          "/SEARCH",
          "/nope",
          "limit:",
          "limit:3",
          "limit:0",
          "limit:-1",
          "limit:99999999999999999999",
          "limit:x",
          "question:",
          "--limit",
          "--",
          "-",
          "\"",
          "(",
          ")",
          "AND",
          "OR",
          "NOT",
          "*",
          "?",
          "\\",
          ":",
          "~2",
          "^3",
          "[a TO b]",
          "{",
          "}",
          "+",
          "&&",
          "||",
          "!",
          ".*",
          "(a|b)+$",
          "\\d{3}",
          "😀",
          "👍🏽",
          "@everyone",
          "@here",
          "<@123456789012345678>",
          "<#1>",
          "**bold**",
          "__u__",
          "~~s~~",
          "`code`",
          "```",
          "> quote",
          "||spoiler||",
          "[link](https://x.y)",
          "\u0000",
          "\uFEFF",
          "\u202E",
          "Rutte",
          "NATO",
          "Nato's",
          "defence",
          "Whoever wins those elections",
          "“",
          "”",
          "’",
          " ",
          "\t",
          "\n");

  @Provide
  Arbitrary<String> commandLine() {
    Arbitrary<String> token = Arbitraries.of(TOKENS);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> long_ = Arbitraries.strings().alpha().ofMinLength(900).ofMaxLength(10_000);
    return Arbitraries.frequencyOf(Tuple.of(12, token), Tuple.of(3, any), Tuple.of(1, long_))
        .list()
        .ofMaxSize(25)
        .map(parts -> String.join(" ", parts));
  }

  @Property(tries = 1000)
  void everyCommandLineGetsAReplyAndShowsOnlyVerbatimText(@ForAll("commandLine") String line) {
    Reply reply = commands.run(line);
    assertThat(reply).isNotNull();
    if (reply instanceof ErrorReply e) {
      assertThat(e.kind()).isNotEqualTo(ErrorReply.Kind.INTERNAL);
      assertThat(e.message()).isNotBlank().doesNotContain("Exception");
      assertThat(e.message().length() + (e.hint() == null ? 0 : e.hint().length()))
          .as("error messages stay short")
          .isLessThan(400);
    }
    for (Excerpt x : VerbatimInvariantTest.excerpts(reply)) {
      assertThat(Seeds.text(x.file()).substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }
}
