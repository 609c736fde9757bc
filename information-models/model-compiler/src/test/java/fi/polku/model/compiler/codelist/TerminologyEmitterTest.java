package fi.polku.model.compiler.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r5.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.model.ValueSet.ConceptSetComponent;
import org.junit.jupiter.api.Test;

class TerminologyEmitterTest {

  private static final FhirContext CTX = FhirContext.forR5Cached();

  /** Loading the R5 core package takes a while: one validator for all tests. */
  private static FhirValidator validator;

  private final TerminologyEmitter emitter = new TerminologyEmitter("1.2.0");

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(CTX),
              new InMemoryTerminologyServerValidationSupport(CTX),
              new CommonCodeSystemsTerminologyService(CTX));
      validator = CTX.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
    return validator;
  }

  private static SkosCodeListReader.Result skos() {
    return new SkosCodeListReader("https://polku.fi/fhir", r -> new SourceLocation("t.ttl", "s"))
        .read(RDFDataMgr.loadModel(TestData.fixture("skos/codelists.ttl").toString()));
  }

  private static ConceptDefinitionComponent concept(CodeSystem cs, String code) {
    return cs.getConcept().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
  }

  private static List<ConceptPropertyComponent> property(
      ConceptDefinitionComponent c, String code) {
    return c.getProperty().stream().filter(p -> p.getCode().equals(code)).toList();
  }

  @Test
  void codeSystemHasTheListsIdentityAndAllCodes() {
    CodeSystem cs = emitter.codeSystem(TestData.list("kunta"));

    assertThat(cs.getIdPart()).isEqualTo("kunta");
    assertThat(cs.getUrl())
        .isEqualTo("https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta");
    assertThat(cs.getVersion()).isEqualTo("2");
    assertThat(cs.getName()).isEqualTo("Kunta");
    assertThat(cs.getTitle()).isEqualTo("kunta");
    assertThat(cs.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
    assertThat(cs.getContent()).isEqualTo(CodeSystemContentMode.COMPLETE);
    assertThat(cs.getCaseSensitive()).isTrue();
    assertThat(cs.getLanguage()).isEqualTo("fi");
    assertThat(cs.getValueSet()).isEqualTo("https://polku.fi/fhir/ValueSet/kunta");
    assertThat(cs.getCount()).isEqualTo(630);
    assertThat(cs.getConcept()).hasSize(630);
    assertThat(cs.getEffectivePeriod().getStartElement().getValueAsString())
        .isEqualTo("2018-02-08");
    assertThat(cs.getCopyright()).contains("EUPL-1.1, Opetushallitus");
  }

  @Test
  void conceptsShowFinnishAndDesignateEveryLanguageTheDataHas() {
    CodeSystem cs = emitter.codeSystem(TestData.list("kunta"));

    ConceptDefinitionComponent helsinki = concept(cs, "091");
    assertThat(helsinki.getDisplay()).isEqualTo("Helsinki");
    assertThat(helsinki.getDesignation())
        .extracting(
            ConceptDefinitionDesignationComponent::getLanguage,
            ConceptDefinitionDesignationComponent::getValue)
        .containsExactly(tuple("fi", "Helsinki"), tuple("sv", "Helsingfors"));
    assertThat(concept(cs, "200").getDesignation()).hasSize(3);
  }

  @Test
  void displayFallsBackToSwedishThenEnglishOnlyWithoutFinnish() {
    CodeList list =
        new CodeList(
            "fallback",
            "https://example.org/cs",
            "https://polku.fi/fhir/ValueSet/fallback",
            "1",
            new LocalizedText(null, null, "English title"),
            LocalizedText.EMPTY,
            null,
            null,
            List.of(),
            List.of(
                new Concept(
                    "a", new LocalizedText(null, "svenska", "English"), null, null, null, Map.of()),
                new Concept(
                    "b",
                    new LocalizedText(null, null, "only English"),
                    null,
                    null,
                    null,
                    Map.of())),
            "complete",
            "test");

    CodeSystem cs = emitter.codeSystem(list);

    assertThat(concept(cs, "a").getDisplay()).isEqualTo("svenska");
    assertThat(concept(cs, "b").getDisplay()).isEqualTo("only English");
    assertThat(cs.getTitle()).isEqualTo("English title");
    assertThat(cs.getTitleElement().getExtension()).isEmpty();
    assertThat(cs.hasDescription()).isFalse();
  }

  @Test
  void titleTranslationsUseTheStandardExtension() {
    CodeSystem cs = emitter.codeSystem(TestData.list("kunta"));

    List<Extension> translations =
        cs.getTitleElement().getExtensionsByUrl(TerminologyEmitter.TRANSLATION_EXTENSION);
    assertThat(translations)
        .extracting(
            e -> e.getExtensionByUrl("lang").getValue().primitiveValue(),
            e -> e.getExtensionByUrl("content").getValue().primitiveValue())
        .containsExactly(tuple("sv", "kommun"), tuple("en", "municipality"));
  }

  @Test
  void propertiesAreDeclaredAndTypedOnEachConcept() {
    CodeSystem cs = emitter.codeSystem(TestData.list("kunta"));

    assertThat(cs.getProperty())
        .extracting(CodeSystem.PropertyComponent::getCode)
        .containsExactly("includes", "within", "levelsWith", "region", "successor", "inactive");
    CodeSystem.PropertyComponent inactive = cs.getProperty().get(5);
    assertThat(inactive.getUri()).isEqualTo("http://hl7.org/fhir/concept-properties#inactive");
    assertThat(inactive.getType()).isEqualTo(CodeSystem.PropertyType.BOOLEAN);

    ConceptDefinitionComponent ahlainen = concept(cs, "001");
    assertThat(property(ahlainen, "successor").get(0).getValue())
        .isInstanceOf(CodeType.class)
        .extracting(v -> ((CodeType) v).getValue())
        .isEqualTo("609");
    assertThat(((BooleanType) property(ahlainen, "inactive").get(0).getValue()).booleanValue())
        .isTrue();
    assertThat(property(ahlainen, "region").get(0).getValue())
        .isInstanceOf(StringType.class)
        .extracting(v -> ((StringType) v).getValue())
        .isEqualTo("04");
    assertThat(property(ahlainen, "includes"))
        .extracting(p -> p.getValue().primitiveValue())
        .containsExactly("laani97_02", "maakunta_04");
  }

  @Test
  void externalListIsACodeSystemWithoutCodes() {
    CodeList external =
        skos().codeLists().stream()
            .filter(l -> l.id().equals("laajuusyksikko"))
            .findFirst()
            .orElseThrow();

    CodeSystem cs = emitter.codeSystem(external);

    assertThat(cs.getContent()).isEqualTo(CodeSystemContentMode.NOTPRESENT);
    assertThat(cs.getConcept()).isEmpty();
    assertThat(cs.hasCount()).isFalse();
    assertThat(cs.hasVersion()).isFalse();
    assertThat(emitter.valueSet(external).getCompose().getIncludeFirstRep().hasVersion()).isFalse();
  }

  @Test
  void valueSetOfAListIncludesItsWholeSystemAtItsVersion() {
    ValueSet vs = emitter.valueSet(TestData.list("kunta"));

    assertThat(vs.getUrl()).isEqualTo("https://polku.fi/fhir/ValueSet/kunta");
    assertThat(vs.getVersion()).isEqualTo("2");
    assertThat(vs.getName()).isEqualTo("Kunta");
    assertThat(vs.getTitle()).isEqualTo("kunta");
    assertThat(vs.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
    assertThat(vs.getCompose().getInclude()).hasSize(1);
    ConceptSetComponent include = vs.getCompose().getIncludeFirstRep();
    assertThat(include.getSystem())
        .isEqualTo("https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta");
    assertThat(include.getVersion()).isEqualTo("2");
    assertThat(include.hasConcept()).isFalse();
    assertThat(include.hasFilter()).isFalse();
  }

  @Test
  void valueSetDefinitionIncludesEachSystemPinnedWhereKnown() {
    ValueSetDef def = skos().valueSets().get(0);
    String grades =
        "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/perusopetuksenluokkaaste";

    ValueSet vs = emitter.valueSet(def, Map.of(grades, "1"));

    assertThat(vs.getUrl()).isEqualTo("https://polku.fi/fhir/ValueSet/attainment-module");
    assertThat(vs.getVersion()).isEqualTo("1.2.0");
    assertThat(vs.getName()).isEqualTo("AttainmentModule");
    assertThat(vs.getCompose().getInclude())
        .extracting(ConceptSetComponent::getSystem, ConceptSetComponent::getVersion)
        .containsExactly(
            tuple(
                "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/koskioppiaineetyleissivistava",
                null),
            tuple(grades, "1"));
  }

  @Test
  void fhirNamesAreUpperCamelAscii() {
    assertThat(TerminologyEmitter.fhirName("kunta")).isEqualTo("Kunta");
    assertThat(TerminologyEmitter.fhirName("organisation-type")).isEqualTo("OrganisationType");
    assertThat(TerminologyEmitter.fhirName("äidinkieli.vanha")).isEqualTo("AidinkieliVanha");
    assertThat(TerminologyEmitter.fhirName("2019-kurssit")).isEqualTo("Code2019Kurssit");
  }

  @Test
  void emittingTwiceGivesIdenticalJsonInAStableOrder() {
    List<CodeList> lists = TestData.koodisto();
    IParser parser = CTX.newJsonParser();

    List<CanonicalResource> first = emitter.emit(lists, skos().valueSets());
    List<CodeList> reversed = new ArrayList<>(lists);
    Collections.reverse(reversed);
    List<CanonicalResource> second = emitter.emit(reversed, skos().valueSets());

    assertThat(first).hasSize(2 * 18 + 1);
    assertThat(first.get(0)).isInstanceOf(CodeSystem.class);
    assertThat(first.get(first.size() - 1)).isInstanceOf(ValueSet.class);
    for (int i = 0; i < first.size(); i++) {
      assertThat(parser.encodeResourceToString(second.get(i)))
          .isEqualTo(parser.encodeResourceToString(first.get(i)));
    }
  }

  @Test
  void emittedResourcesParseBackUnchanged() {
    IParser parser = CTX.newJsonParser();
    for (CanonicalResource r : emitter.emit(TestData.koodisto(), skos().valueSets())) {
      String json = parser.encodeResourceToString(r);
      CanonicalResource parsed = (CanonicalResource) parser.parseResource(json);

      assertThat(parsed.fhirType()).isEqualTo(r.fhirType());
      assertThat(parsed.getUrl()).isEqualTo(r.getUrl());
      assertThat(parser.encodeResourceToString(parsed)).as(r.getUrl()).isEqualTo(json);
    }
  }

  @Test
  void emittedResourcesPassTheFhirValidator() {
    SkosCodeListReader.Result skos = skos();
    List<Resource> resources =
        List.of(
            emitter.codeSystem(TestData.list("kunta")),
            emitter.valueSet(TestData.list("kunta")),
            emitter.codeSystem(TestData.list("kieli")),
            emitter.codeSystem(TestData.list("koskiopiskeluoikeudentila")),
            emitter.codeSystem(skos.codeLists().get(0)),
            emitter.codeSystem(skos.codeLists().get(1)),
            emitter.valueSet(skos.codeLists().get(1)),
            emitter.valueSet(skos.valueSets().get(0), Map.of()));

    for (Resource resource : resources) {
      ValidationResult result = validator().validateWithResult(resource);
      List<String> errors =
          result.getMessages().stream()
              .filter(
                  m ->
                      m.getSeverity() == ResultSeverityEnum.ERROR
                          || m.getSeverity() == ResultSeverityEnum.FATAL)
              .map(SingleValidationMessage::toString)
              .toList();

      assertThat(errors).as(((CanonicalResource) resource).getUrl()).isEmpty();
    }
  }

  @Test
  void theValidatorDoesCatchABrokenCodeSystem() {
    // A negative control, so that the test above cannot pass by validating nothing.
    CodeSystem cs = emitter.codeSystem(TestData.list("perusopetuksenluokkaaste"));
    cs.setCount(3);

    ValidationResult result = validator().validateWithResult(cs);

    assertThat(result.getMessages()).anyMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR);
  }
}
