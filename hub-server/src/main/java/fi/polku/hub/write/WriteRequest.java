package fi.polku.hub.write;

import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One write: a request to the REST API or one entry of a Bundle.
 *
 * @param op what to do
 * @param type resource type
 * @param id logical id (update, delete by id), else null
 * @param condition conditional URL (If-None-Exist of a create, the query of a conditional update or
 *     delete), else null
 * @param ifMatch version the client expects the resource to be at ({@code If-Match}), else null
 * @param resource the resource to write (create, update), else null
 * @param fullUrl the Bundle entry's fullUrl (e.g. {@code urn:uuid:...}), else null
 * @param prevalidated true when the request body has already been validated as sent (a single JSON
 *     write whose references the hub does not rewrite)
 */
public record WriteRequest(
    Op op,
    String type,
    String id,
    String condition,
    Integer ifMatch,
    IBaseResource resource,
    String fullUrl,
    boolean prevalidated) {

  /** The kinds of write. */
  public enum Op {
    CREATE,
    UPDATE,
    DELETE
  }
}
