package fi.polku.model.compiler.emit.java;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.fhirpath.IFhirPath;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HAPI's FHIRPath engine navigating the generated classes. */
class GeneratedFhirPathTest {

  private static IFhirPath fhirPath;

  @BeforeAll
  static void compile() {
    fhirPath = CompiledModel.school().ctx.newFhirPath();
  }

  private static List<String> strings(Resource resource, String expression) {
    return fhirPath.evaluate(resource, expression, IBase.class).stream()
        .map(b -> ((IPrimitiveType<?>) b).getValueAsString())
        .toList();
  }

  @Test
  void navigatesTopLevelAndComplexElements() {
    Resource learner = GeneratedParsingTest.parse("learner.json");

    assertThat(strings(learner, "Learner.identifier.value"))
        .containsExactly("010115A9875", "1.2.246.562.24.00000000001");
    assertThat(strings(learner, "Learner.name.given")).containsExactly("Aino", "Maria");
    assertThat(strings(learner, "Learner.nickname")).containsExactly("Ainska", "Ainoliini");
    assertThat(strings(learner, "Learner.guardian.reference"))
        .containsExactly("Learner/l2", "RelatedPerson/rp1");
    assertThat(strings(learner, "birthDate")).containsExactly("2015-01-01");
  }

  @Test
  void evaluatesModelInvariants() {
    Resource learner = GeneratedParsingTest.parse("learner.json");

    assertThat(strings(learner, "callingName.empty() or (name.given contains callingName)"))
        .containsExactly("true");
    assertThat(strings(learner, "identifier.where(system = 'urn:oid:1.2.246.21').count() <= 1"))
        .containsExactly("true");
  }

  @Test
  void evaluatesChoiceElementsOfEitherType() {
    Resource flagged = GeneratedParsingTest.parse("learner.json");
    Resource coded = GeneratedParsingTest.parse("learner-coded.json");

    List<IBase> flag = fhirPath.evaluate(flagged, "Learner.partTimeSpecialEducation", IBase.class);
    assertThat(flag).singleElement().isInstanceOf(BooleanType.class);
    assertThat(strings(flagged, "Learner.partTimeSpecialEducation.ofType(boolean)"))
        .containsExactly("true");
    assertThat(strings(flagged, "Learner.partTimeSpecialEducation.ofType(CodeableConcept)"))
        .isEmpty();
    assertThat(strings(coded, "Learner.partTimeSpecialEducation.coding.code"))
        .containsExactly("intensified");
    assertThat(strings(coded, "(Learner.partTimeSpecialEducation as CodeableConcept).coding.code"))
        .containsExactly("intensified");
  }

  @Test
  void navigatesNestedBackbonesAndRecursiveParts() {
    Resource attainment = GeneratedParsingTest.parse("study-attainment.json");

    assertThat(strings(attainment, "StudyAttainment.part.module.coding.code"))
        .containsExactly("MA1", "MA2");
    assertThat(strings(attainment, "StudyAttainment.part.assessment.grade.coding.code"))
        .containsExactly("9", "S");
    assertThat(strings(attainment, "StudyAttainment.part.assessment.assessor.reference"))
        .containsExactly("Organization/school-1");
    assertThat(strings(attainment, "StudyAttainment.part.assessment.assessor.ofType(string)"))
        .containsExactly("Teacher Tuula");
    assertThat(strings(attainment, "StudyAttainment.part.part.module.coding.code"))
        .containsExactly("MA1.1", "MA1.2");
    assertThat(strings(attainment, "StudyAttainment.part.part.part.module.coding.code"))
        .containsExactly("MA1.1.1");
    assertThat(strings(attainment, "StudyAttainment.repeat(part).module.coding.code"))
        .containsExactlyInAnyOrder("MA1", "MA2", "MA1.1", "MA1.2", "MA1.1.1");
    assertThat(strings(attainment, "StudyAttainment.part.part.credits")).containsExactly("0.5");
  }
}
