package fi.polku.validation.api;

/** Severity of a validation issue, as in FHIR's OperationOutcome. */
public enum Severity {
  /** The input could not be processed at all (not JSON, too large, ...). */
  FATAL,
  /** The resource is rejected. */
  ERROR,
  /** Accepted, but probably wrong; the sender should check. */
  WARNING,
  /** For information only. */
  INFORMATION;

  /** True for severities that make a resource invalid. */
  public boolean rejects() {
    return this == FATAL || this == ERROR;
  }
}
