package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Learner numbers (oppijanumero). */
class LearnerNumberTest {

  private static final FormatContext NO_CONTEXT = FormatContext.of(LocalDate.of(2025, 1, 15));

  @ParameterizedTest
  @ValueSource(strings = {"1.2.246.562.24.00000000001", "1.2.246.562.24.99999999123"})
  void acceptsElevenDigitsInTheLearnerArc(String value) {
    assertThat(new LearnerNumber().check(value, NO_CONTEXT).isOk()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.246.562.24.0000000001",
        "1.2.246.562.24.000000000012",
        "1.2.246.562.10.00000000001",
        "1.2.246.562.24.0000000000a"
      })
  void rejectsOtherLengthsAndArcs(String value) {
    assertThat(new LearnerNumber().check(value, NO_CONTEXT).code())
        .isEqualTo(IdentifierCodes.LEARNER_NUMBER);
  }
}
