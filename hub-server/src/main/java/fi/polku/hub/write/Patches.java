package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.EncodingEnum;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.hub.problem.HapiMessages;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.write.WriteRequest.Op;
import fi.polku.validation.api.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies patches (JSON Patch, {@link JsonPatch}, or FHIRPath Patch, {@link FhirPathPatch}) to
 * stored resources, for the patch interaction and PATCH entries of Bundles: finds the one current
 * resource the patch targets (by id, or by condition: none 404, several 412), checks {@code
 * If-Match}, applies the patch to the resource as a read shows it, and checks that the result is
 * still that resource (same type and id). Writing the result is an update of exactly the version
 * patched, which the caller makes.
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
  private final FhirPathPatcher fhirPathPatcher = new FhirPathPatcher();

  /** Patches of the resources in {@code store}, looked up in {@code readOnly} transactions. */
  public Patches(FhirContext fhir, ResourceStore store, TransactionTemplate readOnly) {
    this.fhir = fhir;
    this.store = store;
    this.readOnly = readOnly;
  }

  /**
   * Applies {@code document} to {@code type/id}, or to the resource {@code condition} matches. The
   * document is parsed first, so a malformed patch is 400 whether or not the resource exists.
   *
   * @param ifMatch the version the client patches, or null for the current one
   */
  Patched apply(String type, String id, String condition, PatchDocument document, Integer ifMatch) {
    Change change = change(document);
    ResourceEntity current = readOnly.execute(s -> target(type, id, condition));
    String currentId = current.resourceId();
    WriteRules.checkIfMatch(
        new WriteRequest(Op.UPDATE, type, currentId, null, ifMatch, null, null, false), current);
    IBaseResource asRead = new ResourceDecoder(fhir).decode(current.toStored());
    JsonNode patched = change.apply(asRead, type + "/" + currentId);
    String patchedType = patched.path("resourceType").asText("");
    if (!patchedType.equals(type)) {
      throw new HubException(HubCodes.WRONG_TYPE, Map.of("actual", patchedType, "expected", type));
    }
    JsonNode patchedId = patched.get("id");
    if (patchedId == null || !patchedId.isTextual()) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "muutos ei saa poistaa resurssin tunnistetta (id)",
              "en ändring får inte ta bort resursens id",
              "a patch must not remove the resource id"));
    }
    if (!patchedId.asText().equals(currentId)) {
      throw new HubException(
          HubCodes.ID_MISMATCH, Map.of("body", patchedId.asText(), "url", currentId));
    }
    return new Patched(
        currentId, current.version(), patched.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A parsed patch: applied to the resource as a read shows it, giving the patched JSON. */
  private interface Change {
    JsonNode apply(IBaseResource asRead, String resource);
  }

  private Change change(PatchDocument document) {
    if (document instanceof PatchDocument.JsonPatchBody json) {
      JsonPatch patch = JsonPatch.parse(json.json());
      return (asRead, resource) -> patch.apply(tree(asRead), resource);
    }
    if (document instanceof PatchDocument.FhirPathBody text) {
      return fhirPath(parameters(text));
    }
    return fhirPath(((PatchDocument.FhirPathParameters) document).parameters());
  }

  private Change fhirPath(Parameters parameters) {
    FhirPathPatch patch = FhirPathPatch.parse(parameters);
    return (asRead, resource) -> {
      // asRead is this request's own decoded copy: changing it in place cannot leak, and a
      // failing operation leaves nothing behind.
      fhirPathPatcher.apply(patch, (Resource) asRead, resource);
      return tree(asRead);
    };
  }

  /** The Parameters of a FHIRPath Patch sent as JSON or XML text. */
  private Parameters parameters(PatchDocument.FhirPathBody text) {
    IBaseResource parsed;
    try {
      IParser parser =
          text.encoding() == EncodingEnum.XML ? fhir.newXmlParser() : fhir.newJsonParser();
      parsed = parser.parseResource(new String(text.body(), StandardCharsets.UTF_8));
    } catch (DataFormatException e) {
      String why = HapiMessages.plain(e.getMessage());
      throw new HubException(
          HubCodes.UNREADABLE_BODY,
          Map.of(),
          // HAPI's parser tells what is wrong in English only.
          Map.of("detail", Text.of("FHIRPath Patch: " + why)),
          e);
    }
    if (parsed instanceof Parameters p) {
      return p;
    }
    String actual = fhir.getResourceType(parsed);
    throw HubException.withDetail(
        HubCodes.INVALID_FHIRPATH_PATCH,
        new Text(
                "FHIRPath Patch on Parameters-resurssi, ei {type}",
                "en FHIRPath Patch är en Parameters-resurs, inte {type}",
                "a FHIRPath Patch is a Parameters resource, not a {type}")
            .format(Map.of("type", actual)));
  }

  private JsonNode tree(IBaseResource resource) {
    try {
      return JSON.readTree(fhir.newJsonParser().encodeResourceToString(resource));
    } catch (IOException e) {
      throw new IllegalStateException("HAPI wrote JSON that does not parse back", e);
    }
  }

  /** The patched resource, parsed; a result HAPI cannot read is 400 (a bad patch, not content). */
  IBaseResource resource(Patched patched) {
    try {
      return fhir.newJsonParser().parseResource(new String(patched.json(), StandardCharsets.UTF_8));
    } catch (DataFormatException e) {
      String why = HapiMessages.plain(e.getMessage());
      throw new HubException(
          HubCodes.UNREADABLE_BODY,
          Map.of(),
          Map.of(
              "detail",
              new Text(
                  "muutettu resurssi: " + why,
                  "den ändrade resursen: " + why,
                  "the patched resource: " + why)),
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

  /**
   * 409 {@code POLKU-HUB-0208}: operation {@code operation} of a patch (its number, and type where
   * it helps) does not fit {@code resource} as it now is, for the reason {@code detail}.
   */
  static HubException conflict(String resource, String operation, Text detail) {
    Text label =
        new Text("operaatio {n}: ", "operation {n}: ", "operation {n}: ")
            .format(Map.of("n", operation));
    return new HubException(
        HubCodes.PATCH_CONFLICT,
        Map.of("resource", resource),
        Map.of("detail", label.then(detail)));
  }
}
