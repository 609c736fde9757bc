package fi.polku.model.compiler.emit.rdf;

import java.util.List;
import java.util.Map;

/**
 * How FHIR primitive values become RDF literals. The JSON-LD context coerces values to these
 * datatypes, the record shapes check them, and the record projector of the validators module
 * ({@code fi.polku.validation.rdf.RecordProjector}) repairs the cases JSON-LD cannot type from the
 * context alone (partial dates, decimals), so the three always agree.
 */
final class Xsd {

  static final String NS = "http://www.w3.org/2001/XMLSchema#";
  static final String STRING = NS + "string";
  static final String BOOLEAN = NS + "boolean";
  static final String INTEGER = NS + "integer";
  static final String LONG = NS + "long";
  static final String POSITIVE_INTEGER = NS + "positiveInteger";
  static final String NON_NEGATIVE_INTEGER = NS + "nonNegativeInteger";
  static final String DECIMAL = NS + "decimal";
  static final String DATE = NS + "date";
  static final String DATE_TIME = NS + "dateTime";
  static final String TIME = NS + "time";
  static final String G_YEAR = NS + "gYear";
  static final String G_YEAR_MONTH = NS + "gYearMonth";
  static final String BASE64 = NS + "base64Binary";

  /** FHIR primitive type code to the datatype its values are coerced to; absent means string. */
  private static final Map<String, String> TYPED =
      Map.ofEntries(
          Map.entry("boolean", BOOLEAN),
          Map.entry("integer", INTEGER),
          Map.entry("integer64", LONG),
          Map.entry("positiveInt", POSITIVE_INTEGER),
          Map.entry("unsignedInt", NON_NEGATIVE_INTEGER),
          Map.entry("decimal", DECIMAL),
          Map.entry("date", DATE),
          Map.entry("dateTime", DATE_TIME),
          Map.entry("instant", DATE_TIME),
          Map.entry("time", TIME),
          Map.entry("base64Binary", BASE64));

  /** FHIR primitives whose values stay plain strings in RDF. */
  private static final List<String> STRINGS =
      List.of(
          "string", "code", "id", "markdown", "uri", "url", "canonical", "oid", "uuid", "xhtml");

  private Xsd() {}

  /** True for FHIR primitive type codes ({@code date}, {@code code}, ...). */
  static boolean isPrimitive(String fhirType) {
    return TYPED.containsKey(fhirType) || STRINGS.contains(fhirType);
  }

  /** The datatype a FHIR primitive's values get in RDF ({@code xsd:string} when untyped). */
  static String of(String fhirType) {
    return TYPED.getOrDefault(fhirType, STRING);
  }

  /**
   * The datatypes a value may have after projection. FHIR dates and date-times may be partial
   * ({@code 2015}, {@code 2015-03}) and a date-time may be a plain date; the projector types those
   * as {@code xsd:gYear}, {@code xsd:gYearMonth} and {@code xsd:date}, as FHIR's own RDF format
   * does.
   */
  static List<String> accepted(String datatype) {
    if (DATE.equals(datatype)) {
      return List.of(DATE, G_YEAR_MONTH, G_YEAR);
    }
    if (DATE_TIME.equals(datatype)) {
      return List.of(DATE_TIME, DATE, G_YEAR_MONTH, G_YEAR);
    }
    return List.of(datatype);
  }
}
