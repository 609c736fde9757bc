package fi.polku.model.compiler.codelist;

import fi.polku.model.compiler.ir.CodeList.PropertyDef;

/**
 * The concept property codes the code-list readers put into {@link
 * fi.polku.model.compiler.ir.CodeList.Concept#properties()} and the emitter declares in {@code
 * CodeSystem.property}. Standard FHIR properties keep their FHIR code and URI so FHIR tooling
 * understands them; the others are Polku properties under {@link #POLKU_PROPERTY_BASE}.
 */
public final class ConceptProperties {

  /** Base of the URIs of Polku's own concept properties. */
  public static final String POLKU_PROPERTY_BASE = "https://polku.fi/fhir/concept-property/";

  /** FHIR property type {@code string}. */
  public static final String TYPE_STRING = "string";

  /** FHIR property type {@code code}: a code of the same code system. */
  public static final String TYPE_CODE = "code";

  /** FHIR property type {@code boolean}. */
  public static final String TYPE_BOOLEAN = "boolean";

  /** FHIR property type {@code dateTime} (a date is a valid partial dateTime). */
  public static final String TYPE_DATE_TIME = "dateTime";

  /** Koodisto relation {@code includesCodeElements} (fi "sisältää"). */
  public static final String INCLUDES = "includes";

  /** Koodisto relation {@code withinCodeElements} (fi "sisältyy"). */
  public static final String WITHIN = "within";

  /** Koodisto relation {@code levelsWithCodeElements} (fi "rinnastuu"). */
  public static final String LEVELS_WITH = "levelsWith";

  /** Municipalities: the code of the region (maakunta) the municipality belongs to. */
  public static final String REGION = "region";

  /** Municipalities: the code of the municipality a merged municipality became part of. */
  public static final String SUCCESSOR = "successor";

  /** FHIR standard property: the concept is no longer valid. */
  public static final String INACTIVE = "inactive";

  /** URI of the FHIR standard {@code inactive} property. */
  public static final String INACTIVE_URI = "http://hl7.org/fhir/concept-properties#inactive";

  /** First day a code is valid (emitted only for codes whose source gives the date). */
  public static final String VALID_FROM = "validFrom";

  /** Last day a code is valid (emitted only for codes whose source gives the date). */
  public static final String VALID_TO = "validTo";

  private ConceptProperties() {}

  /** The URI of a Polku concept property code. */
  public static String polkuUri(String code) {
    return POLKU_PROPERTY_BASE + code;
  }

  /** A Polku property definition with its URI derived from the code. */
  public static PropertyDef polku(String code, String type, String description) {
    return new PropertyDef(code, type, polkuUri(code), description);
  }

  /** The definition of the FHIR standard {@code inactive} property. */
  public static PropertyDef inactive(String description) {
    return new PropertyDef(INACTIVE, TYPE_BOOLEAN, INACTIVE_URI, description);
  }

  /** The definition of {@link #VALID_FROM}. */
  public static PropertyDef validFrom() {
    return polku(
        VALID_FROM, TYPE_DATE_TIME, "First day the code is valid, as given by the code's source.");
  }

  /** The definition of {@link #VALID_TO}. */
  public static PropertyDef validTo() {
    return polku(
        VALID_TO, TYPE_DATE_TIME, "Last day the code is valid, as given by the code's source.");
  }
}
