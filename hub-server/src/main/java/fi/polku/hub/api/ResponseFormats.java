package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses with 406 a request that accepts none of the formats the hub answers in (FHIR JSON and XML
 * of FHIR 5.0, as the CapabilityStatement says): by {@code _format}, or else by {@code Accept},
 * whose media types may name a FHIR version ({@code application/fhir+json; fhirVersion=4.0}). A
 * body declared as another FHIR version is refused with 415. Without this HAPI silently answers in
 * JSON, in a format the hub does not offer, or in FHIR 5.0 to a client asking for 4.0. The refusal
 * itself is JSON.
 */
@Interceptor
public final class ResponseFormats {

  /** The FHIR version of the hub's API, as media types name it. */
  static final String FHIR_VERSION = "5.0";

  /** Runs before HAPI picks the handler, so every path of {@code /fhir} is covered. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLER_SELECTED)
  public boolean check(RequestDetails request) {
    String contentType = request.getHeader(Constants.HEADER_CONTENT_TYPE);
    if (contentType != null && !versionServable(contentType.split(";"))) {
      throw HubException.withDetail(
          HubCodes.UNSUPPORTED_MEDIA_TYPE,
          new Text(
                  "{contentType} (tämä palvelin käyttää FHIR-versiota {version})",
                  "{contentType} (den här servern använder FHIR-version {version})",
                  "{contentType} (this hub speaks FHIR {version})")
              .format(Map.of("contentType", shorten(contentType), "version", FHIR_VERSION)));
    }
    String refused = refusal(request);
    if (refused == null) {
      return true;
    }
    // The OperationOutcome goes out in the one format every client reads.
    request.removeParameter(Constants.PARAM_FORMAT);
    request.setHeaders(Constants.HEADER_ACCEPT, List.of(Constants.CT_FHIR_JSON_NEW));
    throw HubException.withDetail(
        HubCodes.NOT_ACCEPTABLE,
        new Text(
                "{refused} (tuetut muodot: FHIR {version} -version application/fhir+json ja"
                    + " application/fhir+xml)",
                "{refused} (format som stöds: application/fhir+json och application/fhir+xml"
                    + " för FHIR {version})",
                "{refused} (application/fhir+json or application/fhir+xml of FHIR {version})")
            .format(Map.of("refused", refused, "version", FHIR_VERSION)));
  }

  /** What the request asks for that the hub cannot give, or null when it accepts JSON or XML. */
  static String refusal(RequestDetails request) {
    String[] formats = request.getParameters().get(Constants.PARAM_FORMAT);
    if (formats != null && formats.length > 0) {
      for (String f : formats) {
        if (servable(f)) {
          return null;
        }
      }
      return "_format=" + shorten(formats[0]);
    }
    List<String> accept = request.getHeaders(Constants.HEADER_ACCEPT);
    if (accept == null || accept.stream().allMatch(a -> a == null || a.isBlank())) {
      return null;
    }
    for (String header : accept) {
      if (header != null && acceptsJsonOrXml(header)) {
        return null;
      }
    }
    return "Accept: " + shorten(String.join(", ", accept));
  }

  /** Whether an Accept header has a media range (with q above 0) covering FHIR JSON or XML. */
  static boolean acceptsJsonOrXml(String header) {
    for (String range : header.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      if (type.isEmpty() || quality(parts) <= 0 || !versionServable(parts)) {
        continue;
      }
      if (type.equals("*/*")
          || type.equals("application/*")
          || type.equals("text/*")
          || servable(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a media type's {@code fhirVersion} parameter, if any, names the version the hub speaks:
   * {@code 5.0} or a release of it ({@code 5.0.0}).
   */
  static boolean versionServable(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("fhirVersion")) {
        String v = p.substring(eq + 1).trim().replace("\"", "");
        return v.equals(FHIR_VERSION) || v.startsWith(FHIR_VERSION + ".");
      }
    }
    return true;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2).trim());
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }

  private static boolean servable(String formatOrType) {
    EncodingEnum e = EncodingEnum.forContentType(formatOrType);
    return e == EncodingEnum.JSON || e == EncodingEnum.XML;
  }

  private static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "…";
  }
}
