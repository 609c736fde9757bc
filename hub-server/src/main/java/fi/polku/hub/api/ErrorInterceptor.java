package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.NotModifiedException;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns every failure into an OperationOutcome with a stable hub code and fi/sv/en text, in the
 * client's language ({@code Accept-Language}). Client errors are logged at debug with their code
 * only; server errors get a correlation id, which the client sees and the log records with the
 * stack trace (exception messages left out: database messages can quote the offending values).
 * HAPI's default handler then writes the OperationOutcome set here (its own logging of the
 * exception is switched off in application.properties).
 */
@Interceptor
public final class ErrorInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorInterceptor.class);

  /** Converts whatever a request threw into a hub exception (HAPI's own ones are mapped too). */
  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException convert(RequestDetails request, Throwable thrown) {
    if (thrown instanceof NotModifiedException n) {
      return n;
    }
    HubException hub = toHub(thrown);
    OperationOutcome oo =
        Problems.toOperationOutcome(hub, Problems.language(lang(request)), correlationOf(hub));
    BaseServerResponseException out =
        BaseServerResponseException.newInstance(hub.code().status(), hub.code().code());
    out.setOperationOutcome(oo);
    return out;
  }

  private static HubException toHub(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof HubException h) {
        return logged(h);
      }
    }
    if (thrown instanceof InternalErrorException
        || !(thrown instanceof BaseServerResponseException)) {
      return serverError(thrown);
    }
    BaseServerResponseException b = (BaseServerResponseException) thrown;
    String detail =
        b.getMessage() == null
            ? ""
            : b.getMessage()
                .replaceFirst("^HAPI-\\d+: ", "")
                .replaceFirst("^Invalid request: ", "");
    HubCode code =
        switch (b.getStatusCode()) {
          case 404 -> HubCodes.UNKNOWN_PATH;
          case 405 -> HubCodes.METHOD_NOT_ALLOWED;
          case 406 -> HubCodes.NOT_ACCEPTABLE;
          case 413 -> HubCodes.PAYLOAD_TOO_LARGE;
          case 415 -> HubCodes.UNSUPPORTED_MEDIA_TYPE;
          case 501 -> HubCodes.NOT_IMPLEMENTED;
          case 400 -> HubCodes.BAD_REQUEST;
          default -> b.getStatusCode() >= 500 ? null : HubCodes.OTHER_CLIENT_ERROR;
        };
    if (code == null) {
      return serverError(thrown);
    }
    if (code == HubCodes.OTHER_CLIENT_ERROR) {
      return logged(
          new HubException(
              code, Map.of("status", Integer.toString(b.getStatusCode()), "detail", detail)));
    }
    if (code == HubCodes.BAD_REQUEST && detail.startsWith("Failed to parse request body")) {
      String why = detail.replaceFirst("^.*?Error was: ", "").replaceFirst("HAPI-\\d+: ", "");
      return logged(new HubException(HubCodes.UNREADABLE_BODY, Map.of("detail", why)));
    }
    if (code == HubCodes.PAYLOAD_TOO_LARGE) {
      return logged(new HubException(code, Map.of("limit", "?")));
    }
    return logged(new HubException(code, Map.of("detail", detail)));
  }

  private static HubException logged(HubException h) {
    if (h.code().status() < 500) {
      LOG.debug("Request refused: {}", h.code().code());
    }
    return h;
  }

  private static HubException serverError(Throwable thrown) {
    String id = UUID.randomUUID().toString();
    boolean unavailable = isUnavailable(thrown);
    LOG.error(
        "Server error {} ({}):\n{}",
        id,
        unavailable ? "database unavailable" : "internal",
        SafeTrace.of(thrown));
    return new HubException(
        unavailable ? HubCodes.UNAVAILABLE : HubCodes.INTERNAL_ERROR, Map.of("correlationId", id));
  }

  private static boolean isUnavailable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CannotCreateTransactionException
          || c instanceof DataAccessResourceFailureException
          || c instanceof java.sql.SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  private static String correlationOf(HubException h) {
    return h.param("correlationId");
  }

  private static String lang(RequestDetails request) {
    return request == null ? null : request.getHeader("Accept-Language");
  }
}
