package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.reply.SourcesReply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {
  private final Commands commands = Seeds.bot().commands();

  private ErrorReply error(String line) {
    Reply r = commands.run(line);
    assertThat(r).isInstanceOf(ErrorReply.class);
    return (ErrorReply) r;
  }

  @Test
  void anEmptyLineAsksForACommand() {
    ErrorReply e = error("   ");
    assertThat(e.kind()).isEqualTo(ErrorReply.Kind.USAGE);
    assertThat(e.message())
        .isEqualTo("Type a command, for example /search who will NATO work with.");
  }

  @Test
  void anEmptyQuestionIsExplainedWithAnExample() {
    ErrorReply e = error("/search    ");
    assertThat(e.message()).isEqualTo("/search needs a question.");
    assertThat(e.hint()).isEqualTo("For example: /search who will NATO work with");
  }

  @Test
  void aQuestionTypedAfterAnOptionIsExplainedWithTheOptionFirstExample() {
    ErrorReply e = error("/search outlet:Jordan Times what did Trump say");
    assertThat(e.message()).isEqualTo("/search needs a question.");
    assertThat(e.hint())
        .isEqualTo(
            "outlet: took all the words after it (\"Jordan Times what did Trump say\"): a value"
                + " runs to the next option, so put the question first, for example: /search what"
                + " did Trump say outlet:Jordan Times");
  }

  @Test
  void aQuestionOverAThousandCharactersIsRefusedWithTheLimit() {
    ErrorReply e = error("/search " + "a".repeat(1001));
    assertThat(e.message()).isEqualTo("question is 1001 characters long; the limit is 1000.");
    assertThat(commands.run("/search " + "nato ".repeat(199) + "nato"))
        .isInstanceOf(SearchReply.class);
  }

  /** Characters as people count them: an emoji is one, though Java holds it as two. */
  @Test
  void limitsCountAnEmojiAsOneCharacter() {
    String emoji = "\uD83D\uDE00";
    assertThat(commands.run("/search nato " + emoji.repeat(995))).isInstanceOf(SearchReply.class);
    assertThat(error("/search " + emoji.repeat(1001)).message())
        .isEqualTo("question is 1001 characters long; the limit is 1000.");
    assertThat(error("/search " + emoji.repeat(3999)).message())
        .startsWith("That is 4007 characters; a command line may have at most 4000.");
  }

  @Test
  void aHugeLineIsRefusedBeforeParsing() {
    ErrorReply e = error("/search " + "x ".repeat(50_000));
    assertThat(e.message())
        .startsWith("That is 100008 characters; a command line may have at most 4000.");
  }

  @Test
  void anUnknownCommandSuggestsTheClosestOne() {
    ErrorReply e = error("/serch nato");
    assertThat(e.kind()).isEqualTo(ErrorReply.Kind.UNKNOWN_COMMAND);
    assertThat(e.message()).isEqualTo("Unknown command /serch.");
    assertThat(e.hint()).isEqualTo("Did you mean /search? /help lists the commands.");
    assertThat(error("/frobnicate").hint()).isEqualTo("/help lists the commands.");
  }

  @Test
  void anUnknownOptionIsNamed() {
    ErrorReply e = error("/search nato --fast");
    assertThat(e.message()).isEqualTo("Unknown option --fast for /search.");
    assertThat(e.hint())
        .isEqualTo("Usage: /search <question> [limit:1-10] [page:1-20] [outlet:<text>]");
    assertThat(error("/search nato --limit 5").hint())
        .isEqualTo("Write options as name:value, for example limit:1.");
  }

  @Test
  void optionNamesAreReadInAnyCase() {
    Reply r = commands.run("/search NATO Limit:2");
    assertThat(r).isInstanceOf(SearchReply.class);
    assertThat(((SearchReply) r).results()).hasSize(2);
    assertThat(commands.run("/search NATO LIMIT:1"))
        .isInstanceOfSatisfying(SearchReply.class, s -> assertThat(s.results()).hasSize(1));
  }

  @Test
  void anOptionNameOneLetterOffIsRefusedNotSearchedFor() {
    ErrorReply e = error("/search NATO limt:5");
    assertThat(e.message()).isEqualTo("Unknown option limt: for /search.");
    assertThat(e.hint())
        .isEqualTo(
            "Did you mean limit:5? Usage: /search <question> [limit:1-10] [page:1-20] [outlet:<text>]");
    assertThat(error("/search NATO outlt:Reuters").hint())
        .startsWith("Did you mean outlet:Reuters?");
    // other words with a colon stay text: a short one, one without a value, one not near
    assertThat(commands.run("/search NATO at:5")).isInstanceOf(SearchReply.class);
    assertThat(commands.run("/search NATO limt: 5")).isInstanceOf(SearchReply.class);
    assertThat(commands.run("/search NATO summit:Brussels")).isInstanceOf(SearchReply.class);
  }

  @Test
  void aNameAndColonInsideTheMainTextsQuoteMarksIsWords() {
    Reply r = commands.run("/check Rutte said \"we will work with outlet:Jowhar and more\"");
    assertThat(r).isInstanceOf(coveragebot.reply.CheckReply.class);
    assertThat(((coveragebot.reply.CheckReply) r).claim())
        .isEqualTo("Rutte said \"we will work with outlet:Jowhar and more\"");
    Reply curly = commands.run("/check Rutte said \u201cwe will work with limit:3\u201d");
    assertThat(curly).isInstanceOf(coveragebot.reply.CheckReply.class);
    // inside an option's quote marks too
    Reply quote = commands.run("/quote Rutte text:\"safe outlet:Jowhar\"");
    assertThat(quote).isInstanceOf(coveragebot.reply.QuoteReply.class);
    assertThat(((coveragebot.reply.QuoteReply) quote).query()).isEqualTo("safe outlet:Jowhar");
    // invisible format characters typed around a name are no part of it
    assertThat(
            ((coveragebot.reply.CheckReply)
                    commands.run("/check \u2066Rutte\u2069 said \"NATO will be in safe hands\""))
                .verdict())
        .isEqualTo(
            ((coveragebot.reply.CheckReply)
                    commands.run("/check Rutte said \"NATO will be in safe hands\""))
                .verdict())
        .isEqualTo("mismatch");
    // a mark never closed quotes nothing: the option after it is read
    Reply stray = commands.run("/search said: \u201cThe threat has limit:1");
    assertThat(stray).isInstanceOf(SearchReply.class);
    assertThat(((SearchReply) stray).results()).hasSize(1);
    // after the closing mark, an option is an option again
    assertThat(error("/check Rutte said \"we will work\" outlet:Nowhere").message())
        .startsWith("No outlet called");
  }

  @Test
  void badOptionValuesAreNamed() {
    assertThat(error("/search nato limit:abc").message())
        .isEqualTo("limit must be a whole number from 1 to 10, not \"abc\".");
    assertThat(error("/search nato limit:11").message())
        .isEqualTo("limit must be from 1 to 10, not 11.");
    assertThat(error("/search nato limit:2 limit:3").message()).isEqualTo("limit: given twice.");
    // Only the digits 0-9: Java would read "+3" and Arabic-Indic "٣" as 3.
    assertThat(error("/search nato limit:+3").message())
        .isEqualTo("limit must be a whole number from 1 to 10, not \"+3\".");
    assertThat(error("/search nato limit:\u0663").message())
        .isEqualTo("limit must be a whole number from 1 to 10, not \"\u0663\".");
    assertThat(error("/search nato limit:-3").message())
        .isEqualTo(
            "limit must be a whole number from 1 to 10, not \"-3\"."); // A refused choice is shown,
    // as a refused number is.
    assertThat(error("/timeline view:bogus").message())
        .isEqualTo("view must be one of events, coverage, not \"bogus\".");
  }

  @Test
  void commandsWithoutOptionsRefuseExtraText() {
    ErrorReply e = error("/sources everything");
    assertThat(e.message()).isEqualTo("/sources takes no text here: \"everything\".");
    assertThat(error("/sources extra words").message())
        .isEqualTo("/sources takes no text here: \"extra words\".");
    assertThat(commands.run("/sources")).isInstanceOf(SourcesReply.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"",
        "(",
        ")",
        "AND",
        "OR NOT",
        "*",
        "?",
        "\\",
        ":",
        "title:Rutte",
        "rutte~2",
        "[a TO z]",
        "{x}",
        "+nato -trump",
        "\"unclosed phrase",
        "/",
        "a:b:c",
        "^5",
        "&&",
        "||",
        "!",
        "🙂",
        "<@123456789012345678> @everyone",
        "**bold** __x__",
        ".*(a|b)+$"
      })
  void queryTextIsNeverLuceneSyntax(String query) {
    Reply r = commands.run("/search " + query);
    assertThat(r).isInstanceOf(SearchReply.class);
  }

  @Test
  void luceneOperatorsAreSearchedAsWords() {
    SearchReply r = (SearchReply) commands.run("/search Rutte AND Stoltenberg");
    assertThat(r.results()).isNotEmpty();
    SearchReply punct = (SearchReply) commands.run("/search ?!*");
    assertThat(punct.results()).isEmpty();
    assertThat(punct.note()).isEqualTo("There are no words to search for in \"?!*\".");
  }

  @Test
  void nothingFoundSaysSo() {
    SearchReply r = (SearchReply) commands.run("/search zebra giraffe");
    assertThat(r.results()).isEmpty();
    assertThat(r.note()).startsWith("Nothing in the coverage matches \"zebra giraffe\".");
  }

  @Test
  void theSamePassageFromSeveralOutletsIsShownOnceWithAlsoIn() {
    SearchReply r =
        (SearchReply)
            commands.run("/search Whoever wins those elections we will work with Kamala Harris");
    SearchReply.Result top = r.results().get(0);
    assertThat(top.excerpt().text()).contains("Whoever wins those elections");
    assertThat(top.alsoIn()).isNotEmpty();
    assertThat(top.alsoIn())
        .allSatisfy(c -> assertThat(c.file()).isNotEqualTo(top.excerpt().file()));
    assertThat(r.results().stream().skip(1))
        .noneSatisfy(
            res -> assertThat(res.excerpt().text()).startsWith("\"Whoever wins those elections"));
  }

  @Test
  void limitChoosesHowManyPassages() {
    assertThat(((SearchReply) commands.run("/search Rutte")).results()).hasSize(3);
    assertThat(((SearchReply) commands.run("/search Rutte limit:7")).results()).hasSize(7);
    assertThat(((SearchReply) commands.run("/search limit:1 Rutte")).results()).hasSize(1);
  }

  @Test
  void quoteMarksGroupANamedValueButStayInTheMainText() {
    Reply check = commands.run("/check \"NATO will be in safe hands\"");
    assertThat(check).isInstanceOf(coveragebot.reply.CheckReply.class);
    assertThat(((coveragebot.reply.CheckReply) check).claim())
        .isEqualTo("\"NATO will be in safe hands\"");
    Reply quote = commands.run("/quote text:\"safe hands\"");
    assertThat(((coveragebot.reply.QuoteReply) quote).query()).isEqualTo("safe hands");
    // single and curly marks too, as phones type them; an apostrophe inside stays
    for (String typed :
        java.util.List.of("'safe hands'", "\u201csafe hands\u201d", "\u2018safe hands\u2019")) {
      coveragebot.reply.QuoteReply q =
          (coveragebot.reply.QuoteReply) commands.run("/quote text:" + typed);
      assertThat(q.query()).as(typed).isEqualTo("safe hands");
      assertThat(q.groups()).as(typed).isNotEmpty();
    }
    assertThat(((coveragebot.reply.QuoteReply) commands.run("/quote text:'safe' hands'")).query())
        .isEqualTo("'safe' hands'");
  }

  @Test
  void theSlashIsOptionalAndCommandNamesIgnoreCase() {
    assertThat(commands.run("SOURCES")).isInstanceOf(SourcesReply.class);
    assertThat(commands.run("search nato")).isInstanceOf(SearchReply.class);
  }

  /**
   * /help takes a command's name and shows that command only ("/help search" was refused: "/help
   * takes no text here").
   */
  @Test
  void helpForOneCommandShowsThatCommandOnly() {
    Commands commands = coveragebot.testing.Seeds.bot().commands();
    for (String asked : List.of("/help search", "/help /search", "/help SEARCH")) {
      coveragebot.reply.HelpReply one = (coveragebot.reply.HelpReply) commands.run(asked);
      assertThat(one.commands())
          .as(asked)
          .singleElement()
          .satisfies(e -> assertThat(e.name()).isEqualTo("search"));
    }
    coveragebot.reply.HelpReply all = (coveragebot.reply.HelpReply) commands.run("/help");
    assertThat(all.commands()).hasSizeGreaterThan(5);
    ErrorReply none = (ErrorReply) commands.run("/help frobnicate");
    assertThat(none.message()).isEqualTo("There is no command /frobnicate.");
    assertThat(none.hint()).contains("/search").endsWith("/help alone shows them all.");
  }
}
