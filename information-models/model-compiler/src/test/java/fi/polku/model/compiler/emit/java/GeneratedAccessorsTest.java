package fi.polku.model.compiler.emit.java;

import static fi.polku.model.compiler.emit.java.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.DataType;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.DomainResource;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Property;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed accessors and HAPI's {@code Base} machinery of a generated class. */
class GeneratedAccessorsTest {

  private static CompiledModel compiled;
  private DomainResource learner;

  @BeforeAll
  static void compile() {
    compiled = CompiledModel.school();
  }

  @BeforeEach
  void newLearner() {
    learner = (DomainResource) Reflect.create(compiled.type("Learner"));
  }

  @Test
  void primitiveAccessorsExposeJavaValuesAndElements() {
    Date birth = new DateType("2015-01-01").getValue();
    assertThat(call(learner, "setBirthDate", birth)).isSameAs(learner);
    assertThat(call(learner, "getBirthDate")).isEqualTo(birth);
    assertThat(call(learner, "getBirthDateElement")).isInstanceOf(DateType.class);
    assertThat(call(learner, "hasBirthDate")).isEqualTo(true);

    call(learner, "setBirthDate", new Class<?>[] {Date.class}, (Object) null);
    assertThat(call(learner, "hasBirthDate")).isEqualTo(false);

    assertThat(call(learner, "getProtectionOrder")).isEqualTo(false);
    call(learner, "setProtectionOrder", new Class<?>[] {boolean.class}, true);
    assertThat(call(learner, "getProtectionOrder")).isEqualTo(true);

    assertThat(call(learner, "getSiblingCount")).isEqualTo(0);
    call(learner, "setWeeklyHours", new Class<?>[] {double.class}, 22.5);
    assertThat(call(learner, "getWeeklyHours")).isEqualTo(new BigDecimal("22.5"));
  }

  @Test
  void listAccessorsCreateLazilyAndAppend() {
    assertThat(call(learner, "hasIdentifier")).isEqualTo(false);
    Identifier first = (Identifier) call(learner, "getIdentifierFirstRep");
    first.setValue("x");
    call(learner, "addIdentifier", new Identifier().setValue("y"));

    assertThat((List<?>) call(learner, "getIdentifier")).hasSize(2);
    assertThat(call(learner, "hasIdentifier")).isEqualTo(true);

    call(learner, "addNickname", "Ainska");
    assertThat(call(learner, "hasNickname", "Ainska")).isEqualTo(true);
    assertThat(call(learner, "hasNickname", "Maija")).isEqualTo(false);
    assertThat(call(learner, "getNicknameFirstRep")).isInstanceOf(StringType.class);

    Reference guardian = (Reference) call(learner, "addGuardian");
    guardian.setReference("Learner/l2");
    assertThat(call(learner, "getGuardianFirstRep")).isSameAs(guardian);
  }

  @Test
  void choiceAccessorsAreTyped() {
    Class<?>[] dataType = {DataType.class};
    assertThat(call(learner, "hasPartTimeSpecialEducation")).isEqualTo(false);

    BooleanType flag = (BooleanType) call(learner, "getPartTimeSpecialEducationBooleanType");
    flag.setValue(true);
    assertThat(call(learner, "hasPartTimeSpecialEducationBooleanType")).isEqualTo(true);
    assertThat(call(learner, "hasPartTimeSpecialEducationCodeableConcept")).isEqualTo(false);
    assertThatThrownBy(() -> call(learner, "getPartTimeSpecialEducationCodeableConcept"))
        .isInstanceOf(FHIRException.class)
        .hasMessageContaining("Learner.partTimeSpecialEducation[x]");

    call(learner, "setPartTimeSpecialEducation", dataType, new CodeableConcept());
    assertThat(call(learner, "getPartTimeSpecialEducation")).isInstanceOf(CodeableConcept.class);
    assertThatThrownBy(
            () -> call(learner, "setPartTimeSpecialEducation", dataType, new StringType("no")))
        .isInstanceOf(FHIRException.class)
        .hasMessageContaining("string");
  }

  @Test
  void propertiesAreListedWithHapiTypeCodes() {
    List<Property> children = learner.children();
    List<String> names = children.stream().map(Property::getName).toList();

    assertThat(names).startsWith("id", "meta", "implicitRules", "language", "text");
    assertThat(names).endsWith("guardian", "partTimeSpecialEducation[x]");
    Property guardian = learner.getChildByName("guardian");
    assertThat(guardian.getTypeCode()).isEqualTo("Reference(Learner|RelatedPerson)");
    assertThat(guardian.getMaxCardinality()).isEqualTo(Integer.MAX_VALUE);
    assertThat(learner.getNamedProperty("partTimeSpecialEducationBoolean").getTypeCode())
        .isEqualTo("boolean");
    assertThat(learner.getNamedProperty("partTimeSpecialEducation[x]").getTypeCode())
        .isEqualTo("boolean|CodeableConcept");
  }

  @Test
  void setPropertyAndGetPropertyWorkByName() {
    learner.setProperty("callingName", new StringType("Aino"));
    learner.setProperty("nickname", new StringType("A"));
    learner.setProperty("nickname", new StringType("B"));
    learner.setProperty("partTimeSpecialEducation[x]", new BooleanType(true));
    learner.setProperty("gender", new StringType("female")); // converted to a code

    assertThat(call(learner, "getCallingName")).isEqualTo("Aino");
    assertThat(learner.getProperty("nickname".hashCode(), "nickname", true)).hasSize(2);
    assertThat(learner.listChildrenByName("partTimeSpecialEducation"))
        .singleElement()
        .isInstanceOf(BooleanType.class);
    assertThat(call(learner, "getGender")).isEqualTo("female");
    assertThat(learner.listChildrenByName("id")).isEmpty(); // inherited, via the superclass
    assertThatThrownBy(
            () -> learner.setProperty("partTimeSpecialEducation", new StringType("nope")))
        .isInstanceOf(FHIRException.class);
  }

  @Test
  void makeAddRemoveChildAndTypes() {
    Base made = learner.makeProperty("identifier".hashCode(), "identifier");
    Base date = learner.makeProperty("birthDate".hashCode(), "birthDate");
    Base coded = learner.addChild("partTimeSpecialEducationCodeableConcept");

    assertThat(made).isInstanceOf(Identifier.class);
    assertThat(date).isInstanceOf(DateType.class);
    assertThat(coded).isInstanceOf(CodeableConcept.class);
    assertThat(call(learner, "getPartTimeSpecialEducation")).isSameAs(coded);
    assertThatThrownBy(() -> learner.addChild("birthDate")).isInstanceOf(FHIRException.class);
    assertThat(learner.getTypesForProperty("partTimeSpecialEducation".hashCode(), "x"))
        .containsExactly("boolean", "CodeableConcept");
    assertThat(learner.getTypesForProperty("guardian".hashCode(), "guardian"))
        .containsExactly("Reference");

    learner.removeChild("identifier", made);
    learner.removeChild("partTimeSpecialEducation[x]", coded);
    assertThat((List<?>) call(learner, "getIdentifier")).isEmpty();
    assertThat(call(learner, "getPartTimeSpecialEducation")).isNull();
  }

  @Test
  void backboneComponentsBuildThroughBase() {
    DomainResource attainment = (DomainResource) Reflect.create(compiled.type("StudyAttainment"));
    Base part = attainment.addChild("part");
    Base inner = part.addChild("part");
    Base assessment = inner.addChild("assessment");
    assessment.setProperty("grade", new CodeableConcept().setText("9"));

    assertThat(part.getClass()).isSameAs(inner.getClass());
    assertThat(
            compiled
                .ctx
                .newFhirPath()
                .evaluate(
                    attainment, "StudyAttainment.part.part.assessment.grade.text", Base.class))
        .singleElement()
        .hasToString("9");
  }
}
