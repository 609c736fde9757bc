package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import java.util.Map;

/**
 * The {@code detail} texts that more than one class of the hub answers with, in fi/sv/en, so that
 * each is written once. A detail used in one place stays at its call site.
 */
public final class Details {

  /** The request has no body, or only blanks. */
  public static final Text EMPTY_BODY =
      new Text("sisältö on tyhjä", "innehållet är tomt", "the body is empty");

  /** An update by id whose body has no id. */
  public static final Text UPDATE_WITHOUT_ID =
      new Text(
          "päivityksen sisällössä on oltava resurssin tunniste",
          "innehållet i en uppdatering måste ha resursens id",
          "an update's body must carry the resource id");

  private static final Text PARSER =
      new Text("jäsennin ilmoitti: {message}", "tolken meddelade: {message}", "{message}");

  private static final Text FHIR_MEDIA_TYPES =
      new Text(
          "{subject} (käytä sisältötyyppiä application/fhir+json tai application/fhir+xml)",
          "{subject} (använd innehållstypen application/fhir+json eller application/fhir+xml)",
          "{subject} (application/fhir+json or application/fhir+xml)");

  private static final Text NOT_A_NUMBER =
      new Text("ei ole luku: {value}", "inte ett tal: {value}", "not a number: {value}");

  private Details() {}

  /**
   * A message of a parser (HAPI's, Jackson's), which is English and cannot be translated: framed so
   * that the sentence around it is in the client's language. English keeps the message alone.
   */
  public static Text parser(String message) {
    return PARSER.format(Map.of("message", message));
  }

  /**
   * {@code subject} (a refused content type, or what a library said about it) with the content
   * types the hub reads.
   */
  public static Text withFhirMediaTypes(Text subject) {
    return FHIR_MEDIA_TYPES.format(Map.of(), Map.of("subject", subject));
  }

  /** A value that should be a number, such as {@code _count=many}; {@code value} as sent. */
  public static Text notANumber(String value) {
    return NOT_A_NUMBER.format(Map.of("value", value));
  }
}
