package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to requests Tomcat refuses before the API sees them: a request line or headers over
 * the size limit, a path Tomcat will not map (an encoded {@code /} in an id), characters it does
 * not accept in a URL. Tomcat's own page is HTML; the hub answers, as everywhere else, with an
 * OperationOutcome carrying a stable code. Tomcat creates the valve by class name for the host.
 */
public final class OutcomeErrorReportValve extends ErrorReportValve {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeErrorReportValve.class);
  private static final FhirContext FHIR = FhirContext.forR5Cached();

  /** Made by Tomcat, by class name. */
  public OutcomeErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // Only Tomcat's own refusals: the API writes its OperationOutcomes itself.
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String correlationId = null;
    if (status >= 500) {
      correlationId = UUID.randomUUID().toString();
      // The exception's message may quote the request; its type is enough to find the cause.
      LOG.error(
          "Request failed before the API [{}]: {}",
          correlationId,
          throwable == null ? "no exception" : throwable.getClass().getName());
    }
    HubException e = problem(status, correlationId);
    String lang = Problems.language(request.getHeader("Accept-Language"));
    try {
      response.setContentType("application/fhir+json");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            FHIR.newJsonParser()
                .encodeResourceToString(Problems.toOperationOutcome(e, lang, correlationId)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ex) {
      // The client is gone or the response was committed meanwhile: nothing more can be said.
      LOG.debug("Could not write the error answer ({})", ex.getClass().getName());
    }
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
