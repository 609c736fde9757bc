package fi.polku.validation.oracle;

import fi.polku.validation.PolkuValidators;

/**
 * One HL7 validator per test JVM. Its first validation loads the FHIR R5 core, which takes most of
 * a minute; the integration tests (run in one failsafe JVM) share it so that only one of them pays.
 */
public final class SharedHl7 {

  private static Hl7Validator validator;

  private SharedHl7() {}

  /** The shared validator over the model package. */
  public static synchronized Hl7Validator validator() {
    if (validator == null) {
      validator = new Hl7Validator(PolkuValidators.fhirContext());
    }
    return validator;
  }
}
