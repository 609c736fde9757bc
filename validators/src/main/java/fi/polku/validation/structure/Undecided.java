package fi.polku.validation.structure;

/**
 * Thrown by the native FHIRPath evaluation when it meets a case whose outcome it does not model
 * exactly as the FHIR core engine does (a value without a primitive value, a contained resource,
 * mixed date precisions, a type error the engine would raise, ...). The invariant walk then falls
 * back to the engine for the whole resource, so such cases are never guessed. A singleton without a
 * stack trace: it is control flow, not an error.
 */
final class Undecided extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final Undecided INSTANCE = new Undecided();

  private Undecided() {
    super("not evaluated natively", null, false, false);
  }
}
