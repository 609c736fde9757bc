package fi.polku.model.compiler.emit.java;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.context.RuntimeChildResourceDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import ca.uhn.fhir.rest.gclient.DateClientParam;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What HAPI's model scanner sees of the generated classes: types, children, search parameters. */
class GeneratedRegistrationTest {

  private static CompiledModel compiled;
  private static FhirContext ctx;

  @BeforeAll
  static void compile() {
    compiled = CompiledModel.school();
    ctx = compiled.ctx;
  }

  @Test
  void generatedCodeCompilesWithoutLintWarnings() {
    assertThat(compiled.warnings).isEmpty();
  }

  @Test
  void indexListsAndRegistersEveryResourceType() throws Exception {
    Class<?> index = compiled.type("PolkuModelTypes");
    List<Object> types = List.copyOf((List<?>) index.getField("RESOURCE_TYPES").get(null));

    assertThat(types).containsExactly(compiled.type("Learner"), compiled.type("StudyAttainment"));
    assertThat(index.getField("MODEL_VERSION").get(null)).isEqualTo("1.2.3");
    assertThat(ctx.getResourceDefinition("Learner").getImplementingClass())
        .isSameAs(compiled.type("Learner"));
    assertThat(ctx.getResourceDefinition("StudyAttainment").getResourceProfile())
        .isEqualTo("https://polku.fi/fhir/StructureDefinition/StudyAttainment");
  }

  @Test
  void registerAllWorksOnAContextAlreadyInUse() throws Exception {
    FhirContext used = FhirContext.forR5();
    used.newJsonParser().parseResource("{\"resourceType\":\"Patient\",\"id\":\"p\"}");

    compiled.type("PolkuModelTypes").getMethod("registerAll", FhirContext.class).invoke(null, used);

    assertThat(used.newJsonParser().parseResource(CompiledModel.sample("learner.json")))
        .isInstanceOf(compiled.type("Learner"));
    assertThat(used.getResourceDefinition("Learner").getSearchParam("birthdate")).isNotNull();
  }

  @Test
  void searchParametersAreVisibleToHapi() {
    RuntimeResourceDefinition learner = ctx.getResourceDefinition("Learner");
    RuntimeSearchParam birthdate = learner.getSearchParam("birthdate");
    RuntimeSearchParam guardian = learner.getSearchParam("guardian");

    assertThat(birthdate).isNotNull();
    assertThat(birthdate.getPath()).isEqualTo("Learner.birthDate");
    assertThat(birthdate.getParamType()).isEqualTo(RestSearchParameterTypeEnum.DATE);
    assertThat(birthdate.getDescription()).isEqualTo("Search by birthdate.");
    assertThat(guardian.getParamType()).isEqualTo(RestSearchParameterTypeEnum.REFERENCE);
    assertThat(guardian.getTargets()).containsExactlyInAnyOrder("Learner", "RelatedPerson");
    assertThat(learner.getSearchParam("mother-tongue")).isNotNull();
    assertThat(learner.getSearchParam("learner")).isNull();
  }

  @Test
  void searchParameterOnTwoBasesAndCompositesAreGenerated() {
    RuntimeResourceDefinition attainment = ctx.getResourceDefinition("StudyAttainment");
    RuntimeSearchParam composite = attainment.getSearchParam("learner-module");

    assertThat(attainment.getSearchParam("identifier")).isNotNull();
    assertThat(ctx.getResourceDefinition("Learner").getSearchParam("identifier")).isNotNull();
    assertThat(composite.getParamType()).isEqualTo(RestSearchParameterTypeEnum.COMPOSITE);
  }

  @Test
  void searchParameterConstantsFollowHapi() throws Exception {
    Class<?> learner = compiled.type("Learner");

    assertThat(learner.getField("SP_BIRTHDATE").get(null)).isEqualTo("birthdate");
    assertThat(learner.getField("SP_MOTHER_TONGUE").get(null)).isEqualTo("mother-tongue");
    assertThat(learner.getField("BIRTHDATE").get(null)).isInstanceOf(DateClientParam.class);
    assertThat(((Include) learner.getField("INCLUDE_GUARDIAN").get(null)).getValue())
        .isEqualTo("Learner:guardian");
  }

  @Test
  void childrenAreScannedWithTheirShape() {
    RuntimeResourceDefinition learner = ctx.getResourceDefinition("Learner");
    BaseRuntimeChildDefinition choice = learner.getChildByName("partTimeSpecialEducation[x]");
    BaseRuntimeChildDefinition guardian = learner.getChildByName("guardian");
    BaseRuntimeChildDefinition identifier = learner.getChildByName("identifier");

    assertThat(choice).isInstanceOf(RuntimeChildChoiceDefinition.class);
    assertThat(choice.getValidChildNames())
        .contains("partTimeSpecialEducationBoolean", "partTimeSpecialEducationCodeableConcept");
    assertThat(guardian).isInstanceOf(RuntimeChildResourceDefinition.class);
    assertThat(guardian.getMax()).isEqualTo(-1);
    assertThat(identifier.isSummary()).isTrue();
    assertThat(ctx.getResourceDefinition("StudyAttainment").getChildByName("learner").getMin())
        .isEqualTo(1);
  }
}
