package fi.polku.hub.terminology;

import fi.polku.validation.api.Text;

/**
 * The fi/sv/en texts of the terminology operations: the {@code message} of a negative result and
 * the details of the errors. Placeholders are filled with the values the client sent.
 */
public final class TerminologyTexts {

  /** A code that the code system does not define. */
  public static final Text UNKNOWN_CODE =
      new Text(
          "Koodi {code} ei kuulu koodistoon {system}.",
          "Koden {code} finns inte i kodsystemet {system}.",
          "The code {code} is not in the code system {system}.");

  /** A code outside the value set. */
  public static final Text NOT_IN_VALUE_SET =
      new Text(
          "Koodi {system}#{code} ei kuulu arvojoukkoon {valueSet}.",
          "Koden {system}#{code} ingår inte i värdemängden {valueSet}.",
          "The code {system}#{code} is not in the value set {valueSet}.");

  /** A code of a code system the model does not have. */
  public static final Text UNKNOWN_SYSTEM =
      new Text(
          "Koodistoa {system} ei ole tietomallissa.",
          "Kodsystemet {system} finns inte i informationsmodellen.",
          "The code system {system} is not in the model.");

  /** A coding whose system is another than the code system asked about. */
  public static final Text OTHER_SYSTEM =
      new Text(
          "Koodi {code} on koodistosta {system}, ei koodistosta {expected}.",
          "Koden {code} kommer från kodsystemet {system}, inte från {expected}.",
          "The code {code} is from the code system {system}, not from {expected}.");

  /** A display that is none of the code's names. */
  public static final Text WRONG_DISPLAY =
      new Text(
          "Näyttönimi \"{display}\" ei ole koodin {system}#{code} nimi; oikea nimi on"
              + " \"{expected}\".",
          "Visningsnamnet \"{display}\" är inte ett namn på koden {system}#{code}; rätt namn är"
              + " \"{expected}\".",
          "The display \"{display}\" is not a name of the code {system}#{code}; the right display"
              + " is \"{expected}\".");

  /** {@code $translate} found no target for a code. */
  public static final Text NO_MAPPING =
      new Text(
          "Koodille {code} ei ole vastinetta.",
          "Koden {code} har ingen motsvarighet.",
          "There is no mapping for the code {code}.");

  /** An error detail: a required parameter is missing. */
  public static final Text MISSING_PARAMETER =
      new Text(
          "parametri {parameter} puuttuu",
          "parametern {parameter} saknas",
          "the parameter {parameter} is missing");

  /** An error detail: neither of two alternative parameters was given. */
  public static final Text MISSING_EITHER =
      new Text(
          "parametri {first} tai {second} puuttuu",
          "parametern {first} eller {second} saknas",
          "the parameter {first} or {second} is missing");

  /** An error detail: a count or offset below zero. */
  public static final Text NEGATIVE =
      new Text(
          "parametrin {parameter} arvo ei voi olla negatiivinen: {value}",
          "värdet för parametern {parameter} kan inte vara negativt: {value}",
          "the value of the parameter {parameter} cannot be negative: {value}");

  /** An error detail: a count or offset that is not a whole number. */
  public static final Text NOT_A_WHOLE_NUMBER =
      new Text(
          "parametrin {parameter} arvo ei ole kokonaisluku: {value}",
          "värdet för parametern {parameter} är inte ett heltal: {value}",
          "the value of the parameter {parameter} is not a whole number: {value}");

  /** An error detail: a flag that is neither true nor false. */
  public static final Text NOT_A_BOOLEAN =
      new Text(
          "parametrin {parameter} arvon on oltava true tai false: {value}",
          "värdet för parametern {parameter} måste vara true eller false: {value}",
          "the value of the parameter {parameter} must be true or false: {value}");

  /** An error detail: a value set defined with filters or by other value sets. */
  public static final Text UNSUPPORTED_COMPOSE =
      new Text(
          "arvojoukon {valueSet} määrittelyssä on suodattimia tai toisia arvojoukkoja, joita ei"
              + " osata laajentaa",
          "definitionen av värdemängden {valueSet} har filter eller andra värdemängder, som inte"
              + " kan expanderas",
          "the definition of the value set {valueSet} has filters or other value sets, which cannot"
              + " be expanded");

  private TerminologyTexts() {}
}
