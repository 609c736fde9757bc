package fi.polku.hub.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a benchmark's warm-up when the JIT compiler has settled: when the compile time accumulated
 * over the last window of wall time is below a share of that window. Until then the compiler
 * threads compete with the measured work for the cores (on two cores, the hub's hot code keeps them
 * about one core busy for the first minute or two), so what is measured would be the warm-up.
 *
 * <p>Not thread-safe: one thread (or callers holding a lock) takes the readings.
 */
final class JitSettling {

  /**
   * Default window over which the compiler's share is measured. Long enough that a lull between
   * compilations does not end the warm-up (with 5 s a run stopped right after a window at 71 %).
   */
  static final int WINDOW_SECONDS = 10;

  /** {@link #WINDOW_SECONDS} as a duration. */
  static final Duration WINDOW = Duration.ofSeconds(WINDOW_SECONDS);

  /** Default share of the window's wall time below which the compiler counts as settled. */
  static final double SHARE = 0.05;

  /** One reading: wall-clock nanoseconds and the compile time accumulated so far. */
  record Reading(long nanos, long compileMillis) {}

  /** Where readings come from: the JVM's compilation bean, or a test's synthetic clock. */
  interface Source {
    Reading read();
  }

  private final Source source;
  private final long windowNanos;
  private final double share;
  private final long limitNanos;
  private final Reading start;
  private final Deque<Reading> readings = new ArrayDeque<>();
  private double lastShare = Double.NaN;
  private boolean settled;
  private boolean stopped;

  /**
   * Starts watching now.
   *
   * @param source the readings
   * @param window how much wall time the compiler's share is measured over
   * @param share the share (of one core: compile time per wall time) that counts as settled
   * @param limit the longest warm-up; after it {@link #keepWarming} is false even if not settled
   */
  JitSettling(Source source, Duration window, double share, Duration limit) {
    if (window.isNegative() || window.isZero() || limit.isNegative() || !(share > 0)) {
      throw new IllegalArgumentException("window and share must be positive, limit not negative");
    }
    this.source = source;
    this.windowNanos = window.toNanos();
    this.share = share;
    this.limitNanos = limit.toNanos();
    this.start = source.read();
    readings.add(start);
  }

  /** The JVM's compile-time readings, if this JVM measures compile time. */
  static Optional<Source> jvm() {
    CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
    if (bean == null || !bean.isCompilationTimeMonitoringSupported()) {
      return Optional.empty();
    }
    return Optional.of(() -> new Reading(System.nanoTime(), bean.getTotalCompilationTime()));
  }

  /**
   * The JVM's readings; where this JVM does not measure compile time, readings that never settle
   * (the warm-up then runs to its limit).
   */
  static Source jvmOrNeverSettled() {
    return jvm()
        .orElse(
            () -> {
              long now = System.nanoTime();
              return new Reading(now, now / 1_000_000);
            });
  }

  /**
   * Takes a reading; whether the warm-up should go on: false once the compiler has settled or the
   * limit is reached, and from then on.
   */
  boolean keepWarming() {
    // Once it has said stop it keeps saying so, and takes no more readings: concurrent clients
    // all stop, and the outcome stays what it was when the warm-up ended.
    if (stopped) {
      return false;
    }
    Reading now = source.read();
    readings.addLast(now);
    // Keep the newest reading at least a window old as the base, and everything after it.
    while (readings.size() > 2) {
      Iterator<Reading> it = readings.iterator();
      it.next();
      Reading second = it.next();
      if (now.nanos() - second.nanos() < windowNanos) {
        break;
      }
      readings.removeFirst();
    }
    Reading base = readings.getFirst();
    long wall = now.nanos() - base.nanos();
    if (wall > 0) {
      lastShare = (now.compileMillis() - base.compileMillis()) * 1e6 / wall;
    }
    settled = wall >= windowNanos && lastShare < share;
    stopped = settled || elapsed().toNanos() >= limitNanos;
    return !stopped;
  }

  /**
   * Watches again from now, as after a step that brings code the compiler has not seen (the
   * benchmarks' index merge in their warm-ups): the compiler must settle over a whole new window.
   * The elapsed time and the limit still count from the first start, so a limit reached stays
   * reached.
   */
  void rewatch() {
    readings.clear();
    readings.add(source.read());
    lastShare = Double.NaN;
    settled = false;
    stopped = false;
  }

  /** Whether the last reading found the compiler settled. */
  boolean settled() {
    return settled;
  }

  /** Wall time since watching started, to the last reading. */
  Duration elapsed() {
    return Duration.ofNanos(readings.getLast().nanos() - start.nanos());
  }

  /**
   * The compiler's share of the wall time over the last window (up to the last reading); NaN before
   * the first reading after the start.
   */
  double share() {
    return lastShare;
  }

  /** How the warm-up ended, for the line printed before the results. */
  String outcome() {
    return String.format(
        Locale.ROOT,
        settled
            ? "JIT compiler settled after %ds (compiler %.1f%% of the last %ds)"
            : "JIT compiler not settled after %ds (compiler %.1f%% of the last %ds)",
        elapsed().toSeconds(),
        lastShare * 100,
        Duration.ofNanos(windowNanos).toSeconds());
  }

  /** For progress lines: {@code elapsed=<s>s compiler=<p>%}. */
  String status() {
    return String.format(
        Locale.ROOT, "elapsed=%ds compiler=%.0f%%", elapsed().toSeconds(), lastShare * 100);
  }
}
