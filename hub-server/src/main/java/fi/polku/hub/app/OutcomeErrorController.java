package fi.polku.hub.app;

import fi.polku.hub.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page, for errors the servlet container routes to it (an HTTP method HAPI's
 * servlet does not know, a path outside {@code /fhir}): an OperationOutcome with the hub's code, as
 * every other error answer, instead of Spring's JSON. It replaces Spring Boot's own error
 * controller.
 */
@RestController
class OutcomeErrorController implements ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeErrorController.class);
  private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<String> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    String correlationId = null;
    if (status >= 500 && status != 501) {
      correlationId = UUID.randomUUID().toString();
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      // The exception's message may quote the request; its type is enough to find the cause.
      LOG.error(
          "Request failed outside the API [{}]: {}",
          correlationId,
          failure == null ? "no exception" : failure.getClass().getName());
    }
    String lang = Problems.language(request.getHeader("Accept-Language"));
    return ResponseEntity.status(status)
        .contentType(FHIR_JSON)
        .body(ServerRefusals.json(status, correlationId, lang));
  }
}
