package coveragebot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Where a stretch of wall time went, as far as the JVM tells: processor time of the whole process
 * (every thread, the JIT's and the collector's too), time the JIT compilers spent compiling, and
 * time in garbage collections. On two cores the start-up's build runs both cores flat out, so its
 * wall time follows these: what it costs is what they add up to. -1 where the JVM does not say.
 *
 * @param cpuMs processor time of the process
 * @param jitMs compilation time, summed over the compiler threads
 * @param gcMs collection time, summed over the collectors (the serial collector's pauses)
 */
public record JvmCosts(long cpuMs, long jitMs, long gcMs) {

  /** The totals so far. */
  public static JvmCosts now() {
    long cpu = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long ns = os.getProcessCpuTime();
      cpu = ns < 0 ? -1 : ns / 1_000_000;
    }
    var jit = ManagementFactory.getCompilationMXBean();
    long compile =
        jit != null && jit.isCompilationTimeMonitoringSupported()
            ? jit.getTotalCompilationTime()
            : -1;
    long gc = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, b.getCollectionTime());
    }
    return new JvmCosts(cpu, compile, gc);
  }

  /** What was spent since {@code earlier}. */
  public JvmCosts since(JvmCosts earlier) {
    return new JvmCosts(
        diff(cpuMs, earlier.cpuMs), diff(jitMs, earlier.jitMs), diff(gcMs, earlier.gcMs));
  }

  private static long diff(long now, long then) {
    return now < 0 || then < 0 ? -1 : now - then;
  }
}
