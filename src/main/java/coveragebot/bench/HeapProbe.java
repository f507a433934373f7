package coveragebot.bench;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Bytes of live objects on the heap: the difference between two probes, taken with and without an
 * object alive, is what that object keeps on the heap. Honest only for large objects such as an
 * index over many passages (a few hundred KB of noise).
 *
 * <p>The live bytes are counted object by object after a full collection (the JVM's class
 * histogram, as {@code jcmd <pid> GC.class_histogram} prints it), without the fillers. Heap in use
 * after {@code System.gc()} is not that: the serial collector leaves up to 5% of the old generation
 * as dead space it does not compact away ({@code MarkSweepDeadRatio}), which at 100k articles was
 * 160 MB more or less from one probe to the next, depending on how large the old generation had
 * grown (a probe right after the build saw it, one after a collection before the build did not).
 */
public final class HeapProbe {

  /** Live bytes on the heap, or heap in use after a collection where the histogram is missing. */
  public long usedAfterGc() {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      return total(text.toString());
    } catch (Exception | LinkageError e) {
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }

  /**
   * The bytes of the histogram's last line, {@code Total <instances> <bytes>}, less the filler
   * arrays the collector writes over dead space it leaves in place ({@code
   * jdk.internal.vm.FillerElement}, {@code FillerObject}): they are not objects anyone keeps.
   */
  static long total(String histogram) {
    String[] lines = histogram.strip().split("\n");
    String[] last = lines[lines.length - 1].trim().split("\\s+");
    if (last.length < 3 || !last[0].equals("Total")) {
      throw new IllegalArgumentException("not a class histogram: " + lines[lines.length - 1]);
    }
    long bytes = Long.parseLong(last[2]);
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":") && f[3].contains("jdk.internal.vm.Filler")) {
        bytes -= Long.parseLong(f[2]);
      }
    }
    return bytes;
  }
}
