package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void theEtaExtrapolatesTheEntitysOwnPace() {
    // A quarter of the file in 10 s: 30 s left, however long the entities before it took.
    assertThat(Progress.etaSeconds(10_000, 250, 1000)).isEqualTo(30);
    assertThat(Progress.etaSeconds(10_000, 1000, 1000)).isZero();
  }

  @Test
  void theEtaIsUnknownBeforeAnythingIsReadOrWithoutASize() {
    assertThat(Progress.etaSeconds(0, 0, 1000)).isEqualTo(-1);
    assertThat(Progress.etaSeconds(5_000, 0, 1000)).isEqualTo(-1);
    assertThat(Progress.etaSeconds(5_000, 10, -1)).isEqualTo(-1);
    assertThat(Progress.etaSeconds(5_000, 1200, 1000)).isEqualTo(-1);
  }
}
