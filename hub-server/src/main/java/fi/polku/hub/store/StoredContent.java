package fi.polku.hub.store;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A resource prepared for storage by {@link ContentEncoder}.
 *
 * @param json the canonical JSON: HAPI's encoding (elements in definition order, so key order in
 *     the request does not matter) without the id and without {@code meta.versionId} and {@code
 *     meta.lastUpdated}
 * @param hash SHA-256 of {@code json}, hex: equal hashes mean equal content
 * @param identifiers the resource's identifiers that have both a system and a value
 * @param links relative references to other resources, with the path of the referring element
 * @param resource the parsed resource {@code json} was encoded from (the search index reads it
 *     instead of parsing the JSON again); null when not at hand
 */
public record StoredContent(
    String json,
    String hash,
    List<IdentifierKey> identifiers,
    List<Link> links,
    IBaseResource resource) {

  /** An identifier: system and value. */
  public record IdentifierKey(String system, String value) {}

  /**
   * A reference.
   *
   * @param path FHIRPath of the referring element, e.g. {@code StudyRight.learner}
   * @param target relative reference {@code Type/id}
   */
  public record Link(String path, String target) {}
}
