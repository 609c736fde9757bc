package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JitSettlingTest {

  /** A synthetic clock: the test moves wall time and compile time by hand. */
  private static final class Clock implements JitSettling.Source {
    long nanos;
    long compileMillis;

    @Override
    public JitSettling.Reading read() {
      return new JitSettling.Reading(nanos, compileMillis);
    }

    /** One second of wall time during which the compiler worked {@code millis}. */
    void second(long millis) {
      nanos += 1_000_000_000L;
      compileMillis += millis;
    }
  }

  private final Clock clock = new Clock();

  private JitSettling settling(Duration limit) {
    return new JitSettling(clock, Duration.ofSeconds(5), 0.05, limit);
  }

  @Test
  void goesOnWhileTheCompilerIsBusy() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    for (int s = 0; s < 60; s++) {
      clock.second(900);
      assertThat(jit.keepWarming()).isTrue();
    }
    assertThat(jit.settled()).isFalse();
    assertThat(jit.share()).isCloseTo(0.9, within(1e-9));
  }

  @Test
  void settlesOnceAWholeWindowIsQuiet() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    for (int s = 0; s < 20; s++) {
      clock.second(800);
      jit.keepWarming();
    }
    // Four quiet seconds: the window of five still holds a busy one.
    for (int s = 0; s < 4; s++) {
      clock.second(10);
      assertThat(jit.keepWarming()).isTrue();
    }
    clock.second(10);
    assertThat(jit.keepWarming()).isFalse();
    assertThat(jit.settled()).isTrue();
    assertThat(jit.share()).isCloseTo(0.01, within(1e-9));
    assertThat(jit.elapsed()).isEqualTo(Duration.ofSeconds(25));
  }

  @Test
  void doesNotSettleBeforeAWholeWindowHasPassed() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    clock.second(0);
    assertThat(jit.keepWarming()).isTrue();
    assertThat(jit.settled()).isFalse();
  }

  @Test
  void aShortBurstInTheWindowKeepsItWarming() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    for (int s = 0; s < 4; s++) {
      clock.second(0);
      assertThat(jit.keepWarming()).isTrue();
    }
    // 300 ms of compiling in the first window of 5 s is 6 %, above the 5 % share.
    clock.second(300);
    assertThat(jit.keepWarming()).isTrue();
    assertThat(jit.share()).isCloseTo(0.06, within(1e-9));
  }

  @Test
  void readingsBetweenSecondsDoNotShortenTheWindow() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    for (int s = 0; s < 10; s++) {
      clock.second(500);
      jit.keepWarming();
    }
    // Many readings in quick succession: the window is still 5 s of wall time, not five readings.
    for (int i = 0; i < 40; i++) {
      clock.nanos += 100_000_000L;
      assertThat(jit.keepWarming()).isTrue();
    }
    assertThat(jit.share()).isGreaterThan(0.05);
  }

  @Test
  void stopsAtTheLimitEvenIfNotSettled() {
    JitSettling jit = settling(Duration.ofSeconds(10));
    for (int s = 0; s < 9; s++) {
      clock.second(900);
      assertThat(jit.keepWarming()).isTrue();
    }
    clock.second(900);
    assertThat(jit.keepWarming()).isFalse();
    assertThat(jit.settled()).isFalse();
    assertThat(jit.status()).isEqualTo("elapsed=10s compiler=90%");
  }

  @Test
  void onceStoppedItStaysStoppedWhateverTheCompilerDoesNext() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    for (int s = 0; s < 6; s++) {
      clock.second(0);
      jit.keepWarming();
    }
    assertThat(jit.settled()).isTrue();
    // Another client asks after a busy spell: the warm-up has ended for every client.
    clock.second(900);
    assertThat(jit.keepWarming()).isFalse();
    assertThat(jit.settled()).isTrue();
    assertThat(jit.elapsed()).isEqualTo(Duration.ofSeconds(5));
    assertThat(jit.status()).isEqualTo("elapsed=5s compiler=0%");
  }

  @Test
  void refusesANonPositiveWindow() {
    assertThatThrownBy(() -> new JitSettling(clock, Duration.ZERO, 0.05, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJvmReadingsAdvance() {
    // The build's JVM (HotSpot) measures compile time; readings never go backwards.
    JitSettling.Source jvm = JitSettling.jvm().orElseThrow();
    JitSettling.Reading a = jvm.read();
    JitSettling.Reading b = jvm.read();
    assertThat(b.nanos()).isGreaterThanOrEqualTo(a.nanos());
    assertThat(b.compileMillis()).isGreaterThanOrEqualTo(a.compileMillis());
  }

  @Test
  void afterRewatchItWaitsForAWholeNewQuietWindowAndKeepsCountingFromTheStart() {
    JitSettling jit = settling(Duration.ofSeconds(300));
    for (int s = 0; s < 6; s++) {
      clock.second(0);
      jit.keepWarming();
    }
    assertThat(jit.settled()).isTrue();
    jit.rewatch();
    assertThat(jit.settled()).isFalse();
    // The merge's new code keeps the compiler busy for a while: not settled, whatever came before.
    for (int s = 0; s < 3; s++) {
      clock.second(700);
      assertThat(jit.keepWarming()).isTrue();
    }
    // Settled when a whole window after the burst is quiet: the fifth quiet second.
    for (int s = 0; s < 4; s++) {
      clock.second(0);
      assertThat(jit.keepWarming()).isTrue();
    }
    clock.second(0);
    assertThat(jit.keepWarming()).isFalse();
    assertThat(jit.settled()).isTrue();
    // Settled at 5 s, stopped reading there; rewatched one second later, 3 busy and 5 quiet since.
    assertThat(jit.elapsed()).isEqualTo(Duration.ofSeconds(14));
  }

  @Test
  void aLimitReachedBeforeRewatchStaysReached() {
    JitSettling jit = settling(Duration.ofSeconds(5));
    for (int s = 0; s < 5; s++) {
      clock.second(900);
      jit.keepWarming();
    }
    jit.rewatch();
    clock.second(0);
    assertThat(jit.keepWarming()).isFalse();
    assertThat(jit.settled()).isFalse();
  }
}
