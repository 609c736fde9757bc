package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.ResourceBinding;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.NotModifiedException;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import ca.uhn.fhir.rest.server.method.BaseQueryParameter;
import ca.uhn.fhir.rest.server.method.IParameter;
import ca.uhn.fhir.rest.server.method.SearchMethodBinding;
import fi.polku.hub.problem.Details;
import fi.polku.hub.problem.HapiMessages;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.validation.api.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** HAPI's parser, given a body of another type: expected "Learner" but found "Organization". */
  private static final Pattern WRONG_TYPE =
      Pattern.compile("expected \"(\\w+)\" but found \"(\\w+)\"");

  /** HAPI's message for an update whose body id differs from the URL's. */
  private static final Pattern UPDATE_IDS =
      Pattern.compile("body ID of \"([^\"]*)\" does not match URL ID of \"([^\"]*)\"");

  /** Parameters HAPI itself handles for every search. */
  private static final Set<String> RESULT_PARAMETERS =
      Set.of("_format", "_pretty", "_summary", "_elements", "_count");

  /** Converts whatever a request threw into a hub exception (HAPI's own ones are mapped too). */
  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException convert(RequestDetails request, Throwable thrown) {
    if (thrown instanceof NotModifiedException n) {
      return n;
    }
    HubException hub = toHub(thrown, request);
    OperationOutcome oo =
        Problems.toOperationOutcome(hub, Problems.language(lang(request)), correlationOf(hub));
    BaseServerResponseException out =
        BaseServerResponseException.newInstance(hub.code().status(), hub.code().code());
    out.setOperationOutcome(oo);
    return out;
  }

  private static HubException toHub(Throwable thrown, RequestDetails request) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof HubException h) {
        return logged(h);
      }
    }
    HubException input = fromRequestInput(thrown);
    if (input != null) {
      return logged(input);
    }
    if (thrown instanceof InternalErrorException
        || !(thrown instanceof BaseServerResponseException)) {
      return serverError(thrown);
    }
    BaseServerResponseException b = (BaseServerResponseException) thrown;
    String message = b.getMessage() == null ? "" : b.getMessage();
    HubException known = fromHapiCode(message, request);
    if (known != null) {
      return logged(known);
    }
    String detail = HapiMessages.plain(message).replaceFirst("^Invalid request: ", "");
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
              code,
              Map.of("status", Integer.toString(b.getStatusCode())),
              Map.of("detail", library(detail))));
    }
    if (code == HubCodes.BAD_REQUEST && detail.startsWith("Failed to parse request body")) {
      String why = detail.replaceFirst("^.*?Error was: ", "");
      Matcher wrongType = WRONG_TYPE.matcher(why);
      if (wrongType.find()) {
        return logged(
            new HubException(
                HubCodes.WRONG_TYPE,
                Map.of("actual", wrongType.group(2), "expected", wrongType.group(1))));
      }
      return logged(HubException.withDetail(HubCodes.UNREADABLE_BODY, Details.parser(why)));
    }
    if (code == HubCodes.PAYLOAD_TOO_LARGE) {
      return logged(new HubException(code, Map.of("limit", "?")));
    }
    return logged(HubException.withDetail(code, library(detail)));
  }

  /**
   * A message of HAPI's request handling, which is English and cannot be translated: framed so that
   * the sentence around it is in the client's language. English keeps the message alone.
   */
  private static Text library(String message) {
    if (message.isBlank()) {
      return Text.of(message);
    }
    return new Text(
            "FHIR-kirjasto ilmoitti: {message}",
            "FHIR-biblioteket meddelade: {message}",
            "{message}")
        .format(Map.of("message", message));
  }

  /**
   * HAPI's refusals that the hub has codes of its own for, recognised by HAPI's message codes
   * (which HAPI keeps stable): no handler for the request, a request to the base URL that is not a
   * batch or transaction, the update's ids, the content type.
   */
  private static HubException fromHapiCode(String message, RequestDetails request) {
    if (message.startsWith("HAPI-0303: ") && request != null) {
      return unknownInteraction(request);
    }
    if (message.startsWith("HAPI-0287: ")) {
      return baseUrl(request);
    }
    if (message.startsWith("HAPI-0419: ")) {
      return HubException.withDetail(HubCodes.BAD_REQUEST, Details.UPDATE_WITHOUT_ID);
    }
    if (message.startsWith("HAPI-0420: ")) {
      Matcher ids = UPDATE_IDS.matcher(message);
      if (ids.find()) {
        return new HubException(
            HubCodes.ID_MISMATCH, Map.of("body", ids.group(1), "url", ids.group(2)));
      }
    }
    if (message.startsWith("HAPI-0446: ")
        || message.startsWith("HAPI-0448: ")
        || message.startsWith("HAPI-0449: ")) {
      return HubException.withDetail(
          HubCodes.UNSUPPORTED_MEDIA_TYPE,
          Details.withFhirMediaTypes(library(HapiMessages.plain(message))));
    }
    return null;
  }

  /**
   * A request to the base URL that is no batch or transaction ({@code GET /fhir/}, someone
   * exploring the API with a browser): pointed to the CapabilityStatement and the resource types,
   * the places that do answer.
   */
  private static HubException baseUrl(RequestDetails request) {
    String base = request == null ? null : request.getFhirServerBase();
    base = base == null || base.isBlank() ? "/fhir" : base.replaceFirst("/+$", "");
    Set<String> types = new TreeSet<>();
    if (request != null && request.getServer() instanceof RestfulServer server) {
      for (ResourceBinding binding : server.getResourceBindings()) {
        types.add(binding.getResourceName());
      }
    }
    return new HubException(
        HubCodes.BASE_URL, Map.of("base", base, "types", String.join(", ", types)));
  }

  /**
   * No provider method matches the request: a search with parameters the type does not support (400
   * naming them), a method the hub does not offer (405), or a path it does not have (404).
   */
  private static HubException unknownInteraction(RequestDetails request) {
    RequestTypeEnum method = request.getRequestType();
    String path = shorten(request.getRequestPath());
    boolean read = method == RequestTypeEnum.GET || method == RequestTypeEnum.HEAD;
    if (!read
        && method != RequestTypeEnum.POST
        && method != RequestTypeEnum.PUT
        && method != RequestTypeEnum.DELETE) {
      return new HubException(HubCodes.METHOD_NOT_ALLOWED, Map.of("detail", method + " " + path));
    }
    String type = request.getResourceName();
    boolean search =
        type != null
            && (read && path.equals(type)
                || method == RequestTypeEnum.POST && path.equals(type + "/_search"));
    if (search) {
      Set<String> declared = declaredSearchParameters(request, type);
      List<String> unsupported = unsupportedSearchParameters(request, declared);
      if (!unsupported.isEmpty()) {
        return HubCodes.unsupportedSearch(String.join(", ", unsupported), type, declared);
      }
    }
    return new HubException(HubCodes.UNKNOWN_PATH, Map.of("detail", method + " " + path));
  }

  /** The parameters the searches of {@code type} declare. */
  private static Set<String> declaredSearchParameters(RequestDetails request, String type) {
    Set<String> known = new HashSet<>();
    if (request.getServer() instanceof RestfulServer server) {
      for (ResourceBinding binding : server.getResourceBindings()) {
        if (!type.equals(binding.getResourceName())) {
          continue;
        }
        for (BaseMethodBinding m : binding.getMethodBindings()) {
          if (m instanceof SearchMethodBinding) {
            for (IParameter p : m.getParameters()) {
              if (p instanceof BaseQueryParameter q) {
                known.add(q.getName());
              }
            }
          }
        }
      }
    }
    return known;
  }

  /** The request's parameters that are neither {@code declared} nor result parameters. */
  private static List<String> unsupportedSearchParameters(
      RequestDetails request, Set<String> declared) {
    Set<String> out = new TreeSet<>();
    for (String name : request.getParameters().keySet()) {
      String base = name.split("[:.]", 2)[0];
      if (!declared.contains(base) && !RESULT_PARAMETERS.contains(base)) {
        out.add(shorten(base));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Failures of HAPI while it reads the request line: a query that is not valid URL encoding, a
   * parameter value of the wrong format ({@code _since=yesterday}). These are the client's errors,
   * although HAPI raises them as plain exceptions.
   */
  private static HubException fromRequestInput(Throwable thrown) {
    if (thrown instanceof IllegalArgumentException
        && raisedBy(thrown, "ca.uhn.fhir.util.UrlUtil")) {
      return HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
              "kyselyosa ei ole kelvollista URL-koodausta",
              "frågedelen är inte giltig URL-kodning",
              "the query string is not valid URL encoding"));
    }
    if (thrown instanceof DataFormatException
        && raisedBy(thrown, "translateQueryParametersIntoServerArgument")) {
      return HubException.withDetail(
          HubCodes.BAD_REQUEST,
          new Text(
                  "parametrin arvo on virheellinen; {parser}",
                  "ett parametervärde är felaktigt; {parser}",
                  "a parameter value is malformed: {parser}")
              .format(
                  Map.of(),
                  Map.of(
                      "parser", Details.parser(shorten(HapiMessages.plain(thrown.getMessage()))))));
    }
    return null;
  }

  /**
   * Whether a frame of {@code t}'s stack is in class {@code classOrMethod} or a method so named.
   */
  private static boolean raisedBy(Throwable t, String classOrMethod) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().equals(classOrMethod) || e.getMethodName().equals(classOrMethod)) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
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
