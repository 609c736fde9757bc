package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** FHIRPath invariants of the model and of FHIR core. */
class InvariantsTest {

  @Test
  void rejectsAStudyRightThatStartsAfterItEnds() {
    ValidationReport r =
        validate(
            studyRight("")
                .replace(
                    "\"period\": {\"start\": \"2020-08-01\"}",
                    "\"period\": {\"start\": \"2020-08-01\", \"end\": \"2019-05-31\"}"));

    ValidationIssue i =
        r.issues().stream().filter(x -> "str-1".equals(x.ruleId())).findFirst().orElseThrow();
    assertThat(i.code().code()).isEqualTo("POLKU-VAL-0601");
    assertThat(i.location()).isEqualTo("StudyRight");
    assertThat(i.message().fi())
        .isEqualTo(
            "Sääntö str-1 ei täyty kohdassa StudyRight: Opiskeluoikeuden alkamispäivä ei voi olla päättymispäivän jälkeen.");
    assertThat(i.message().sv())
        .contains("Startdatum för studierätten kan inte vara senare än slutdatumet.");
    assertThat(r.issues()).extracting(ValidationIssue::ruleId).contains("per-1");
    assertThat(r.issues())
        .filteredOn(x -> "per-1".equals(x.ruleId()))
        .extracting(ValidationIssue::location)
        .containsExactly("StudyRight.period");
  }

  @Test
  void reportsAWarningInvariantWithoutRejecting() {
    ValidationReport r =
        validate(
            studyRight("")
                .replace(
                    "\"period\": {\"start\": \"2020-08-01\"}",
                    "\"period\": {\"start\": \"2020-08-03\"}"));

    ValidationIssue i = issue(r, "POLKU-VAL-0602");
    assertThat(i.ruleId()).isEqualTo("str-2");
    assertThat(i.severity()).isEqualTo(Severity.WARNING);
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void evaluatesInvariantsOfBackboneElements() {
    ValidationReport r =
        validate(
            studyRight(
                "\"additionalInfo\": {\"extendedCompulsoryEducation\": {\"start\": \"2021-08-01\"}}"));

    ValidationIssue i = issue(r, "POLKU-VAL-0602");
    assertThat(i.ruleId()).isEqualTo("str-4");
    assertThat(i.location()).isEqualTo("StudyRight.additionalInfo");
  }

  @Test
  void evaluatesCoreInvariantsOnContainedResourcesAndNarratives() {
    String unreferenced =
        studyRight("\"contained\": [{\"resourceType\": \"Learner\", \"id\": \"l9\"}]");
    String narrative =
        "{\"resourceType\": \"Learner\", \"text\": {\"status\": \"generated\", \"div\":"
            + " \"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">%s</div>\"}}";

    assertThat(issue(validate(unreferenced), "POLKU-VAL-0601").ruleId()).isEqualTo("dom-3");
    assertThat(validate(narrative.formatted("<p>Aino</p>")).issues()).isEmpty();
    assertThat(
            issue(validate(narrative.formatted("<script>x()</script>")), "POLKU-VAL-0601").ruleId())
        .isEqualTo("txt-1");
  }

  @Test
  void skipsInvariantsWhenTheStructureIsAlreadyBroken() {
    ValidationReport r =
        validate(
            studyRight("\"nickname\": \"x\"")
                .replace(
                    "\"period\": {\"start\": \"2020-08-01\"}",
                    "\"period\": {\"start\": \"2020-08-01\", \"end\": \"2019-05-31\"}"));

    assertThat(codes(r)).containsExactly("POLKU-VAL-0101");
  }
}
