package fi.polku.mapping.hub;

/**
 * The outcome of uploading a conformance resource.
 *
 * @param stored whether the hub stored it
 * @param detail what happened, for the load report
 */
public record UploadOutcome(boolean stored, String detail) {

  /** Stored. */
  public static UploadOutcome ok(String detail) {
    return new UploadOutcome(true, detail);
  }

  /** The hub does not store this kind of resource (the load goes on). */
  public static UploadOutcome unsupported(String detail) {
    return new UploadOutcome(false, detail);
  }
}
