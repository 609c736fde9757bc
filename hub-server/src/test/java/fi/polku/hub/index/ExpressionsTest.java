package fi.polku.hub.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionsTest {

  @Test
  void keepsOnlyTheBranchesOfTheIndexedTypeWithoutItsPrefix() {
    assertThat(
            Expressions.forType(
                "Patient.address | Person.address | Practitioner.address", "Person"))
        .isEqualTo("address");
  }

  @Test
  void aDeclarationForOtherTypesDoesNotApply() {
    assertThat(Expressions.forType("Patient.birthDate | Practitioner.birthDate", "Organization"))
        .isNull();
  }

  @Test
  void resolveIsTypeBecomesATestOfTheReferenceText() {
    assertThat(Expressions.forType("Person.link.target.where(resolve() is Patient)", "Person"))
        .isEqualTo("link.target.where(reference.startsWith('Patient/'))");
  }

  @Test
  void barsInsideParenthesesOrQuotesAreNoBranches() {
    assertThat(Expressions.branches("a.where(b | c) | d.where(e = 'x|y')")).hasSize(2);
  }
}
