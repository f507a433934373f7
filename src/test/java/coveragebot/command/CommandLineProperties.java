package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * For any command line (every command and option, dates possible and impossible, file names, Lucene
 * syntax, regex metacharacters, emoji, Discord markup, up to 10,000 characters), the command layer
 * answers with a reply, never an exception or an internal error, and whatever source text it shows
 * is verbatim.
 */
class CommandLineProperties {
  private final Commands commands = Seeds.bot().commands();

  /** Dates possible and impossible, as words and in ISO forms: tokens and option values both. */
  static final List<String> DATES =
      List.of(
          "2024-13-45",
          "2024-11-05",
          "2024-11",
          "2024-W44",
          "2024-W60",
          "2024-Q4",
          "2024-H2",
          "February 00",
          "0 October",
          "31 February 2024",
          "4 November 2024",
          "November 2024",
          "yesterday",
          "2025",
          "0000",
          "9999-12-31");

  static final List<String> TOKENS =
      Stream.concat(
              DATES.stream(),
              Stream.of(
                  "/search",
                  "/sources",
                  "/help",
                  "/quote",
                  "/timeline",
                  "/check",
                  "/compare",
                  "/speakers",
                  "/passage",
                  "/reload",
                  "speaker:",
                  "about:",
                  "outlet:",
                  "text:",
                  "from:",
                  "to:",
                  "undated:yes",
                  "undated:no",
                  "undated:maybe",
                  "view:coverage",
                  "view:events",
                  "view:x",
                  "at:",
                  "at:0",
                  "at:1360",
                  "at:-1",
                  "at:99999999999",
                  "limit:25",
                  "limit:500",
                  "limit:501",
                  "000_36892fb6aa2421ea.txt",
                  "004_8c69868f6fc53621.txt",
                  "../seeds",
                  "Khaleej Times",
                  "Jordan Times",
                  "Mark Rutte",
                  "Donald Trump",
                  "\"NATO will be in safe hands\"",
                  "we will work with Kamala Harris",
                  "32-member",
                  "40 billion euros",
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
                  "\n"))
          .toList();

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

  static final List<String> VALUES =
      Stream.concat(
              DATES.stream(),
              Stream.of(
                  "",
                  " ",
                  "0",
                  "1",
                  "-1",
                  "25",
                  "501",
                  "99999999999999999999",
                  "x",
                  "yes",
                  "no",
                  "events",
                  "coverage",
                  "Rutte",
                  "Mark Rutte",
                  "rutte",
                  "Khaleej Times",
                  "khalej",
                  "Ukraine",
                  "NATO will be in safe hands",
                  "\"NATO will be in safe hands\"",
                  "we will work with Kamala Harris",
                  "000_36892fb6aa2421ea.txt",
                  "../../etc/passwd",
                  "1360",
                  "*",
                  "AND OR NOT",
                  "(a|b)+$",
                  "😀",
                  "\u0000",
                  "\u202E",
                  "“",
                  "x".repeat(3000)))
          .toList();

  /** A command of the bot with some of its options, each given a value from {@link #VALUES}. */
  @Provide
  Arbitrary<Map<String, Object>> commandWithOptions() {
    List<CommandSpec> specs = commands.specs();
    return Arbitraries.of(specs)
        .flatMap(
            spec -> {
              if (spec.options().isEmpty()) {
                return Arbitraries.just(
                    Map.<String, Object>of("name", spec.name(), "options", Map.of()));
              }
              Arbitrary<Map<String, String>> options =
                  Arbitraries.maps(
                          Arbitraries.of(spec.options()).map(OptionSpec::name),
                          Arbitraries.of(VALUES))
                      .ofMaxSize(spec.options().size());
              return options.map(o -> Map.<String, Object>of("name", spec.name(), "options", o));
            });
  }

  @Property(tries = 1500)
  void everyCommandWithAnyOptionValuesAnswersTypedOrFromDiscord(
      @ForAll("commandWithOptions") Map<String, Object> c) {
    String name = (String) c.get("name");
    @SuppressWarnings("unchecked")
    Map<String, String> options = (Map<String, String>) c.get("options");
    StringBuilder line = new StringBuilder("/").append(name);
    options.forEach((k, v) -> line.append(' ').append(k).append(':').append(v));
    for (Reply reply : List.of(commands.run(line.toString()), commands.run(name, options))) {
      assertThat(reply).as(line.toString()).isNotNull();
      if (reply instanceof ErrorReply e) {
        assertThat(e.kind()).as(line + " -> " + e.message()).isNotEqualTo(ErrorReply.Kind.INTERNAL);
      }
      for (Excerpt x : VerbatimInvariantTest.excerpts(reply)) {
        assertThat(Seeds.text(x.file()).substring(x.start(), x.end())).isEqualTo(x.text());
      }
    }
  }
}
