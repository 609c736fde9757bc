package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Finnish postal codes in addresses. */
class FinnishPostalCodeTest {

  private static final FormatContext NO_CONTEXT = FormatContext.of(LocalDate.of(2025, 1, 15));

  private FormatContext country(String country) {
    return new FormatContext() {
      @Override
      public String sibling(String name) {
        return name.equals("country") ? country : null;
      }

      @Override
      public LocalDate asOf() {
        return NO_CONTEXT.asOf();
      }
    };
  }

  @Test
  void requiresFiveDigitsForFinnishAddresses() {
    FinnishPostalCode rule = new FinnishPostalCode();

    assertThat(rule.check("01300", NO_CONTEXT).isOk()).isTrue();
    assertThat(rule.check("01300", country("FI")).isOk()).isTrue();
    assertThat(rule.check("1300", NO_CONTEXT).code()).isEqualTo(IdentifierCodes.POSTAL_CODE);
    assertThat(rule.check("FI-01300", country("Suomi")).code())
        .isEqualTo(IdentifierCodes.POSTAL_CODE);
  }

  @Test
  void leavesForeignAddressesAlone() {
    assertThat(new FinnishPostalCode().check("SE-111 22", country("SE")).isOk()).isTrue();
  }
}
