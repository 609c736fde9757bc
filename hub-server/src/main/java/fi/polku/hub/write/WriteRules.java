package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.StoredContent.IdentifierKey;
import fi.polku.validation.api.Text;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a write request breaks on its own, whatever else the unit of writes holds: a malformed
 * id, a stale {@code If-Match}, and the error for a second holder of a unique identifier.
 */
final class WriteRules {

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

  /** The current version of a resource that does not exist. */
  private static final Text NO_VERSION = new Text("(resurssia ei ole)", "ingen", "none");

  private WriteRules() {}

  /** Refuses a write whose {@code If-Match} version is not the current one (412). */
  static void checkIfMatch(WriteRequest r, ResourceEntity found) {
    if (r.ifMatch() != null && (found == null || found.version() != r.ifMatch())) {
      String resource = r.type() + "/" + (found == null ? r.id() : found.resourceId());
      String expected = Integer.toString(r.ifMatch());
      throw found == null
          ? new HubException(
              HubCodes.VERSION_CONFLICT,
              Map.of("resource", resource, "expected", expected),
              Map.of("current", NO_VERSION))
          : new HubException(
              HubCodes.VERSION_CONFLICT,
              Map.of(
                  "resource",
                  resource,
                  "current",
                  Integer.toString(found.version()),
                  "expected",
                  expected));
    }
  }

  /**
   * Refuses an id that breaks FHIR's id rules, or a numeric one a client chose for a new resource.
   */
  static void checkId(String id, boolean clientChosenNew) {
    if (id == null || !FHIR_ID.matcher(id).matches()) {
      throw new HubException(HubCodes.INVALID_ID, Map.of("id", String.valueOf(id)));
    }
    if (clientChosenNew && NUMERIC.matcher(id).matches()) {
      throw new HubException(HubCodes.NUMERIC_CLIENT_ID, Map.of("id", id));
    }
  }

  /** A second resource of {@code type} with a unique identifier (409). */
  static HubException duplicateIdentifier(String type, IdentifierKey k) {
    // The system names the kind of identifier; the value may be personal data and stays out.
    return new HubException(
        HubCodes.DUPLICATE_IDENTIFIER, Map.of("system", k.system(), "type", type));
  }
}
