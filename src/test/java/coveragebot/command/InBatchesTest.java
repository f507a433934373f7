package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InBatchesTest {

  @Test
  void givesEachElementsValueInAnyOrderOfReading() {
    List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
    InBatches<Integer, String> squares = new InBatches<>(items, 7, x -> Integer.toString(x * x));
    for (int i = 0; i < items.size(); i++) {
      assertThat(squares.get(i)).isEqualTo(Integer.toString(i * i));
    }
    for (int i : new int[] {5, 9_999, 0, 6, 7, 13, 3}) { // back, forth, across batch ends
      assertThat(squares.get(i)).isEqualTo(Integer.toString(i * i));
    }
  }
}
