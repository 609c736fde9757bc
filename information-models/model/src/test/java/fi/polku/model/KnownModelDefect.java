package fi.polku.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Defects of the compiled model that keep the validator from checking a whole type. Examples of an
 * affected type are kept as they should be; their tests assert that the defect still shows its
 * symptom and are then aborted (reported as skipped, with the reason). Once the defect is fixed the
 * symptom disappears and those tests fail, asking for the entry to be removed: the examples are
 * then validated for real.
 */
enum KnownModelDefect {
  /**
   * The snapshot generator rewrites the compiler's local contentReferences ({@code
   * #StudyAttainment.part}) to {@code http://hl7.org/fhir/StructureDefinition/StudyAttainment#...},
   * a definition that does not exist (the type's canonical URL is under https://polku.fi/fhir). The
   * validator cannot resolve them and throws on every StudyAttainment, nested parts or not.
   */
  STUDY_ATTAINMENT_CONTENT_REFERENCE(
      "StudyAttainment",
      "Unknown Type in content reference",
      "contentReference of StudyAttainment points to http://hl7.org/fhir/StructureDefinition/"
          + "StudyAttainment, not to the type's own definition");

  private final String type;
  private final String symptom;
  private final String description;

  KnownModelDefect(String type, String symptom, String description) {
    this.type = type;
    this.symptom = symptom;
    this.description = description;
  }

  static Optional<KnownModelDefect> affecting(String type) {
    return Arrays.stream(values()).filter(d -> d.type.equals(type)).findFirst();
  }

  String type() {
    return type;
  }

  /** A substring of what the validator throws while the defect is there. */
  String symptom() {
    return symptom;
  }

  String description() {
    return description;
  }
}
