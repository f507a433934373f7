package coveragebot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The heap probe counts live objects, not the fillers a collection leaves over dead space. */
class HeapProbeTest {

  @Test
  void fillersAreNotCounted() {
    String histogram =
        """
        123:
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:        393350      120686608  [B (java.base@25.0.3)
           2:          1850       16534472  [Ljdk.internal.vm.FillerElement; (java.base@25.0.3)
           3:            10            160  jdk.internal.vm.FillerObject (java.base@25.0.3)
           4:        381851        9164424  java.lang.String (java.base@25.0.3)
        Total        777061      146385664
        """;
    assertThat(HeapProbe.total(histogram)).isEqualTo(146385664L - 16534472L - 160L);
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> HeapProbe.total("no histogram here"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** In this JVM: an array kept alive is seen, to within the probe's noise. */
  @Test
  void seesALargeArray() {
    HeapProbe probe = new HeapProbe();
    long without = probe.usedAfterGc();
    byte[] kept = new byte[64 << 20];
    long with = probe.usedAfterGc();
    assertThat(with - without).isBetween(60L << 20, 68L << 20);
    assertThat(kept).hasSize(64 << 20);
  }
}
