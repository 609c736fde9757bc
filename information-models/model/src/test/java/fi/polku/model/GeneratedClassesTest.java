package fi.polku.model;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.context.api.AddProfileTagEnum;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import fi.polku.model.generated.Learner;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.model.generated.StudyAttainment;
import fi.polku.model.generated.StudyAttainment.StudyAttainmentPartComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.SearchParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uses the generated classes in {@code fi.polku.model.generated} the way a server or client would:
 * HAPI's JSON and XML parsers, its FHIRPath engine, deep copies and the search parameters HAPI
 * reads from the classes' annotations.
 */
@ExtendWith(ModelTestExtension.class)
class GeneratedClassesTest {

  private static final String KOODISTO =
      "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";

  /** Own context: HAPI would otherwise add meta.profile to custom types when encoding. */
  private static final FhirContext CTX = newContext();

  private static FhirContext newContext() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    ctx.setAddProfileTagWhenEncoding(AddProfileTagEnum.NEVER);
    return ctx;
  }

  static Stream<Example> validExamples() {
    return Example.valid();
  }

  @Test
  void studyAttainmentRoundTripsThroughJson() {
    roundTrip(upperSecondarySyllabus(), CTX.newJsonParser());
  }

  @Test
  void studyAttainmentRoundTripsThroughXml() {
    roundTrip(upperSecondarySyllabus(), CTX.newXmlParser());
  }

  @Test
  void choiceElementIsEncodedUnderItsTypedName() {
    String json = CTX.newJsonParser().encodeResourceToString(upperSecondarySyllabus());
    String xml = CTX.newXmlParser().encodeResourceToString(upperSecondarySyllabus());

    assertThat(json).contains("\"partTimeSpecialEducationCodeableConcept\"");
    assertThat(xml).contains("<partTimeSpecialEducationCodeableConcept>");
    StudyAttainment parsed = CTX.newJsonParser().parseResource(StudyAttainment.class, json);
    assertThat(parsed.hasPartTimeSpecialEducationCodeableConcept()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validExamples")
  void everyValidExampleParsesIntoItsClassAndRoundTrips(Example example) {
    IParser json = CTX.newJsonParser();
    IBaseResource parsed = json.parseResource(example.json());

    assertThat(parsed.getClass().getSimpleName()).isEqualTo(example.resourceType());
    if (example.profile() == null) {
      assertThat(parsed.getClass().getPackageName()).isEqualTo("fi.polku.model.generated");
    }
    IBaseResource again = json.parseResource(json.encodeResourceToString(parsed));
    assertThat(((Base) again).equalsDeep((Base) parsed))
        .as("JSON round trip of %s", example)
        .isTrue();
    IParser xml = CTX.newXmlParser();
    IBaseResource viaXml = xml.parseResource(xml.encodeResourceToString(parsed));
    assertThat(((Base) viaXml).equalsDeep((Base) parsed))
        .as("XML round trip of %s", example)
        .isTrue();
  }

  @Test
  void fhirPathNavigatesNestedParts() {
    StudyAttainment sa = upperSecondarySyllabus();

    assertThat(strings(sa, "part.part.part.module.code.coding.code")).containsExactly("MAA5.1");
    assertThat(
            strings(sa, "part.where(module.code.coding.code = 'MA').part.module.code.coding.code"))
        .containsExactly("MAA2", "MAA5");
    // repeat() yields the nested parts at every depth, not the subjects it starts from.
    assertThat(strings(sa, "part.repeat(part).assessment.grade.coding.code"))
        .containsExactly("9", "8", "S");
    assertThat(strings(sa, "part.part.where(assessment.grade.coding.code = '9').module.code.text"))
        .containsExactly("Polynomifunktiot ja -yhtälöt");
  }

  @Test
  void fhirPathReadsTheChoiceElementByItsPlainName() {
    StudyAttainment sa = upperSecondarySyllabus();
    StudyAttainment withBoolean =
        upperSecondarySyllabus().setPartTimeSpecialEducation(new BooleanType(false));

    assertThat(fhirPath().evaluate(sa, "partTimeSpecialEducation", Base.class))
        .singleElement()
        .isInstanceOf(CodeableConcept.class);
    assertThat(strings(sa, "partTimeSpecialEducation.ofType(CodeableConcept).coding.code"))
        .containsExactly("1");
    assertThat(fhirPath().evaluate(withBoolean, "partTimeSpecialEducation", Base.class))
        .singleElement()
        .isInstanceOf(BooleanType.class);
    assertThat(strings(withBoolean, "partTimeSpecialEducation.ofType(CodeableConcept)")).isEmpty();
  }

  @Test
  void fhirPathComparesDatesAndQuantitiesOfTheModel() {
    StudyAttainment sa = upperSecondarySyllabus();

    assertThat(booleans(sa, "verification.date >= startDate")).containsExactly(true);
    assertThat(booleans(sa, "part.part.module.extent.value.aggregate($this + $total, 0) = 4"))
        .containsExactly(true);
    assertThat(booleans(sa, "part.part.part.exists() and part.part.part.part.empty()"))
        .containsExactly(true);
  }

  @Test
  void copyIsDeep() {
    StudyAttainment original = upperSecondarySyllabus();
    StudyAttainment copy = original.copy();

    assertThat(copy.equalsDeep(original)).isTrue();
    StudyAttainmentPartComponent deepest = copy.getPart().get(0).getPart().get(1).getPart().get(0);
    assertThat(deepest).isNotSameAs(original.getPart().get(0).getPart().get(1).getPart().get(0));
    assertThat(copy.getPartTimeSpecialEducation())
        .isNotSameAs(original.getPartTimeSpecialEducation());

    deepest.getAssessmentFirstRep().getGrade().getCodingFirstRep().setCode("H");
    copy.getPartTimeSpecialEducationCodeableConcept().getCodingFirstRep().setCode("2");
    assertThat(strings(original, "part.part.part.assessment.grade.coding.code"))
        .containsExactly("S");
    assertThat(strings(original, "partTimeSpecialEducation.ofType(CodeableConcept).coding.code"))
        .containsExactly("1");
    assertThat(copy.equalsDeep(original)).isFalse();
  }

  @Test
  void hapiExposesTheLearnerSearchParameters() {
    RuntimeSearchParam birthdate = CTX.getResourceDefinition("Learner").getSearchParam("birthdate");

    assertThat(birthdate).isNotNull();
    assertThat(birthdate.getParamType()).isEqualTo(RestSearchParameterTypeEnum.DATE);
    assertThat(birthdate.getPath()).isEqualTo("Learner.birthDate");
    assertThat(CTX.getResourceDefinition(Learner.class).getName()).isEqualTo("Learner");
  }

  /** The classes' annotations and the package must agree, or HAPI indexes other parameters. */
  @Test
  void hapiSearchParametersMatchThePackage(ModelPackage pkg) {
    Map<String, List<SearchParameter>> byType =
        pkg.searchParameters().stream()
            .filter(sp -> sp.getExpression().matches("^[A-Z][A-Za-z]*\\..*"))
            .collect(Collectors.groupingBy(sp -> sp.getExpression().split("\\.")[0]));

    assertThat(ModelPackageTest.RESOURCE_TYPES)
        .allSatisfy(
            type -> {
              RuntimeResourceDefinition def = CTX.getResourceDefinition(type);
              Map<String, RuntimeSearchParam> hapi =
                  def.getSearchParams().stream()
                      .collect(Collectors.toMap(RuntimeSearchParam::getName, Function.identity()));
              assertThat(byType.get(type)).as("package parameters of %s", type).isNotEmpty();
              for (SearchParameter sp : byType.get(type)) {
                assertThat(hapi).as("HAPI parameters of %s", type).containsKey(sp.getCode());
                RuntimeSearchParam rsp = hapi.get(sp.getCode());
                assertThat(rsp.getPath()).isEqualTo(sp.getExpression());
                assertThat(rsp.getParamType().getCode()).isEqualTo(sp.getType().toCode());
              }
            });
  }

  /**
   * A general upper secondary syllabus with the choice element, assessments on every level and
   * parts three levels deep: subject, national module, and a local study unit within the module.
   */
  private static StudyAttainment upperSecondarySyllabus() {
    StudyAttainment sa = new StudyAttainment();
    sa.setStudyRight(new Reference("StudyRight/sr-2"));
    sa.setLearner(new Reference("Learner/l-3").setDisplay("Otto Nieminen"));
    sa.setType(code("suorituksentyyppi", "lukionoppimaara"));
    sa.getModule().setCode(code("koulutus", "309902")).setCurriculumDiaryNumber("OPH-2263-2019");
    sa.getModule().setEducationType(code("koulutustyyppi", "2"));
    sa.setSchool(new Reference("Organization/org-tikkurila-lukio"));
    sa.setStartDateElement(new DateType("2021-08-11"));
    sa.setLanguageOfInstruction(code("kieli", "FI"));
    sa.setPartTimeSpecialEducation(code("osaaikainenerityisopetuslukuvuodenaikana", "1"));
    sa.addAssessment().setGrade(code("arviointiasteikkoyleissivistava", "9")).setAccepted(true);
    sa.getVerification().setDateElement(new DateType("2024-06-01"));
    sa.getVerification().setPlace(code("kunta", "092"));
    sa.getVerification().addSignatory().setName("Mikko Laaksonen").setTitle("rehtori");

    StudyAttainmentPartComponent maths = sa.addPart();
    maths.setType(code("suorituksentyyppi", "lukionoppiaine"));
    maths.getModule().setCode(code("koskioppiaineetyleissivistava", "MA")).setCompulsory(true);
    maths.addAssessment().setGrade(code("arviointiasteikkoyleissivistava", "9")).setAccepted(true);

    StudyAttainmentPartComponent maa2 = maths.addPart();
    maa2.setType(code("suorituksentyyppi", "lukionvaltakunnallinenmoduuli"));
    maa2.getModule()
        .setCode(code("moduulikoodistolops2021", "MAA2").setText("Polynomifunktiot ja -yhtälöt"))
        .setExtent(credits(2));
    maa2.addAssessment()
        .setGrade(code("arviointiasteikkoyleissivistava", "9"))
        .setDateElement(new DateType("2021-12-17"));

    StudyAttainmentPartComponent maa5 = maths.addPart();
    maa5.setType(code("suorituksentyyppi", "lukionvaltakunnallinenmoduuli"));
    maa5.getModule()
        .setCode(
            code("moduulikoodistolops2021", "MAA5").setText("Analyyttinen geometria ja vektorit"))
        .setExtent(credits(2));
    maa5.addAssessment()
        .setGrade(code("arviointiasteikkoyleissivistava", "8"))
        .setDateElement(new DateType("2022-10-14"));

    StudyAttainmentPartComponent local = maa5.addPart();
    local.setType(code("suorituksentyyppi", "lukionpaikallinenopintojakso"));
    local
        .getModule()
        .setCode(
            new CodeableConcept(
                    new Coding(
                        "https://polku.fi/fhir/source/wilma-vantaa/study-unit", "MAA5.1", null))
                .setText("Vektorilaskennan harjoituksia"))
        .setDescription("Koulun oma syventävä osio analyyttisen geometrian moduuliin.");
    local
        .addAssessment()
        .setGrade(code("arviointiasteikkoyleissivistava", "S"))
        .setDescription("Suoritettu hyväksytysti.");
    return sa;
  }

  private static void roundTrip(StudyAttainment original, IParser parser) {
    String first = parser.encodeResourceToString(original);
    StudyAttainment parsed = parser.parseResource(StudyAttainment.class, first);
    String second = parser.encodeResourceToString(parsed);
    StudyAttainment parsedAgain = parser.parseResource(StudyAttainment.class, second);

    assertThat(parsedAgain.equalsDeep(parsed)).isTrue();
    assertThat(parsed.equalsDeep(original))
        .as("parsed instance equals the one built in Java")
        .isTrue();
    assertThat(second).isEqualTo(first);
    assertThat(
            parsed.getPart().get(0).getPart().get(1).getPart().get(0).getModule().getDescription())
        .isEqualTo("Koulun oma syventävä osio analyyttisen geometrian moduuliin.");
  }

  private static CodeableConcept code(String koodisto, String code) {
    return new CodeableConcept(new Coding(KOODISTO + koodisto, code, null));
  }

  private static Quantity credits(int value) {
    return new Quantity()
        .setValue(value)
        .setUnit("opintopistettä")
        .setSystem(KOODISTO + "opintojenlaajuusyksikko")
        .setCode("2");
  }

  private static IFhirPath fhirPath() {
    return CTX.newFhirPath();
  }

  private static List<String> strings(Resource r, String expression) {
    return fhirPath().evaluate(r, expression, Base.class).stream()
        .map(Base::primitiveValue)
        .toList();
  }

  private static List<Boolean> booleans(Resource r, String expression) {
    return fhirPath().evaluate(r, expression, BooleanType.class).stream()
        .map(BooleanType::getValue)
        .toList();
  }
}
