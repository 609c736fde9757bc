package fi.polku.hub.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The CPU time of the whole process, for the benchmarks' CPU lines: on a machine shared with other
 * work a run's wall-clock rate varies by a fifth, its CPU per resource much less.
 */
final class ProcessCpu {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ProcessCpu() {}

  /**
   * Milliseconds the JIT compiler has spent so far (its threads' CPU is part of {@link #nanos}), or
   * 0 where the JVM does not measure it.
   */
  static long compileMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  /** Nanoseconds of CPU time the process has used so far, all its threads together. */
  static long nanos() {
    return OS.getProcessCpuTime();
  }
}
