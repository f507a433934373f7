package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void theSeedsTopicsAreTheNamesMostArticlesMentionWithoutGrammarWords() {
    List<String> topics = Topics.of(Seeds.bot().corpus().articles(), 40);
    assertThat(topics).hasSizeLessThanOrEqualTo(40).contains("Rutte", "Trump", "Ukraine");
    assertThat(topics.subList(0, 5)).anyMatch(t -> t.contains("Rutte") || t.contains("Nato"));
    assertThat(topics)
        .doesNotContain("The", "But", "He", "November", "Tuesday")
        .noneMatch(t -> t.startsWith("The ") || t.endsWith("'s"));
  }

  @Test
  void countsEachArticleOnceAndRanksByArticlesThenName() {
    List<String> topics = Topics.of(Seeds.bot().corpus().articles(), 1000);
    assertThat(topics).doesNotHaveDuplicates();
    assertThat(Topics.of(Seeds.bot().corpus().articles(), 3))
        .containsExactlyElementsOf(topics.subList(0, 3));
  }
}
