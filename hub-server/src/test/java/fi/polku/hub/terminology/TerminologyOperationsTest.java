package fi.polku.hub.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.polku.hub.api.ConformanceResources;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.LocalizedDetails;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.UriType;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.model.ValueSet.ValueSetExpansionContainsComponent;
import org.junit.jupiter.api.Test;

/** $lookup, $validate-code and $expand on the compiled model's code systems and value sets. */
class TerminologyOperationsTest {

  static final String ABSENCE = "https://polku.fi/fhir/CodeSystem/absence-reason";
  static final String KUNTA = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta";
  static final String KUNTA_VS = "https://polku.fi/fhir/ValueSet/kunta";
  static final String ABSENCE_VS = "https://polku.fi/fhir/ValueSet/absence-reason";
  static final String NOT_PRESENT =
      "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/aineryhmaib";

  private static final Terminology TERMINOLOGY = terminology();
  private final CodeSystemOperations codeSystems = new CodeSystemOperations(TERMINOLOGY);
  private final ValueSetOperations valueSets = new ValueSetOperations(TERMINOLOGY);

  static Terminology terminology() {
    ConformanceResources r =
        new ConformanceResources(HubModel.newFhirContext(), ModelPackage.load());
    return new Terminology(r.of("CodeSystem"), r.of("ValueSet"));
  }

  private static SystemRequestDetails accepting(String lang) {
    SystemRequestDetails r = new SystemRequestDetails();
    if (lang != null) {
      r.addHeader("Accept-Language", lang);
    }
    return r;
  }

  private static String string(Parameters p, String name) {
    return p.getParameter(name) == null ? null : p.getParameter(name).getValue().primitiveValue();
  }

  private static HubException failure(ThrowingCallable call) {
    return catchThrowableOfType(call, HubException.class);
  }

  /** {@code CodeSystem/$validate-code?url=&code=&display=} from a client accepting {@code lang}. */
  private Parameters validateInCodeSystem(String url, String code, String display, String lang) {
    return codeSystems.validateCode(
        null,
        new UriType(url),
        new CodeType(code),
        null,
        display == null ? null : new StringType(display),
        null,
        null,
        null,
        null,
        accepting(lang));
  }

  @Test
  void lookupGivesTheNameVersionDisplayInTheAskedLanguageAndEveryDesignation() {
    Parameters p =
        codeSystems.lookup(
            null,
            new CodeType("illness"),
            new UriType(ABSENCE),
            null,
            new CodeType("sv"),
            null,
            accepting(null));

    assertThat(string(p, "name")).isEqualTo("AbsenceReason");
    assertThat(string(p, "version")).isEqualTo("1.0.0");
    assertThat(string(p, "display")).isEqualTo("sjukdom");
    assertThat(p.getParameters("designation"))
        .extracting(d -> d.getPart().get(0).getValue().primitiveValue())
        .containsExactly("fi", "sv", "en");
    assertThat(p.getParameters("designation"))
        .extracting(d -> d.getPart().get(1).getValue().primitiveValue())
        .containsExactly("sairaus", "sjukdom", "illness");
  }

  @Test
  void lookupTakesTheLanguageFromAcceptLanguageElseTheCodeSystemsOwn() {
    Parameters english =
        codeSystems.lookup(
            new IdType("absence-reason"),
            new CodeType("illness"),
            null,
            null,
            null,
            null,
            accepting("de-DE, en;q=0.5"));
    Parameters own =
        codeSystems.lookup(
            null,
            (CodeType) null,
            null,
            new Coding(ABSENCE, "illness", null),
            null,
            null,
            accepting(null));

    assertThat(string(english, "display")).isEqualTo("illness");
    assertThat(string(own, "display")).isEqualTo("sairaus");
  }

  @Test
  void lookupListsTheConceptsProperties() {
    Parameters p =
        codeSystems.lookup(
            null, new CodeType("091"), new UriType(KUNTA), null, null, null, accepting("sv"));

    assertThat(string(p, "display")).isEqualTo("Helsingfors");
    List<ParametersParameterComponent> properties = p.getParameters("property");
    assertThat(properties)
        .extracting(x -> x.getPart().get(0).getValue().primitiveValue())
        .contains("region", "within");
  }

  @Test
  void lookupGivesOnlyThePropertiesAsked() {
    Parameters p =
        codeSystems.lookup(
            null,
            new CodeType("091"),
            new UriType(KUNTA),
            null,
            null,
            List.of(new CodeType("region")),
            accepting("sv"));

    assertThat(p.getParameters("property"))
        .singleElement()
        .satisfies(x -> assertThat(x.getPart().get(1).getValue().primitiveValue()).isEqualTo("01"));
    assertThat(p.getParameters("designation")).isEmpty();
  }

  @Test
  void aMalformedCountOrFlagInTheUrlIsAnInvalidRequestInEachLanguage() {
    OperationParameterCheck check = new OperationParameterCheck();
    SystemRequestDetails count = new SystemRequestDetails();
    count.setOperation("$expand");
    count.setParameters(Map.of("count", new String[] {"abc"}));
    SystemRequestDetails flag = new SystemRequestDetails();
    flag.setOperation("$validate-code");
    flag.setParameters(Map.of("lenient-display-validation", new String[] {"yes"}));
    SystemRequestDetails fine = new SystemRequestDetails();
    fine.setOperation("$expand");
    fine.setParameters(Map.of("count", new String[] {"10"}, "activeOnly", new String[] {"true"}));

    HubException badCount = failure(() -> check.check(count));
    HubException badFlag = failure(() -> check.check(flag));

    assertThat(badCount.code()).isEqualTo(HubCodes.BAD_REQUEST);
    LocalizedDetails.assertTranslated(badCount, "count", "abc");
    LocalizedDetails.assertTranslated(badFlag, "lenient-display-validation", "yes");
    assertThat(check.check(fine)).isTrue();
    assertThat(check.check(new SystemRequestDetails())).as("a read names no operation").isTrue();
  }

  @Test
  void lookupOfAnUnknownCodeIsNotFound() {
    HubException e =
        failure(
            () ->
                codeSystems.lookup(
                    null,
                    new CodeType("nope"),
                    new UriType(ABSENCE),
                    null,
                    null,
                    null,
                    accepting(null)));

    assertThat(e.code()).isEqualTo(HubCodes.UNKNOWN_CODE);
    assertThat(e.code().status()).isEqualTo(404);
    assertThat(e.text().fi()).isEqualTo("Koodistossa " + ABSENCE + " ei ole koodia nope.");
  }

  @Test
  void lookupInAnUnknownCodeSystemIsNotFoundAndInOneWithoutCodesIsRefused() {
    HubException unknown =
        failure(
            () ->
                codeSystems.lookup(
                    null,
                    new CodeType("x"),
                    new UriType("https://example.org/cs"),
                    null,
                    null,
                    null,
                    null));
    HubException notPresent =
        failure(
            () ->
                codeSystems.lookup(
                    null, new CodeType("x"), new UriType(NOT_PRESENT), null, null, null, null));

    assertThat(unknown.code()).isEqualTo(HubCodes.NOT_FOUND);
    assertThat(unknown.text().en()).contains("CodeSystem?url=https://example.org/cs");
    assertThat(notPresent.code()).isEqualTo(HubCodes.CODES_NOT_IN_MODEL);
    assertThat(notPresent.code().status()).isEqualTo(422);
  }

  @Test
  void aMissingCodeIsAnInvalidRequestNamingTheParameterInEachLanguage() {
    HubException e =
        failure(() -> codeSystems.lookup(null, null, new UriType(ABSENCE), null, null, null, null));

    assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
    assertThat(e.text().fi()).isEqualTo("Virheellinen pyyntö: parametri code puuttuu");
    LocalizedDetails.assertTranslated(e, "code");
  }

  @Test
  void validateCodeInACodeSystemAcceptsAKnownCodeAndGivesItsDisplay() {
    Parameters p = validateInCodeSystem(ABSENCE, "illness", null, "fi");

    assertThat(string(p, "result")).isEqualTo("true");
    assertThat(string(p, "display")).isEqualTo("sairaus");
    assertThat(p.getParameter("message")).isNull();
  }

  @Test
  void validateCodeOfAnUnknownCodeIsFalseWithAMessageInTheClientsLanguage() {
    Parameters p = validateInCodeSystem(ABSENCE, "holiday", null, "fi");

    assertThat(string(p, "result")).isEqualTo("false");
    assertThat(string(p, "message"))
        .isEqualTo("Koodi holiday ei kuulu koodistoon " + ABSENCE + ".");
  }

  @Test
  void aWrongDisplayMakesTheResultFalseUnlessLenientAndANameInAnyLanguageIsRight() {
    Parameters wrong = validateInCodeSystem(ABSENCE, "illness", "flunssa", "sv");
    Parameters lenient =
        codeSystems.validateCode(
            new IdType("absence-reason"),
            null,
            new CodeType("illness"),
            null,
            new StringType("flunssa"),
            null,
            null,
            null,
            new BooleanType(true),
            accepting("sv"));
    Parameters swedish = validateInCodeSystem(ABSENCE, "illness", "Sjukdom", "fi");

    assertThat(string(wrong, "result")).isEqualTo("false");
    assertThat(string(wrong, "display")).isEqualTo("sjukdom");
    assertThat(string(wrong, "message"))
        .isEqualTo(
            "Visningsnamnet \"flunssa\" är inte ett namn på koden "
                + ABSENCE
                + "#illness; rätt namn är \"sjukdom\".");
    assertThat(string(lenient, "result")).isEqualTo("true");
    assertThat(string(lenient, "message")).startsWith("Visningsnamnet \"flunssa\"");
    assertThat(string(swedish, "result")).isEqualTo("true");
  }

  @Test
  void validateCodeInAValueSetChecksTheSystemAndTheMembership() {
    Parameters member =
        valueSets.validateCode(
            null,
            new UriType(KUNTA_VS),
            new CodeType("091"),
            new UriType(KUNTA),
            null,
            null,
            null,
            null,
            null,
            accepting("en"));
    Parameters withoutSystem =
        valueSets.validateCode(
            new IdType("kunta"),
            null,
            new CodeType("092"),
            null,
            null,
            null,
            null,
            null,
            null,
            accepting("en"));
    Parameters otherSystem =
        valueSets.validateCode(
            null,
            new UriType(KUNTA_VS),
            null,
            null,
            null,
            new Coding(ABSENCE, "illness", null),
            null,
            new CodeType("fi"),
            null,
            accepting("en"));
    Parameters concept =
        valueSets.validateCode(
            null,
            new UriType(ABSENCE_VS),
            null,
            null,
            null,
            null,
            new CodeableConcept()
                .addCoding(new Coding(KUNTA, "091", null))
                .addCoding(new Coding(ABSENCE, "illness", null)),
            null,
            null,
            accepting("en"));

    assertThat(string(member, "result")).isEqualTo("true");
    assertThat(string(member, "display")).isEqualTo("Helsinki");
    assertThat(string(withoutSystem, "result")).isEqualTo("true");
    assertThat(string(withoutSystem, "system")).isEqualTo(KUNTA);
    assertThat(string(otherSystem, "result")).isEqualTo("false");
    assertThat(string(otherSystem, "message"))
        .isEqualTo("Koodi " + ABSENCE + "#illness ei kuulu arvojoukkoon " + KUNTA_VS + ".");
    assertThat(string(concept, "result")).isEqualTo("true");
    assertThat(string(concept, "code")).isEqualTo("illness");
  }

  @Test
  void aValueSetOverSeveralCodeSystemsChecksTheCodesOfThoseTheModelCarries() {
    String grades =
        "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/arviointiasteikkoyleissivistava";
    Parameters p =
        valueSets.validateCode(
            null,
            new UriType("https://polku.fi/fhir/ValueSet/assessment-grade"),
            new CodeType("4"),
            new UriType(grades),
            null,
            null,
            null,
            null,
            null,
            accepting("en"));

    assertThat(string(p, "result")).isEqualTo("true");
    assertThat(string(p, "display")).isNotBlank();
  }

  @Test
  void expandListsEveryCodeWithTotalInTheChosenLanguage() {
    ValueSet vs =
        valueSets.expand(
            null,
            new UriType(ABSENCE_VS),
            null,
            null,
            null,
            new CodeType("en"),
            null,
            accepting(null));

    assertThat(vs.getExpansion().getTotal()).isEqualTo(6);
    assertThat(vs.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getCode)
        .contains("illness", "leave-granted");
    assertThat(vs.getExpansion().getContains().get(0).getDisplay()).isEqualTo("illness");
    assertThat(vs.getExpansion().getContains().get(0).getSystem()).isEqualTo(ABSENCE);
  }

  @Test
  void expandFiltersByCodeOrDisplayIgnoringCaseAndPages() {
    ValueSet all =
        valueSets.expand(
            new IdType("kunta"),
            null,
            new StringType("VAN"),
            null,
            null,
            new CodeType("sv"),
            null,
            accepting(null));
    ValueSet page =
        valueSets.expand(
            new IdType("kunta"),
            null,
            new StringType("VAN"),
            new IntegerType(2),
            new IntegerType(1),
            new CodeType("sv"),
            null,
            accepting(null));
    ValueSet byCode =
        valueSets.expand(
            null,
            new UriType(KUNTA_VS),
            new StringType("091"),
            null,
            null,
            null,
            null,
            accepting("fi"));

    int total = all.getExpansion().getTotal();
    assertThat(total).isGreaterThan(3);
    assertThat(all.getExpansion().getContains())
        .allSatisfy(
            c -> assertThat(c.getCode() + " " + c.getDisplay().toLowerCase()).contains("van"));
    assertThat(page.getExpansion().getTotal()).isEqualTo(total);
    assertThat(page.getExpansion().getOffset()).isEqualTo(1);
    assertThat(page.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getCode)
        .containsExactly(
            all.getExpansion().getContains().get(1).getCode(),
            all.getExpansion().getContains().get(2).getCode());
    assertThat(byCode.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getDisplay)
        .containsExactly("Helsinki");
  }

  @Test
  void activeOnlyLeavesOutInactiveCodes() {
    ValueSet all = valueSets.expand(new IdType("kunta"), null, null, null, null, null, null, null);
    ValueSet active =
        valueSets.expand(
            new IdType("kunta"), null, null, null, null, null, new BooleanType(true), null);

    assertThat(active.getExpansion().getTotal()).isLessThan(all.getExpansion().getTotal());
    assertThat(all.getExpansion().getContains()).anyMatch(c -> c.getInactive());
    assertThat(active.getExpansion().getContains()).noneMatch(c -> c.getInactive());
  }

  @Test
  void expandOfAValueSetWithCodesTheModelLacksIsRefused() {
    HubException e =
        failure(
            () ->
                valueSets.expand(
                    null,
                    new UriType("https://polku.fi/fhir/ValueSet/study-method"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));

    assertThat(e.code()).isEqualTo(HubCodes.CODES_NOT_IN_MODEL);
  }

  @Test
  void aNegativeCountAndAMissingUrlAreInvalidRequestsInEachLanguage() {
    HubException negative =
        failure(
            () ->
                valueSets.expand(
                    null,
                    new UriType(ABSENCE_VS),
                    null,
                    new IntegerType(-1),
                    null,
                    null,
                    null,
                    null));
    HubException noUrl =
        failure(() -> valueSets.expand(null, (UriType) null, null, null, null, null, null, null));

    assertThat(negative.code()).isEqualTo(HubCodes.BAD_REQUEST);
    LocalizedDetails.assertTranslated(negative, "count", "-1");
    assertThat(noUrl.code()).isEqualTo(HubCodes.BAD_REQUEST);
    LocalizedDetails.assertTranslated(noUrl, "url");
  }

  @Test
  void aValueSetDefinedByFiltersIsNotExpandedWrongly() {
    ValueSet filtered = new ValueSet();
    filtered.setId("filtered");
    filtered.setUrl("https://example.org/vs/filtered");
    filtered
        .getCompose()
        .addInclude()
        .setSystem(ABSENCE)
        .addFilter()
        .setProperty("concept")
        .setValue("illness");
    Terminology t = new Terminology(Map.of(), Map.of("filtered", filtered));

    HubException e =
        failure(
            () ->
                new ValueSetOperations(t)
                    .expand(new IdType("filtered"), null, null, null, null, null, null, null));

    assertThat(e.code()).isEqualTo(HubCodes.NOT_IMPLEMENTED);
    LocalizedDetails.assertTranslated(e, "https://example.org/vs/filtered");
  }

  @Test
  void theTerminologyStatementListsEveryCodeSystemWithItsVersion() {
    var tc = TerminologyStatement.build(TERMINOLOGY, "1.0.0");

    assertThat(tc.getCodeSystem()).hasSize(TERMINOLOGY.codeSystems().size());
    assertThat(tc.getCodeSystem())
        .filteredOn(c -> c.getUri().equals(ABSENCE))
        .singleElement()
        .satisfies(c -> assertThat(c.getVersionFirstRep().getCode()).isEqualTo("1.0.0"));
    assertThat(tc.getExpansion().getParameter())
        .extracting(p -> p.getName())
        .contains("filter", "count", "offset", "displayLanguage");
  }
}
