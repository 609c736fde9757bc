package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import java.util.List;

/**
 * Codes for FHIRPath invariants of the model and of FHIR core datatypes (range 0600–0699). The
 * rule's key is the issue's rule id; {@code {human}} is the rule's own text in the reader's
 * language.
 */
public final class InvariantCodes {

  private static final CodeList LIST = new CodeList("invariant");

  /** An invariant of severity error is false. */
  public static final IssueCode VIOLATED =
      LIST.add(
          601,
          Severity.ERROR,
          "Sääntö {rule} ei täyty kohdassa {path}: {human}",
          "Regeln {rule} uppfylls inte vid {path}: {human}",
          "Rule {rule} is not met at {path}: {human}");

  /** An invariant of severity warning is false. */
  public static final IssueCode RECOMMENDATION =
      LIST.add(
          602,
          Severity.WARNING,
          "Suositus {rule} ei täyty kohdassa {path}: {human}",
          "Rekommendationen {rule} uppfylls inte vid {path}: {human}",
          "Recommendation {rule} is not met at {path}: {human}");

  /** Evaluating the expression failed on this data (e.g. a type error in FHIRPath). */
  public static final IssueCode NOT_EVALUATED =
      LIST.add(
          603,
          Severity.ERROR,
          "Sääntöä {rule} ei voitu tarkistaa kohdassa {path}, koska tiedot eivät sovi säännön"
              + " lausekkeeseen.",
          "Regeln {rule} kunde inte kontrolleras vid {path} eftersom uppgifterna inte passar"
              + " regelns uttryck.",
          "Rule {rule} could not be checked at {path} because the data does not fit the rule's"
              + " expression.");

  /** The resource could not be read into the FHIR object model, so no invariant could run. */
  public static final IssueCode MODEL_NOT_READ =
      LIST.add(
          604,
          Severity.ERROR,
          "Resurssin sääntöjä ei voitu tarkistaa, koska resurssia ei voitu lukea FHIR-malliksi.",
          "Resursens regler kunde inte kontrolleras eftersom resursen inte kunde läsas in i"
              + " FHIR-modellen.",
          "The resource's rules could not be checked because it could not be read into the FHIR"
              + " model.");

  private InvariantCodes() {}

  /** Every code of this category. */
  public static List<IssueCode> all() {
    return LIST.codes();
  }
}
