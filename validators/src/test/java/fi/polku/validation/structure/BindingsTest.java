package fi.polku.validation.structure;

import static fi.polku.validation.TestSupport.codes;
import static fi.polku.validation.TestSupport.issue;
import static fi.polku.validation.TestSupport.validate;
import static fi.polku.validation.structure.TestResources.KOODISTO;
import static fi.polku.validation.structure.TestResources.organization;
import static fi.polku.validation.structure.TestResources.studyRight;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.Severity;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import org.junit.jupiter.api.Test;

/** Bindings to value sets: required rejects, extensible warns. */
class BindingsTest {

  @Test
  void rejectsACodeOutsideARequiredValueSet() {
    ValidationReport r = validate("{\"resourceType\": \"Learner\", \"gender\": \"mies\"}");

    ValidationIssue i = issue(r, "POLKU-VAL-0401");
    assertThat(i.location()).isEqualTo("Learner.gender");
    assertThat(i.message().en())
        .contains("mies")
        .contains("http://hl7.org/fhir/ValueSet/administrative-gender");
  }

  @Test
  void rejectsACodingOfAnotherSystemUnderARequiredBinding() {
    ValidationReport r =
        validate(
            studyRight("")
                .replace(KOODISTO + "opiskeluoikeudentyyppi", "https://example.org/types"));

    assertThat(issue(r, "POLKU-VAL-0401").location()).isEqualTo("StudyRight.type.coding[0]");
  }

  @Test
  void reportsACodeUnknownToItsCodeSystemOnce() {
    ValidationReport r = validate(studyRight("").replace("\"perusopetus\"", "\"perusopetu\""));

    assertThat(codes(r)).containsExactly("POLKU-VAL-0404");
    assertThat(r.issues().get(0).location()).isEqualTo("StudyRight.type.coding[0].code");
  }

  @Test
  void rejectsARequiredCodeableConceptWithTextOnly() {
    ValidationReport r = validate(studyRight("\"sourceSystem\": {\"text\": \"Primus\"}"));

    assertThat(issue(r, "POLKU-VAL-0403").location()).isEqualTo("StudyRight.sourceSystem");
  }

  @Test
  void warnsButAcceptsAWrongCodeOfAnExtensibleValueSetsOwnSystem() {
    // FHIR's identifier-type lists codes of HL7 v2 table 0203; XX is not among them.
    String json =
        "{\"resourceType\": \"Learner\", \"identifier\": [{\"type\": {\"coding\": [{\"system\":"
            + " \"http://terminology.hl7.org/CodeSystem/v2-0203\", \"code\": \"XX\"}]},"
            + " \"value\": \"1\"}]}";

    ValidationReport r = validate(json);

    ValidationIssue i = issue(r, "POLKU-VAL-0402");
    assertThat(i.severity()).isEqualTo(Severity.WARNING);
    assertThat(i.location()).isEqualTo("Learner.identifier[0].type.coding[0]");
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void acceptsCodesOfOtherSystemsUnderAnExtensibleBinding() {
    String polkuType =
        "{\"resourceType\": \"Learner\", \"identifier\": [{\"type\": {\"coding\": [{\"system\":"
            + " \"https://polku.fi/fhir/CodeSystem/identifier-type\", \"code\": \"source-key\"}]},"
            + " \"system\": \"https://polku.fi/fhir/source/primus/pupil\", \"value\": \"1\"}]}";
    String ownOrgType =
        organization(
            "\"type\": [{\"coding\": [{\"system\": \"https://example.org/org-types\", \"code\": \"lukio\"}]}]");

    assertThat(validate(polkuType).issues()).isEmpty();
    assertThat(validate(ownOrgType).issues()).isEmpty();
  }

  @Test
  void acceptsACodeOfTheBoundCodeList() {
    String json =
        """
        {"resourceType": "Learner",
         "motherTongue": {"coding": [{"system": "%skieli", "code": "FI"}]}}
        """
            .formatted(KOODISTO);

    assertThat(validate(json).issues()).isEmpty();
  }
}
