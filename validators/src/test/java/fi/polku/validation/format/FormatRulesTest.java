package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The built-in format rules are registered through the {@link FormatRule} SPI. */
class FormatRulesTest {

  @Test
  void registersEveryBuiltInRuleThroughTheServiceLoader() {
    FormatRules rules = FormatRules.load();

    assertThat(rules.forSystem(PersonalIdentityCode.SYSTEM)).hasSize(1);
    assertThat(rules.forSystem(LearnerNumber.SYSTEM)).hasSize(1);
    assertThat(rules.forSystem(OrganisationOid.SYSTEM)).hasSize(1);
    assertThat(rules.forSystem(BusinessId.SYSTEM)).hasSize(1);
    assertThat(rules.forElement("Address.postalCode")).hasSize(1);
  }
}
