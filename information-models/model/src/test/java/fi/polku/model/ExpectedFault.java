package fi.polku.model;

import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * The contents of an {@code invalid-*.expected.json} sidecar: which kind of fault the example
 * carries, why it is invalid, and how the validator must report it.
 *
 * @param fault one of {@link FaultKind}, in its lower-case hyphenated form
 * @param explanation one line: why the instance is invalid
 * @param message a substring of the expected error message, or null
 * @param location the expected error location as the validator writes it (FHIRPath-like, e.g.
 *     {@code StudyRight.statusHistory[0].start}), or null
 */
record ExpectedFault(String fault, String explanation, String message, String location) {

  FaultKind kind() {
    return FaultKind.of(fault);
  }

  /** True if {@code m} is the documented error: all given parts match. */
  boolean matches(SingleValidationMessage m) {
    boolean messageMatches = message == null || m.getMessage().contains(message);
    boolean locationMatches = location == null || location.equals(m.getLocationString());
    return messageMatches && locationMatches;
  }

  @Override
  public String toString() {
    return fault + " (message containing '" + message + "' at " + location + ")";
  }
}
