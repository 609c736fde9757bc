package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** Reference forms and target types. */
class ReferencesTest {

  @Test
  void rejectsAReferenceToTheWrongResourceType() {
    ValidationReport r = validate(studyRight("").replace("Learner/l1", "Organization/o1"));

    ValidationIssue i = issue(r, "POLKU-VAL-0701");
    assertThat(i.location()).isEqualTo("StudyRight.learner");
    assertThat(i.message().en())
        .isEqualTo(
            "The reference StudyRight.learner points to a resource of type Organization, but only"
                + " Learner is allowed here.");
  }

  @Test
  void mapsProfilesToTheirBaseTypeAndAcceptsAbsoluteAndConditionalReferences() {
    assertThat(
            validate(
                    studyRight(
                        "\"school\": {\"reference\": \"https://hub.example/fhir/Organization/o1/_history/2\"}"))
                .issues())
        .isEmpty();
    assertThat(
            validate(
                    studyRight(
                        "\"school\": {\"reference\": \"Organization?identifier=urn:oid:1.2.246.562.10|1.2.246.562.10.1\"}"))
                .issues())
        .isEmpty();
    assertThat(
            validate(
                    studyRight(
                        "\"school\": {\"reference\": \"urn:uuid:0f1a3c52-6c1e-4b61-9a3e-0d8b8f0e2a11\"}"))
                .issues())
        .isEmpty();
  }

  @Test
  void checksTheTypeElementToo() {
    ValidationReport wrongType =
        validate(
            studyRight("\"school\": {\"type\": \"Learner\", \"identifier\": {\"value\": \"x\"}}"));
    ValidationReport conflict =
        validate(
            studyRight("\"school\": {\"reference\": \"Organization/o1\", \"type\": \"Person\"}"));

    assertThat(codes(wrongType)).contains("POLKU-VAL-0701");
    assertThat(codes(conflict)).contains("POLKU-VAL-0704");
  }

  @Test
  void rejectsMalformedReferences() {
    assertThat(
            issue(validate(studyRight("").replace("Learner/l1", "l1")), "POLKU-VAL-0702")
                .location())
        .isEqualTo("StudyRight.learner.reference");
  }

  @Test
  void resolvesContainedReferencesAndTheirTypes() {
    String contained =
        "\"contained\": [{\"resourceType\": \"Learner\", \"id\": \"l1\", \"birthDate\": \"2014-05-02\"}]";
    String ok = studyRight(contained).replace("Learner/l1", "#l1");
    String missing = studyRight(contained).replace("Learner/l1", "#l2");

    assertThat(validate(ok).issues()).isEmpty();
    assertThat(codes(validate(missing))).contains("POLKU-VAL-0703");
  }

  @Test
  void validatesContainedResourcesAsTheirOwnType() {
    String json =
        studyRight(
                "\"contained\": [{\"resourceType\": \"Learner\", \"id\": \"l1\", \"shoeSize\": 38}]")
            .replace("Learner/l1", "#l1");

    assertThat(issue(validate(json), "POLKU-VAL-0101").location())
        .isEqualTo("StudyRight.contained[0].shoeSize");
  }
}
