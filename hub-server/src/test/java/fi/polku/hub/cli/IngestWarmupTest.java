package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestWarmupTest {

  /**
   * Synthetic readings: every reading is one second later, with the compile time set by the test.
   */
  private static final class Clock implements JitSettling.Source {
    long nanos;
    long compileMillis;
    long compilingPerSecond;

    @Override
    public JitSettling.Reading read() {
      nanos += 1_000_000_000L;
      compileMillis += compilingPerSecond;
      return new JitSettling.Reading(nanos, compileMillis);
    }
  }

  private final Clock clock = new Clock();
  private final StringWriter printed = new StringWriter();
  private int merges;

  private IngestWarmup warmup(Duration limit) {
    JitSettling jit = new JitSettling(clock, Duration.ofSeconds(5), 0.05, limit);
    return new IngestWarmup(
        new PrintWriter(printed),
        new IngestData(),
        2,
        jit,
        () -> {
          merges++;
          // Merging compiles the merge code: the compiler is busy again afterwards.
          clock.compilingPerSecond = 800;
          return 1234;
        });
  }

  /** Takes Bundles until the warm-up hands out none; how many it handed out. */
  private int drain(IngestWarmup w, int quietAfter) {
    int batches = 0;
    while (w.get() != null) {
      batches++;
      if (batches % quietAfter == 0) {
        clock.compilingPerSecond = 0;
      }
    }
    return batches;
  }

  @Test
  void mergesTheIndexOnceWhenTheCompilerFirstSettlesThenWaitsForItToSettleAgain() {
    clock.compilingPerSecond = 900;
    IngestWarmup w = warmup(Duration.ofSeconds(300));

    int batches = drain(w, 10);

    assertThat(merges).isEqualTo(1);
    // One reading (a second) per Bundle: 10 busy and 4 quiet ones, settled at the fifth quiet
    // reading, the merge, then 6 busy ones (its compiling, until the 20th Bundle) and 4 quiet ones.
    assertThat(batches).isEqualTo(24);
    assertThat(printed.toString())
        .contains("settled; merging the search index's segments")
        .contains("warm-up: index segments merged in 1234 ms");
    assertThat(w.outcome())
        .matches("index merged after \\d+s; JIT compiler settled after \\d+s .*");
  }

  @Test
  void aWarmUpEndedByItsLimitMergesNothing() {
    clock.compilingPerSecond = 900;
    IngestWarmup w = warmup(Duration.ofSeconds(20));

    int batches = drain(w, Integer.MAX_VALUE);

    assertThat(batches).isPositive();
    assertThat(merges).isZero();
    assertThat(w.outcome()).startsWith("JIT compiler not settled after 20s");
  }
}
