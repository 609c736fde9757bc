package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.validation.api.Text;
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
    return switch (status) {
      case 400 ->
          HubException.withDetail(
              HubCodes.BAD_REQUEST,
              new Text(
                  "pyynnön osoite tai otsakkeet ovat liian pitkiä, tai osoite on virheellinen"
                      + " (esimerkiksi tunnisteessa on koodattu '/' tai kyselyosassa koodaamaton"
                      + " merkki)",
                  "adressen eller huvudena i begäran är för långa, eller så är adressen felaktig"
                      + " (till exempel ett kodat '/' i ett id eller ett okodat tecken i"
                      + " frågedelen)",
                  "the request line or its headers are too long, or the URL is malformed (such as"
                      + " an encoded '/' in an id or an unencoded character in the query)"));
      case 403 ->
          otherClientError(
              403,
              new Text(
                  "tämä alkuperä (origin) ei saa kutsua rajapintaa selaimesta"
                      + " (polku.server.cors-origins)",
                  "detta ursprung (origin) får inte anropa gränssnittet från en webbläsare"
                      + " (polku.server.cors-origins)",
                  "this origin may not call the API from a browser (polku.server.cors-origins)"));
      case 404 ->
          HubException.withDetail(
              HubCodes.UNKNOWN_PATH,
              new Text(
                  "palvelin ei tarjoa tätä polkua (rajapinta on polun /fhir alla)",
                  "servern erbjuder inte den här sökvägen (gränssnittet finns under /fhir)",
                  "the path is not served (the API is under /fhir)"));
      case 405 ->
          HubException.withDetail(
              HubCodes.METHOD_NOT_ALLOWED,
              new Text(
                  "HTTP-metodi ei ole sallittu tässä",
                  "HTTP-metoden är inte tillåten här",
                  "the HTTP method is not allowed here"));
      case 501 ->
          HubException.withDetail(
              HubCodes.NOT_IMPLEMENTED,
              new Text(
                  "palvelin ei tunne tätä HTTP-metodia",
                  "servern känner inte till den här HTTP-metoden",
                  "the HTTP method is not one the server knows"));
      case 413 ->
          otherClientError(
              413,
              new Text("pyyntö on liian suuri", "begäran är för stor", "the request is too large"));
      default -> {
        if (status >= 500 && correlationId != null) {
          yield new HubException(
              status == 503 ? HubCodes.UNAVAILABLE : HubCodes.INTERNAL_ERROR,
              Map.of("correlationId", correlationId));
        }
        yield otherClientError(
            status,
            new Text(
                "palvelin torjui pyynnön", "servern avvisade begäran", "refused by the server"));
      }
    };
  }

  private static HubException otherClientError(int status, Text detail) {
    return new HubException(
        HubCodes.OTHER_CLIENT_ERROR,
        Map.of("status", Integer.toString(status)),
        Map.of("detail", detail));
  }
}
