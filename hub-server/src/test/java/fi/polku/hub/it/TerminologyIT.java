package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.TerminologyCapabilities;
import org.hl7.fhir.r5.model.UriType;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.model.ValueSet.ValueSetExpansionContainsComponent;
import org.junit.jupiter.api.Test;

/**
 * The terminology operations over HTTP: $lookup, $validate-code, $expand,
 * metadata?mode=terminology, and their errors (and $translate's) in fi/sv/en. The model's code
 * lists live in memory, so the embedded database is enough.
 */
class TerminologyIT {

  private static final String ABSENCE = "https://polku.fi/fhir/CodeSystem/absence-reason";
  private static final String KUNTA =
      "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta";
  private static final String KUNTA_VS = "https://polku.fi/fhir/ValueSet/kunta";

  private final RunningHub hub = RunningHub.on(Db.H2);
  private final IGenericClient client = hub.client();

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path, String lang) {
    var request = hub.request(path).header("Accept", "application/fhir+json");
    if (lang != null) {
      request.header("Accept-Language", lang);
    }
    return hub.send(request.GET());
  }

  private static <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(
      Class<T> type, HttpResponse<String> r) {
    return RunningHub.FHIR.newJsonParser().parseResource(type, r.body());
  }

  private static String string(Parameters p, String name) {
    return p.getParameter(name) == null ? null : p.getParameter(name).getValue().primitiveValue();
  }

  private static void assertProblem(
      HttpResponse<String> r, HubCode code, String lang, String text) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(code.status());
    OperationOutcome oo = parse(OperationOutcome.class, r);
    assertThat(oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo(code.code());
    assertThat(oo.getIssueFirstRep().getDetails().getText()).as(lang).isEqualTo(text);
  }

  @Test
  void lookupGivesTheDisplayAndADesignationPerLanguage() {
    Parameters p =
        client
            .operation()
            .onType(CodeSystem.class)
            .named("$lookup")
            .withParameter(Parameters.class, "system", new UriType(ABSENCE))
            .andParameter("code", new CodeType("illness"))
            .andParameter("displayLanguage", new CodeType("sv"))
            .useHttpGet()
            .execute();

    assertThat(string(p, "name")).isEqualTo("AbsenceReason");
    assertThat(string(p, "version")).isEqualTo("1.0.0");
    assertThat(string(p, "display")).isEqualTo("sjukdom");
    assertThat(p.getParameters("designation"))
        .extracting(d -> d.getPart().get(0).getValue().primitiveValue())
        .containsExactly("fi", "sv", "en");
  }

  @Test
  void lookupOnAnInstanceTakesTheLanguageFromAcceptLanguageAndListsProperties() {
    HttpResponse<String> r = get("CodeSystem/kunta/$lookup?code=091", "sv-FI,sv;q=0.9");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Parameters p = parse(Parameters.class, r);
    assertThat(string(p, "display")).isEqualTo("Helsingfors");
    assertThat(p.getParameters("property"))
        .extracting(x -> x.getPart().get(0).getValue().primitiveValue())
        .contains("region");
  }

  @Test
  void lookupByCodingPosted() {
    Parameters p =
        client
            .operation()
            .onType(CodeSystem.class)
            .named("$lookup")
            .withParameter(Parameters.class, "coding", new Coding(KUNTA, "092", null))
            .execute();

    assertThat(string(p, "display")).isEqualTo("Vantaa");
  }

  @Test
  void validateCodeIsTrueForAKnownCodeAndFalseWithAFinnishMessageForAnUnknownOne() {
    Parameters ok =
        client
            .operation()
            .onType(ValueSet.class)
            .named("$validate-code")
            .withParameter(Parameters.class, "url", new UriType(KUNTA_VS))
            .andParameter("system", new UriType(KUNTA))
            .andParameter("code", new CodeType("091"))
            .useHttpGet()
            .execute();
    Parameters unknown =
        parse(
            Parameters.class,
            get("CodeSystem/$validate-code?url=" + enc(ABSENCE) + "&code=holiday", "fi"));
    Parameters wrongDisplay =
        parse(
            Parameters.class,
            get("CodeSystem/absence-reason/$validate-code?code=illness&display=flunssa", "fi"));

    assertThat(string(ok, "result")).isEqualTo("true");
    assertThat(string(ok, "display")).isEqualTo("Helsinki");
    assertThat(string(unknown, "result")).isEqualTo("false");
    assertThat(string(unknown, "message"))
        .isEqualTo("Koodi holiday ei kuulu koodistoon " + ABSENCE + ".");
    assertThat(string(wrongDisplay, "result")).isEqualTo("false");
    assertThat(string(wrongDisplay, "display")).isEqualTo("sairaus");
    assertThat(string(wrongDisplay, "message")).startsWith("Näyttönimi \"flunssa\" ei ole");
  }

  @Test
  void validateCodeAcceptsAPostedCodeableConcept() {
    Parameters p =
        client
            .operation()
            .onInstance("ValueSet/absence-reason")
            .named("$validate-code")
            .withParameter(
                Parameters.class,
                "codeableConcept",
                new org.hl7.fhir.r5.model.CodeableConcept()
                    .addCoding(new Coding(ABSENCE, "illness", "illness")))
            .andParameter("lenient-display-validation", new BooleanType(true))
            .execute();

    assertThat(string(p, "result")).isEqualTo("true");
  }

  @Test
  void expandFiltersAndPagesWithTheTotalOfTheFilteredCodes() {
    ValueSet all =
        client
            .operation()
            .onType(ValueSet.class)
            .named("$expand")
            .withParameter(Parameters.class, "url", new UriType(KUNTA_VS))
            .andParameter("filter", new StringType("van"))
            .andParameter("displayLanguage", new CodeType("sv"))
            .useHttpGet()
            .returnResourceType(ValueSet.class)
            .execute();
    HttpResponse<String> r =
        get("ValueSet/kunta/$expand?filter=VAN&count=2&offset=1&displayLanguage=sv", null);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    ValueSet page = parse(ValueSet.class, r);
    assertThat(all.getExpansion().getTotal()).isGreaterThan(3);
    assertThat(page.getExpansion().getTotal()).isEqualTo(all.getExpansion().getTotal());
    assertThat(page.getExpansion().getContains())
        .extracting(ValueSetExpansionContainsComponent::getCode)
        .containsExactly(
            all.getExpansion().getContains().get(1).getCode(),
            all.getExpansion().getContains().get(2).getCode());
    assertThat(page.getExpansion().getContains())
        .allSatisfy(c -> assertThat(c.getSystem()).isEqualTo(KUNTA));
  }

  @Test
  void metadataInTerminologyModeListsTheCodeSystemsAndTheOrdinaryOneTheOperations() {
    HttpResponse<String> r = get("metadata?mode=terminology", null);
    CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    TerminologyCapabilities tc = parse(TerminologyCapabilities.class, r);
    assertThat(tc.getCodeSystem())
        .filteredOn(c -> c.getUri().equals(ABSENCE))
        .singleElement()
        .satisfies(c -> assertThat(c.getVersionFirstRep().getCode()).isEqualTo("1.0.0"));
    assertThat(tc.getExpansion().getParameter())
        .extracting(p -> p.getName())
        .contains("filter", "count", "offset", "displayLanguage");
    CapabilityStatementRestResourceComponent valueSet =
        cs.getRestFirstRep().getResource().stream()
            .filter(x -> x.getType().equals("ValueSet"))
            .findFirst()
            .orElseThrow();
    assertThat(valueSet.getOperation())
        .extracting(CapabilityStatementRestResourceOperationComponent::getName)
        .contains("expand", "validate-code");
  }

  @Test
  void errorsAreInTheClientsLanguage() {
    String unknownUrl = "CodeSystem/$lookup?system=" + enc("https://example.org/x") + "&code=a";
    assertProblem(
        get(unknownUrl, "fi"),
        HubCodes.NOT_FOUND,
        "fi",
        "Resurssia CodeSystem?url=https://example.org/x ei ole.");
    assertProblem(
        get("CodeSystem/$lookup?system=" + enc(ABSENCE), "sv"),
        HubCodes.BAD_REQUEST,
        "sv",
        "Ogiltig begäran: parametern code saknas");
    assertProblem(
        get("CodeSystem/absence-reason/$lookup?code=nope", "en"),
        HubCodes.UNKNOWN_CODE,
        "en",
        "The code system " + ABSENCE + " has no code nope.");
    assertProblem(
        get("ValueSet/$expand?url=" + enc(KUNTA_VS) + "&count=-1", "fi"),
        HubCodes.BAD_REQUEST,
        "fi",
        "Virheellinen pyyntö: parametrin count arvo ei voi olla negatiivinen: -1");
    assertProblem(
        get("ValueSet/study-method/$expand", "fi"),
        HubCodes.CODES_NOT_IN_MODEL,
        "fi",
        HubCodes.CODES_NOT_IN_MODEL
            .message()
            .format(
                java.util.Map.of(
                    "system",
                    "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/"
                        + "ammatillisentutkinnonsuoritustapa"))
            .fi());
  }

  @Test
  void translateErrorsAndItsMessageAreInTheClientsLanguage() {
    for (String[] row :
        List.of(
            new String[] {"fi", "Virheellinen pyyntö: parametri sourceCode tai code puuttuu"},
            new String[] {"sv", "Ogiltig begäran: parametern sourceCode eller code saknas"},
            new String[] {"en", "Invalid request: the parameter sourceCode or code is missing"})) {
      assertProblem(get("ConceptMap/$translate", row[0]), HubCodes.BAD_REQUEST, row[0], row[1]);
    }
    assertProblem(
        get("ConceptMap/none/$translate?sourceCode=S", "sv"),
        HubCodes.NOT_FOUND,
        "sv",
        "Resursen ConceptMap/none finns inte.");
    Parameters failed =
        parse(
            Parameters.class,
            get("ConceptMap/register-absence-reason/$translate?sourceCode=no-such", "fi"));
    assertThat(string(failed, "result")).isEqualTo("false");
    assertThat(string(failed, "message")).isEqualTo("Koodille no-such ei ole vastinetta.");
  }

  @Test
  void aCountThatIsNotANumberIsAnInvalidRequest() {
    assertProblem(
        get("ValueSet/kunta/$expand?count=abc", "fi"),
        HubCodes.BAD_REQUEST,
        "fi",
        "Virheellinen pyyntö: parametrin count arvo ei ole kokonaisluku: abc");
  }
}
