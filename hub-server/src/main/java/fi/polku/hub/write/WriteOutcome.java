package fi.polku.hub.write;

import fi.polku.validation.api.ValidationReport;
import java.time.Instant;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * What a write did.
 *
 * @param status the kind of result
 * @param type resource type
 * @param id logical id
 * @param version the version now current (for a delete: the tombstone's; 0 if nothing existed)
 * @param lastUpdated when that version was written
 * @param resource the resource as stored, with id and meta set; null for deletes
 * @param findings what validation found that does not reject the resource (warnings, information),
 *     for the sender to check
 */
public record WriteOutcome(
    Status status,
    String type,
    String id,
    int version,
    Instant lastUpdated,
    IBaseResource resource,
    ValidationReport findings) {

  /**
   * This outcome with {@code earlier} findings (of validating the request as sent) before its own.
   */
  public WriteOutcome withFindings(ValidationReport earlier) {
    return new WriteOutcome(
        status, type, id, version, lastUpdated, resource, earlier.plus(findings));
  }

  /** The kinds of result. */
  public enum Status {
    /** A new resource (201). */
    CREATED,
    /** A new version of an existing resource (200). */
    UPDATED,
    /** The content equals the current version: no new version (200 with the current one). */
    UNCHANGED,
    /** A conditional create found the resource it would have created (200). */
    EXISTING,
    /** A new tombstone version (200/204). */
    DELETED,
    /** Nothing to delete (already deleted, or no match): no new version (204). */
    NOTHING_DELETED;

    /** Whether the HTTP answer is 201 Created. */
    public boolean created() {
      return this == CREATED;
    }
  }
}
