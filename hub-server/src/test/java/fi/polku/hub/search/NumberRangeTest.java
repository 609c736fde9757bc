package fi.polku.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A number search value stands for the range its precision implies (FHIR R5 search, number). No
 * model or reused core search parameter is of type number or quantity, so the conformance dataset
 * cannot exercise them; this pins the range the predicates are built from.
 */
class NumberRangeTest {

  @Test
  void anIntegerCoversHalfAUnitOnEachSide() {
    NumberRange r = NumberRange.parse("100");

    assertThat(r.value()).isEqualTo(100.0);
    assertThat(r.low()).isEqualTo(99.5);
    assertThat(r.high()).isEqualTo(100.5);
  }

  @Test
  void moreDecimalsNarrowTheRange() {
    NumberRange r = NumberRange.parse("100.00");

    assertThat(r.low()).isCloseTo(99.995, within(1e-9));
    assertThat(r.high()).isCloseTo(100.005, within(1e-9));
  }

  @Test
  void negativeValuesAndSurroundingSpacesAreAccepted() {
    NumberRange r = NumberRange.parse(" -2.5 ");

    assertThat(r.value()).isEqualTo(-2.5);
    assertThat(r.low()).isCloseTo(-2.55, within(1e-9));
    assertThat(r.high()).isCloseTo(-2.45, within(1e-9));
  }

  @Test
  void somethingThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> NumberRange.parse("many"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
