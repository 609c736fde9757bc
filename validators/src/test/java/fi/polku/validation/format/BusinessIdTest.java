package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Business IDs (Y-tunnus) and their check digit. */
class BusinessIdTest {

  private static final FormatContext NO_CONTEXT = FormatContext.of(LocalDate.of(2025, 1, 15));

  @ParameterizedTest
  @ValueSource(strings = {"0502454-6", "1572860-0", "0201256-6", "2617416-4", "0737546-2"})
  void acceptsCorrectCheckDigits(String value) {
    assertThat(BusinessId.isValid(value)).isTrue();
  }

  @Test
  void rejectsAWrongCheckDigit() {
    assertThat(BusinessId.verify("0502454-5").code())
        .isEqualTo(IdentifierCodes.BUSINESS_ID_CHECKSUM);
  }

  @Test
  void rejectsNumbersWhoseRemainderIsOne() {
    // The weighted sum of 1000008 leaves remainder 1: no check digit exists for it.
    for (int digit = 0; digit <= 9; digit++) {
      assertThat(BusinessId.isValid("1000008-" + digit)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"502454-6", "05024546", "0502454-", "05O2454-6", "0502454-66"})
  void rejectsOtherShapes(String value) {
    assertThat(BusinessId.verify(value).code()).isEqualTo(IdentifierCodes.BUSINESS_ID_FORM);
  }
}
