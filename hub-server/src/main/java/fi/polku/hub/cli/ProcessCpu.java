package fi.polku.hub.cli;

import java.lang.management.ManagementFactory;

/**
 * The CPU time of the whole process, for the benchmarks' CPU lines: on a machine shared with other
 * work a run's wall-clock rate varies by a fifth, its CPU per resource much less.
 */
final class ProcessCpu {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ProcessCpu() {}

  /** Nanoseconds of CPU time the process has used so far, all its threads together. */
  static long nanos() {
    return OS.getProcessCpuTime();
  }
}
