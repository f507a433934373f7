package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Boilerplate;
import coveragebot.reply.Excerpt;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Natural questions about the seeds, each with the words of the passage that answers it. Reports
 * the top-3 hit rate (printed, and written to target/search-quality.txt for the README).
 */
class SearchQualityTest {

  /** A question and any of the texts that would answer it. */
  record Question(String question, List<String> answers) {
    Question(String question, String... answers) {
      this(question, List.of(answers));
    }
  }

  static final List<Question> GOLD =
      List.of(
          new Question(
              "who will NATO work with after the US election", "we will work with Kamala Harris"),
          new Question(
              "what did Trump say Russia could do to allies that do not pay",
              "whatever the hell they want"),
          new Question("North Korean troops in Russia", "North Korean troops in Russia"),
          new Question("when did Rutte take office", "Since taking office on 1st October"),
          new Question(
              "who did Rutte replace as head of NATO",
              "took over at the helm of NATO from Jens Stoltenberg",
              "outgoing NATO chief Jens Stoltenberg",
              "stepped down after a tumultuous decade at the head"),
          new Question("how much defence aid will allies give Ukraine", "40 billion euros"),
          new Question("will Ukraine become a member of NATO", "one day Ukraine will be a member"),
          new Question(
              "what did Stoltenberg say about Rutte",
              "He knows how to make compromises",
              "safe hands"),
          new Question(
              "how did Rutte congratulate Trump",
              "His leadership will again be key",
              "congratulated Donald Trump"),
          new Question("Zelensky Victory Plan", "Victory Plan"),
          new Question(
              "bilateral security agreements with Ukraine", "bilateral security agreements"),
          new Question("Sweden and Finland joining the alliance", "Sweden and Finland"),
          new Question(
              "how does Russia see NATO", "Russia has consistently characterized it as a threat"),
          new Question("NATO and European Union cooperation group", "create an operative group"),
          new Question("Australia sending tanks", "Australia to send Ukraine tanks"),
          new Question("is Rutte worried about the outcome of the election", "not worried"),
          new Question(
              "challenges from China, Russia, North Korea and Iran",
              "We face a growing number of challenges"),
          new Question(
              "What defense spending targets did Trump criticise",
              "not meeting defense spending targets",
              "insufficient spending",
              "turned the tide on European defence spending"),
          new Question(
              "what did Rutte say on X after Trump won", "His leadership will again be key"),
          new Question(
              "who did Rutte replace as NATO chief",
              "took over at the helm of NATO from Jens Stoltenberg",
              "outgoing NATO chief Jens Stoltenberg"),
          new Question("how much was spent on aid in the first half of 2024", "almost 21 billion"),
          new Question(
              "Rutte's relationship with Trump",
              "worked for four years with Donald Trump",
              "worked with Donald Trump for four years",
              "good relations to the abrasive US leader"));

  private final Commands commands = Seeds.bot().commands();

  private static boolean answers(SearchReply.Result r, Question q) {
    List<Excerpt> all = new ArrayList<>(r.alsoIn());
    all.add(r.excerpt());
    return all.stream().anyMatch(e -> q.answers().stream().anyMatch(a -> e.text().contains(a)));
  }

  @Test
  void topThreeHitRateOnNaturalQuestions() throws IOException {
    int hits = 0;
    int first = 0;
    List<String> misses = new ArrayList<>();
    List<String> notFirst = new ArrayList<>();
    for (Question q : GOLD) {
      SearchReply reply = (SearchReply) commands.run("/search " + q.question());
      if (reply.results().stream().anyMatch(r -> answers(r, q))) {
        hits++;
      } else {
        misses.add(q.question());
      }
      if (!reply.results().isEmpty() && answers(reply.results().getFirst(), q)) {
        first++;
      } else {
        notFirst.add(q.question());
      }
    }
    double rate = hits / (double) GOLD.size();
    String report =
        String.format(
            "search top-3 hit rate: %d/%d = %.2f; misses: %s%nsearch top-1 hit rate: %d/%d ="
                + " %.2f; not first: %s%n",
            hits,
            GOLD.size(),
            rate,
            misses,
            first,
            GOLD.size(),
            first / (double) GOLD.size(),
            notFirst);
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "search-quality.txt"), report);
    assertThat(GOLD).hasSizeGreaterThanOrEqualTo(15);
    assertThat(rate).as(report).isGreaterThanOrEqualTo(0.9);
    // 15/22 when question words were searched for too ("when did", "what did ... say")
    assertThat(first / (double) GOLD.size()).as(report).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void questionWordsAreNotSearchedForUnlessNothingElseIsLeft() {
    assertThat(SearchCommand.topicWords("What did Stoltenberg say about Rutte?").split("\\s+"))
        .containsExactly("", "Stoltenberg", "Rutte?");
    // "about" after a verb of asking is how the question is asked; elsewhere it stays
    assertThat(SearchCommand.topicWords("what did Rutte say about China").strip().split("\\s+"))
        .containsExactly("Rutte", "China");
    assertThat(SearchCommand.topicWords("about 40 billion euros"))
        .isEqualTo("about 40 billion euros");
    assertThat(SearchCommand.topicWords("when did Rutte take office").strip())
        .isEqualTo("Rutte take office");
    // inside words, and with an apostrophe, they stay
    assertThat(SearchCommand.topicWords("whoever showed Who's dosage"))
        .isEqualTo("whoever showed Who's dosage");
    assertThat(SearchCommand.topicWords("who said what")).isEqualTo("who said what");
  }

  @Test
  void boilerplateNeverAppearsInAnswers() {
    List<Boilerplate> boilerplate =
        Seeds.bot().corpus().articles().stream().flatMap(a -> a.boilerplate().stream()).toList();
    Stream<String> questions =
        Stream.concat(
            GOLD.stream().map(Question::question),
            Stream.of(
                "Top Stories",
                "Next Story",
                "Related Articles",
                "ktweather",
                "AFP photo",
                "Reuters",
                "You are here",
                "75th anniversary summit"));
    questions.forEach(
        q -> {
          SearchReply reply = (SearchReply) commands.run("/search " + q + " limit:10");
          for (SearchReply.Result r : reply.results()) {
            for (Boilerplate b : boilerplate) {
              boolean sameFile = r.excerpt().file().equals(fileOf(b));
              assertThat(sameFile && r.excerpt().start() < b.end() && b.start() < r.excerpt().end())
                  .as("%s answered with boilerplate %s", q, b.text())
                  .isFalse();
            }
          }
        });
  }

  private static String fileOf(Boilerplate b) {
    return Seeds.bot().corpus().articles().stream()
        .filter(a -> a.boilerplate().contains(b))
        .findFirst()
        .orElseThrow()
        .file();
  }
}
