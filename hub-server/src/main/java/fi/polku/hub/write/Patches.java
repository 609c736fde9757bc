package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.hub.problem.HapiMessages;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.write.WriteRequest.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies JSON Patch documents to stored resources, for the patch interaction and PATCH entries of
 * Bundles: finds the one current resource the patch targets (by id, or by condition: none 404,
 * several 412), checks {@code If-Match}, applies the patch to the resource as a read shows it, and
 * checks that the result is still that resource (same type and id). Writing the result is an update
 * of exactly the version patched, which the caller makes.
 */
public final class Patches {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A patch applied.
   *
   * @param id the id of the resource patched
   * @param version the version the patch was applied to (the update must replace exactly it)
   * @param json the patched resource
   */
  public record Patched(String id, int version, byte[] json) {}

  private final FhirContext fhir;
  private final ResourceStore store;
  private final TransactionTemplate readOnly;

  /** Patches of the resources in {@code store}, looked up in {@code readOnly} transactions. */
  public Patches(FhirContext fhir, ResourceStore store, TransactionTemplate readOnly) {
    this.fhir = fhir;
    this.store = store;
    this.readOnly = readOnly;
  }

  /**
   * Applies {@code document} to {@code type/id}, or to the resource {@code condition} matches.
   *
   * @param ifMatch the version the client patches, or null for the current one
   */
  Patched apply(String type, String id, String condition, byte[] document, Integer ifMatch) {
    JsonPatch patch = JsonPatch.parse(document);
    ResourceEntity current = readOnly.execute(s -> target(type, id, condition));
    String currentId = current.resourceId();
    WriteRules.checkIfMatch(
        new WriteRequest(Op.UPDATE, type, currentId, null, ifMatch, null, null, false), current);
    String asRead =
        fhir.newJsonParser()
            .encodeResourceToString(new ResourceDecoder(fhir).decode(current.toStored()));
    JsonNode patched;
    try {
      patched = patch.apply(JSON.readTree(asRead), type + "/" + currentId);
    } catch (IOException e) {
      throw new IllegalStateException("HAPI wrote JSON that does not parse back", e);
    }
    String patchedType = patched.path("resourceType").asText("");
    if (!patchedType.equals(type)) {
      throw new HubException(HubCodes.WRONG_TYPE, Map.of("actual", patchedType, "expected", type));
    }
    JsonNode patchedId = patched.get("id");
    if (patchedId == null || !patchedId.isTextual()) {
      throw new HubException(
          HubCodes.BAD_REQUEST, Map.of("detail", "a patch must not remove the resource id"));
    }
    if (!patchedId.asText().equals(currentId)) {
      throw new HubException(
          HubCodes.ID_MISMATCH, Map.of("body", patchedId.asText(), "url", currentId));
    }
    return new Patched(
        currentId, current.version(), patched.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The patched resource, parsed; a result HAPI cannot read is 400 (a bad patch, not content). */
  IBaseResource resource(Patched patched) {
    try {
      return fhir.newJsonParser().parseResource(new String(patched.json(), StandardCharsets.UTF_8));
    } catch (DataFormatException e) {
      throw new HubException(
          HubCodes.UNREADABLE_BODY,
          Map.of("detail", "the patched resource: " + HapiMessages.plain(e.getMessage())),
          e);
    }
  }

  private ResourceEntity target(String type, String id, String condition) {
    ResourceEntity found;
    String named;
    if (condition != null) {
      Condition c = Condition.parse(type, condition);
      TargetResolver targets = new TargetResolver(store);
      targets.resolve(List.of(new TargetResolver.Target(type, null, c)));
      List<ResourceEntity> matches = targets.matches(c);
      if (matches.size() > 1) {
        throw new HubException(HubCodes.MULTIPLE_MATCHES, Map.of("condition", c.text()));
      }
      named = c.text();
      found = matches.isEmpty() ? null : matches.get(0);
    } else {
      WriteRules.checkId(id, false);
      named = type + "/" + id;
      found = store.current(type, id).orElse(null);
    }
    if (found == null) {
      throw new HubException(HubCodes.NOT_FOUND, Map.of("resource", named));
    }
    if (found.deleted()) {
      throw new HubException(HubCodes.GONE, Map.of("resource", type + "/" + found.resourceId()));
    }
    return found;
  }
}
