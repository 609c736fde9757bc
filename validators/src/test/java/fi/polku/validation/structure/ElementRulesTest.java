package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.organization;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** Unknown elements, cardinality and the FHIR JSON representation of elements. */
class ElementRulesTest {

  @Test
  void rejectsAnUnknownElementNamingTypeAndName() {
    ValidationReport r = validate(studyRight("\"nickname\": \"x\""));

    ValidationIssue i = issue(r, "POLKU-VAL-0101");
    assertThat(i.location()).isEqualTo("StudyRight.nickname");
    assertThat(i.message().en())
        .isEqualTo("Unknown element StudyRight.nickname: StudyRight has no element nickname.");
    assertThat(i.message().sv()).contains("typen StudyRight har inget element nickname");
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void rejectsAMissingRequiredElement() {
    ValidationReport r =
        validate(studyRight("").replace("\"learner\": {\"reference\": \"Learner/l1\"},", ""));

    assertThat(issue(r, "POLKU-VAL-0102").location()).isEqualTo("StudyRight.learner");
  }

  @Test
  void rejectsAMissingRequiredElementInsideABackbone() {
    ValidationReport r =
        validate(studyRight("").replace("\"start\": \"2020-08-01\"}]", "\"funding\": null}]"));

    assertThat(codes(r)).contains("POLKU-VAL-0109", "POLKU-VAL-0102");
    assertThat(issue(r, "POLKU-VAL-0102").location())
        .isEqualTo("StudyRight.statusHistory[0].start");
  }

  @Test
  void rejectsTooManyValuesOfARepeatingElement() {
    String twoOids =
        organization("")
            .replace(
                "\"identifier\": [",
                "\"identifier\": [{\"system\": \"urn:oid:1.2.246.562.10\", \"value\": \"1.2.246.562.10.1\"},");
    // The cardinality itself is fine (1..*); porg-2 limits OIDs to one.
    ValidationReport r = validate(twoOids);

    assertThat(issue(r, "POLKU-VAL-0601").ruleId()).isEqualTo("porg-2");
  }

  @Test
  void rejectsAnArrayForASingleValuedElement() {
    ValidationReport r = validate(studyRight("\"plannedEndDate\": [\"2029-05-31\"]"));

    assertThat(issue(r, "POLKU-VAL-0107").location()).isEqualTo("StudyRight.plannedEndDate");
  }

  @Test
  void rejectsASingleValueForARepeatingElement() {
    ValidationReport r =
        validate(studyRight("\"identifier\": {\"system\": \"urn:x\", \"value\": \"1\"}"));

    assertThat(issue(r, "POLKU-VAL-0106").location()).isEqualTo("StudyRight.identifier");
  }

  @Test
  void rejectsNullsEmptyObjectsEmptyArraysAndEmptyStrings() {
    ValidationReport r =
        validate(
            studyRight(
                "\"purchasedService\": null, \"additionalInfo\": {}, \"identifier\": [],"
                    + " \"plannedEndDate\": \"\""));

    assertThat(codes(r)).containsOnly("POLKU-VAL-0109", "POLKU-VAL-0110");
    assertThat(r.issues())
        .extracting(ValidationIssue::location)
        .contains(
            "StudyRight.purchasedService",
            "StudyRight.additionalInfo",
            "StudyRight.identifier",
            "StudyRight.plannedEndDate");
  }

  @Test
  void acceptsExtensionsOnPrimitivesInTheUnderscoreCompanion() {
    String json =
        """
        {"resourceType": "Learner",
         "_birthDate": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                                       "valueCode": "unknown"}]}}
        """;

    assertThat(validate(json).issues()).isEmpty();
  }

  @Test
  void checksThatPrimitiveArraysAndTheirCompanionsMatch() {
    String json =
        """
        {"resourceType": "Learner",
         "name": [{"given": ["Aino", "Maria"], "_given": [null]}]}
        """;

    assertThat(issue(validate(json), "POLKU-VAL-0112").location())
        .isEqualTo("Learner.name[0].given");
  }
}
