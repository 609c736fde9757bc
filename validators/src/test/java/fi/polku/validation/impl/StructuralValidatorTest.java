package fi.polku.validation.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.generated.StudyRight;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.TestSupport;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.spi.ReferenceResolver;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.Reference;
import org.junit.jupiter.api.Test;

/** The validator's entry points: raw bytes and HAPI objects, options, limits. */
class StructuralValidatorTest {

  private static StudyRight studyRight() {
    StudyRight sr = new StudyRight();
    sr.setLearner(new Reference("Learner/l1"));
    sr.setType(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/opiskeluoikeudentyyppi",
                    "perusopetus",
                    null)));
    return sr;
  }

  @Test
  void validatesResourcesAlreadyParsedByHapi() {
    StudyRight sr = studyRight();
    sr.setPeriod(
        new Period()
            .setStartElement(new org.hl7.fhir.r5.model.DateTimeType("2021-01-01"))
            .setEndElement(new org.hl7.fhir.r5.model.DateTimeType("2020-01-01")));

    ValidationReport r = TestSupport.validator().validate(sr, TestSupport.OPTIONS);

    assertThat(TestSupport.codes(r)).contains("POLKU-VAL-0102"); // statusHistory is required
    assertThat(r.issues()).anyMatch(i -> i.location().equals("StudyRight.statusHistory"));
  }

  @Test
  void rejectsObjectsOfOtherFhirVersionsAsAProgrammingError() {
    assertThatThrownBy(
            () ->
                TestSupport.validator()
                    .validate(new org.hl7.fhir.r4.model.Patient(), TestSupport.OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R5");
  }

  @Test
  void validatesAsOfTodayWhenNoDateIsGiven() {
    String json =
        "{\"resourceType\": \"Learner\", \"municipalityOfResidence\": {\"coding\": [{\"system\":"
            + " \"https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta\", \"code\": \"001\"}]}}";

    ValidationReport r =
        TestSupport.validator()
            .validate(
                json.getBytes(StandardCharsets.UTF_8),
                new ValidationOptions(null, ReferenceResolver.none(), true));

    assertThat(TestSupport.codes(r)).containsExactly("POLKU-VAL-0408");
  }

  @Test
  void appliesCustomInputLimitsWithTheSharedModel() {
    var strict = PolkuValidators.structural(new InputLimits(100, 10, 50, 20, 1000, 5));

    assertThat(
            TestSupport.codes(
                strict.validate(
                    ("{\"resourceType\": \"Learner\", \"callingName\": \""
                            + "a".repeat(200)
                            + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                    TestSupport.OPTIONS)))
        .containsExactly("POLKU-VAL-0002");
  }

  @Test
  void sharesOneFhirContextWithTheModelClassesRegistered() {
    FhirContext ctx = PolkuValidators.fhirContext();

    assertThat(ctx.getResourceDefinition("StudyRight").getImplementingClass())
        .isEqualTo(StudyRight.class);
  }
}
