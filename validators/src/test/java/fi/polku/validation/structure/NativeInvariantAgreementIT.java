package fi.polku.validation.structure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full comparison of native and HAPI invariant evaluation ({@link NativeInvariantAgreementTest}
 * runs a sample): every case agrees, and every model invariant is broken by some case, so each
 * one's native form has been compared on a violation.
 */
class NativeInvariantAgreementIT {

  @BeforeAll
  static void engines() {
    NativeInvariantAgreementTest.engines();
  }

  @Test
  void nativeAndHapiEvaluationGiveTheSameReportsOnEveryVariant() {
    NativeInvariantAgreementTest.Comparison comparison =
        new NativeInvariantAgreementTest.Comparison();
    NativeInvariantAgreementTest.forEachCase(comparison::compare, 1);
    comparison.assertAgreement();
    comparison.assertEveryModelInvariantViolated();
  }
}
