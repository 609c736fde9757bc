package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** JSON types, primitive formats and choice types. */
class DatatypesTest {

  @Test
  void rejectsTheWrongJsonType() {
    ValidationReport r = validate(studyRight("\"purchasedService\": \"true\""));

    ValidationIssue i = issue(r, "POLKU-VAL-0108");
    assertThat(i.location()).isEqualTo("StudyRight.purchasedService");
    assertThat(i.message().en())
        .isEqualTo(
            "The value of StudyRight.purchasedService must have the JSON type boolean, but it has"
                + " string.");
  }

  @Test
  void rejectsAnImpossibleDateWithoutQuotingIt() {
    ValidationReport r = validate("{\"resourceType\": \"Learner\", \"birthDate\": \"2015-02-29\"}");

    ValidationIssue i = issue(r, "POLKU-VAL-0202");
    assertThat(i.location()).isEqualTo("Learner.birthDate");
    assertThat(i.message().en()).doesNotContain("2015-02-29");
  }

  @Test
  void rejectsAFinnishStyleDate() {
    assertThat(codes(validate(studyRight("\"plannedEndDate\": \"31.5.2029\""))))
        .containsExactly("POLKU-VAL-0202");
  }

  @Test
  void acceptsAllowedChoiceTypes() {
    assertThat(
            validate(studyRight("\"additionalInfo\": {\"freeDormitoryPlaceBoolean\": true}"))
                .issues())
        .isEmpty();
    assertThat(
            validate(
                    studyRight(
                        "\"additionalInfo\": {\"freeDormitoryPlacePeriod\": {\"start\": \"2021-01-01\"}}"))
                .issues())
        .isEmpty();
  }

  @Test
  void rejectsAChoiceTypeTheElementDoesNotAllow() {
    ValidationReport r =
        validate(studyRight("\"additionalInfo\": {\"freeDormitoryPlaceString\": \"yes\"}"));

    ValidationIssue i = issue(r, "POLKU-VAL-0117");
    assertThat(i.location()).isEqualTo("StudyRight.additionalInfo.freeDormitoryPlace");
    assertThat(i.message().en())
        .contains("does not allow the type string")
        .contains("Period, boolean");
  }

  @Test
  void rejectsTwoTypesOfOneChoice() {
    ValidationReport r =
        validate(
            studyRight(
                "\"additionalInfo\": {\"freeDormitoryPlaceBoolean\": true,"
                    + " \"freeDormitoryPlacePeriod\": {\"start\": \"2021-01-01\"}}"));

    assertThat(codes(r)).contains("POLKU-VAL-0111");
  }

  @Test
  void checksNestedDatatypesRecursively() {
    String json =
        """
        {"resourceType": "Learner",
         "name": [{"family": "Virtanen", "period": {"start": "2015-13-01"}, "use": "usual"}]}
        """;

    assertThat(issue(validate(json), "POLKU-VAL-0203").location())
        .isEqualTo("Learner.name[0].period.start");
  }
}
