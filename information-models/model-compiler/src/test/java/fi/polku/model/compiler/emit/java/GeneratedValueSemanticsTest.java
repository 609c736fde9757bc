package fi.polku.model.compiler.emit.java;

import static fi.polku.model.compiler.emit.java.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.DomainResource;
import org.hl7.fhir.r5.model.Identifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code copy()}, {@code isEmpty()}, {@code equalsDeep}/{@code equalsShallow}, {@code fhirType()}.
 */
class GeneratedValueSemanticsTest {

  private static CompiledModel compiled;

  @BeforeAll
  static void compile() {
    compiled = CompiledModel.school();
  }

  @Test
  void copyIsDeep() {
    DomainResource learner = (DomainResource) GeneratedParsingTest.parse("learner.json");
    DomainResource copy = learner.copy();

    assertThat(copy).isNotSameAs(learner).isInstanceOf(learner.getClass());
    assertThat(copy.equalsDeep(learner)).isTrue();

    Identifier copied = (Identifier) copy.listChildrenByName("identifier").get(0);
    copied.setValue("changed");
    Identifier original = (Identifier) learner.listChildrenByName("identifier").get(0);
    assertThat(original.getValue()).isEqualTo("010115A9875");
    assertThat(copy.equalsDeep(learner)).isFalse();
  }

  @Test
  void copyIsDeepThroughRecursiveComponents() {
    DomainResource attainment =
        (DomainResource) GeneratedParsingTest.parse("study-attainment.json");
    DomainResource copy = attainment.copy();
    Base innerCopy = innermostPart(copy);
    Base innerOriginal = innermostPart(attainment);

    assertThat(innerCopy).isNotSameAs(innerOriginal);
    assertThat(innerCopy.fhirType()).isEqualTo("StudyAttainment.part");
    ((CodeableConcept) innerCopy.getChildValueByName("module")).getCodingFirstRep().setCode("X");

    assertThat(
            ((CodeableConcept) innerOriginal.getChildValueByName("module"))
                .getCodingFirstRep()
                .getCode())
        .isEqualTo("MA1.1.1");
    assertThat(copy.equalsDeep(attainment)).isFalse();
  }

  /** {@code part[0].part[0].part[0]}. */
  private static Base innermostPart(Base attainment) {
    Base b = attainment;
    for (int i = 0; i < 3; i++) {
      b = b.listChildrenByName("part").get(0);
    }
    return b;
  }

  @Test
  void isEmptyLooksAtEveryElement() {
    DomainResource learner = (DomainResource) Reflect.create(compiled.type("Learner"));
    assertThat(learner.isEmpty()).isTrue();

    call(learner, "getIdentifier"); // creates an empty list
    call(learner, "addNicknameElement"); // an empty string
    assertThat(learner.isEmpty()).isTrue();

    call(learner, "setCallingName", "Aino");
    assertThat(learner.isEmpty()).isFalse();

    Base part =
        (Base) Reflect.create(compiled.type("StudyAttainment$StudyAttainmentPartComponent"));
    assertThat(part.isEmpty()).isTrue();
    call(part, "setCredits", new Class<?>[] {long.class}, 3L);
    assertThat(part.isEmpty()).isFalse();
  }

  @Test
  void equalsShallowComparesOnlyPrimitives() {
    DomainResource a = (DomainResource) GeneratedParsingTest.parse("learner.json");
    DomainResource b = a.copy();
    ((Identifier) b.listChildrenByName("identifier").get(0)).setValue("other");

    assertThat(a.equalsShallow(b)).isTrue();
    assertThat(a.equalsDeep(b)).isFalse();

    call(b, "setCallingName", "Maria");
    assertThat(a.equalsShallow(b)).isFalse();
  }

  @Test
  void fhirTypeNamesTheResourceOrTheBackbonePath() {
    assertThat(((Base) Reflect.create(compiled.type("Learner"))).fhirType()).isEqualTo("Learner");
    assertThat(
            ((Base) Reflect.create(compiled.type("StudyAttainment$StudyAttainmentPartComponent")))
                .fhirType())
        .isEqualTo("StudyAttainment.part");
    assertThat(
            ((Base)
                    Reflect.create(
                        compiled.type("StudyAttainment$StudyAttainmentPartAssessmentComponent")))
                .fhirType())
        .isEqualTo("StudyAttainment.part.assessment");
    assertThat(((DomainResource) Reflect.create(compiled.type("Learner"))).getResourceType())
        .isNull();
  }

  @Test
  void recursivePartReusesTheComponentClass() throws Exception {
    Class<?> part = compiled.type("StudyAttainment$StudyAttainmentPartComponent");
    Class<?> root = compiled.type("StudyAttainment");

    assertThat(part.getMethod("addPart").getReturnType()).isEqualTo(part);
    assertThat(root.getMethod("addPart").getReturnType()).isEqualTo(part);
    assertThat(List.of(root.getDeclaredClasses()))
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder(
            "StudyAttainmentPartComponent", "StudyAttainmentPartAssessmentComponent");
  }
}
