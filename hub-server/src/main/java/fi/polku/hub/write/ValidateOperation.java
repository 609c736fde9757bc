package fi.polku.hub.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.hub.problem.Details;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.store.ResourceStore;
import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Resource;

/**
 * {@code $validate} in the four modes of FHIR R5: {@code create} (the default) validates the body
 * as a new resource, with business rules against the store; {@code update} does the same for an
 * instance and checks that the body carries its id; {@code delete} ignores any body and checks that
 * the instance exists and that no current resource refers to it, as a delete would; {@code profile}
 * validates against a profile, which must be the structure the hub validates the type against (the
 * model has one per type). A valid resource in mode {@code create} or {@code update} is also
 * checked as the write would be for its unique identifiers: one another current resource holds is
 * the write's conflict ({@code POLKU-HUB-0202}), reported as an error. A body of another type than
 * the URL's is refused as a write refuses it. The answer is an OperationOutcome whatever it finds;
 * a request that cannot be answered (an unknown mode, a missing instance) is an error.
 */
final class ValidateOperation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> MODES = List.of("create", "update", "delete", "profile");

  private final WriteService writer;
  private final ResourceStore store;

  ValidateOperation(WriteService writer, ResourceStore store) {
    this.writer = writer;
    this.store = store;
  }

  /**
   * What a {@code $validate} request asks.
   *
   * @param type the resource type
   * @param id the instance's id, or null at type level
   * @param body the body: a resource, or Parameters with {@code resource}, {@code mode} and {@code
   *     profile}
   * @param mode the mode in the URL, or null
   * @param profile the profile in the URL, or null
   * @param typeProfile the structure the hub validates {@code type} against
   */
  record Request(
      String type,
      String id,
      WriteService.Body body,
      String mode,
      String profile,
      String typeProfile) {}

  OperationOutcome answer(Request r, String lang) {
    Parameters params = writer.validateParameters(r.body());
    String mode = first(r.mode(), params, "mode");
    String profile = first(r.profile(), params, "profile");
    if (mode == null) {
      mode = profile == null ? "create" : "profile";
    }
    if (!MODES.contains(mode)) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
                  "$validate-operaation tila {mode} on tuntematon (create, update, delete tai"
                      + " profile)",
                  "läget {mode} för $validate är okänt (create, update, delete eller profile)",
                  "$validate has no mode {mode} (create, update, delete or profile)")
              .format(Map.of("mode", mode)));
    }
    if (!mode.equals("create") && !mode.equals("profile") && r.id() == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
                  "tila {mode} koskee yksittäistä resurssia: {type}/<tunniste>/$validate",
                  "läget {mode} gäller en enskild resurs: {type}/<id>/$validate",
                  "mode {mode} is for one resource: {type}/<id>/$validate")
              .format(Map.of("mode", mode, "type", r.type())));
    }
    if (mode.equals("delete")) {
      return deletable(r.type(), r.id(), lang);
    }
    if (profile != null && !profile.equals(r.typeProfile())) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
                  "profiilia {profile} ei tunneta; tyyppi {type} validoidaan rakennetta {own}"
                      + " vasten",
                  "profilen {profile} är okänd; typen {type} valideras mot strukturen {own}",
                  "the profile {profile} is not known here; {type} is validated against {own}")
              .format(Map.of("profile", profile, "type", r.type(), "own", r.typeProfile())));
    }
    if (mode.equals("profile") && profile == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "tila profile tarvitsee parametrin profile",
              "läget profile behöver parametern profile",
              "mode profile needs the parameter profile"));
    }
    return validated(r, mode, params, lang);
  }

  /**
   * The outcome of validating the body in mode {@code create}, {@code update} or {@code profile}:
   * the report, and in the first two the unique-identifier conflict the write would meet.
   */
  private OperationOutcome validated(Request r, String mode, Parameters params, String lang) {
    Resource inParameters = params == null ? null : resourceOf(params);
    if (mode.equals("update")) {
      checkId(r, inParameters);
    }
    if (params == null && r.body().encoding() == ca.uhn.fhir.rest.api.EncodingEnum.JSON) {
      checkType(r.type(), jsonText(r.body().bytes(), "resourceType"));
    }
    ValidationReport report =
        params == null
            ? writer.validateBody(r.type(), r.body())
            : writer.validateParsed(r.type(), inParameters);
    OperationOutcome found = report.toOperationOutcome(lang);
    if (mode.equals("profile") || !report.isValid()) {
      return found;
    }
    IBaseResource resource =
        inParameters != null ? inParameters : writer.parseAs(r.type(), r.body());
    HubException conflict =
        writer.identifierConflict(r.type(), mode.equals("update") ? r.id() : null, resource);
    if (conflict == null) {
      return found;
    }
    // As the write would be refused: the conflict first, then the report's own findings, if any.
    OperationOutcome refused = Problems.toOperationOutcome(conflict, lang, null);
    if (!report.issues().isEmpty()) {
      refused.getIssue().addAll(found.getIssue());
    }
    return refused;
  }

  /** A JSON body of another resource type is refused as a write would refuse it. */
  private static void checkType(String type, String sent) {
    if (sent != null && !sent.equals(type) && !sent.equals("Parameters")) {
      throw new HubException(HubCodes.WRONG_TYPE, Map.of("actual", sent, "expected", type));
    }
  }

  /** Whether a delete of {@code type/id} would be made: it exists and nothing refers to it. */
  private OperationOutcome deletable(String type, String id, String lang) {
    String target = type + "/" + id;
    List<ResourceStore.Referrer> referrers =
        writer.readOnly(
            () -> {
              if (store.existingIds(type, List.of(id)).isEmpty()) {
                throw new HubException(HubCodes.NOT_FOUND, Map.of("resource", target));
              }
              return store.referrers(List.of(target));
            });
    if (referrers.isEmpty()) {
      return ValidationReport.valid().toOperationOutcome(lang);
    }
    ResourceStore.Referrer first = referrers.get(0);
    HubException refused =
        new HubException(
            HubCodes.REFERENCED_RESOURCE,
            Map.of(
                "resource",
                target,
                "referrer",
                first.type() + "/" + first.id(),
                "element",
                first.path()));
    return Problems.toOperationOutcome(refused, lang, null);
  }

  /** Mode update: the resource must carry the instance's id, as an update's body must. */
  private static void checkId(Request r, Resource inParameters) {
    String bodyId;
    if (inParameters != null) {
      bodyId = inParameters.getIdElement().getIdPart();
    } else if (r.body().encoding() == ca.uhn.fhir.rest.api.EncodingEnum.JSON) {
      bodyId = jsonText(r.body().bytes(), "id");
    } else {
      bodyId = null;
    }
    if (bodyId == null) {
      throw HubException.withDetail(HubCodes.BAD_REQUEST, Details.UPDATE_WITHOUT_ID);
    }
    if (!bodyId.equals(r.id())) {
      throw new HubException(HubCodes.ID_MISMATCH, Map.of("body", bodyId, "url", r.id()));
    }
  }

  /** The text of {@code field} at the top of {@code json}; null when absent or not JSON. */
  private static String jsonText(byte[] json, String field) {
    if (json == null || json.length == 0) {
      return null;
    }
    try {
      JsonNode root = JSON.readTree(json);
      JsonNode value = root == null ? null : root.path(field);
      return value != null && value.isTextual() ? value.asText() : null;
    } catch (IOException e) {
      // Not JSON: validating the body reports what is wrong with it.
      return null;
    }
  }

  private static Resource resourceOf(Parameters params) {
    Parameters.ParametersParameterComponent p = params.getParameter("resource");
    Resource r = p == null ? null : p.getResource();
    if (r == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "Parameters-resurssista puuttuu parametri 'resource'",
              "Parameters saknar parametern 'resource'",
              "Parameters without a 'resource' parameter"));
    }
    return r;
  }

  private static String first(String fromUrl, Parameters params, String name) {
    if (fromUrl != null && !fromUrl.isBlank()) {
      return fromUrl.strip();
    }
    if (params == null || params.getParameter(name) == null) {
      return null;
    }
    var value = params.getParameter(name).getValue();
    return value == null ? null : value.primitiveValue();
  }
}
