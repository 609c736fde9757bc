package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import java.util.Map;

/**
 * The answers to requests the server refuses before or outside the API (Tomcat, Spring's error
 * page, the CORS filter): OperationOutcomes with the hub's codes, as the API's own.
 */
final class ServerRefusals {

  private static final FhirContext FHIR = FhirContext.forR5Cached();

  private ServerRefusals() {}

  /** The OperationOutcome, as JSON, for {@code status} in {@code lang} (fi, sv or en). */
  static String json(int status, String correlationId, String lang) {
    return FHIR.newJsonParser()
        .encodeResourceToString(
            Problems.toOperationOutcome(problem(status, correlationId), lang, correlationId));
  }

  /**
   * The hub's code for a status the server answered with before or outside the API.
   *
   * @param correlationId the log entry's id, for a 5xx
   */
  static HubException problem(int status, String correlationId) {
    HubCode code;
    Map<String, String> params;
    switch (status) {
      case 400 -> {
        code = HubCodes.BAD_REQUEST;
        params =
            Map.of(
                "detail",
                "the request line or its headers are too long, or the URL is malformed (such as"
                    + " an encoded '/' in an id or an unencoded character in the query)");
      }
      case 403 -> {
        code = HubCodes.OTHER_CLIENT_ERROR;
        params =
            Map.of(
                "status",
                "403",
                "detail",
                "this origin may not call the API from a browser (polku.server.cors-origins)");
      }
      case 404 -> {
        code = HubCodes.UNKNOWN_PATH;
        params = Map.of("detail", "the path is not served (the API is under /fhir)");
      }
      case 405 -> {
        code = HubCodes.METHOD_NOT_ALLOWED;
        params = Map.of("detail", "the HTTP method is not allowed here");
      }
      case 501 -> {
        code = HubCodes.NOT_IMPLEMENTED;
        params = Map.of("detail", "the HTTP method is not one the server knows");
      }
      case 413 -> {
        code = HubCodes.OTHER_CLIENT_ERROR;
        params = Map.of("status", "413", "detail", "the request is too large");
      }
      default -> {
        if (status >= 500 && correlationId != null) {
          code = status == 503 ? HubCodes.UNAVAILABLE : HubCodes.INTERNAL_ERROR;
          params = Map.of("correlationId", correlationId);
        } else {
          code = HubCodes.OTHER_CLIENT_ERROR;
          params = Map.of("status", Integer.toString(status), "detail", "refused by the server");
        }
      }
    }
    return new HubException(code, params);
  }
}
