package fi.polku.hub.problem;

import static fi.polku.hub.problem.LocalizedDetails.assertTranslated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import fi.polku.hub.api.ErrorInterceptor;
import fi.polku.hub.index.FhirPaths;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import fi.polku.hub.search.SearchParser;
import fi.polku.hub.write.BundleProcessor;
import fi.polku.hub.write.Condition;
import fi.polku.hub.write.EntrySearches;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hub's errors read in Finnish and Swedish to their end, detail included, on real error paths:
 * a condition, search values, a Bundle entry, a parser's message.
 */
class LocalizedDetailsTest {

  private static final FhirContext FHIR = HubModel.newFhirContext();
  private static SearchParser search;

  @BeforeAll
  static void registry() {
    List<String> types = new ArrayList<>();
    for (Class<? extends IBaseResource> t : HubModel.storedTypes()) {
      types.add(FHIR.getResourceType(t));
    }
    search =
        new SearchParser(
            new SearchParamRegistry(FHIR, ModelPackage.load(), types, new FhirPaths(FHIR)),
            20,
            1000);
  }

  // --- the check itself -------------------------------------------------------------------------

  @Test
  void anEnglishDetailInsideTheFinnishAndSwedishTextsFailsTheCheck() {
    HubException english =
        new HubException(
            HubCodes.BAD_REQUEST, Map.of("detail", "a delete needs Type/id or Type?condition"));
    HubException shortEnglish =
        new HubException(
            HubCodes.INVALID_SEARCH_VALUE,
            Map.of("parameter", "birthdate", "detail", "not a date: yesterday"));
    HubException halfTranslated =
        HubException.withDetail(
            HubCodes.BAD_REQUEST,
            new Text(
                "pyyntö hylättiin: the request is too large",
                "begäran avvisades: the request is too large",
                "the request is too large"));

    assertThatThrownBy(() -> assertTranslated(english)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertTranslated(shortEnglish, "birthdate", "yesterday"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertTranslated(halfTranslated)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aDetailTooShortToTellOrWithoutTheInsertedValuesFailsTheCheck() {
    HubException twoWords =
        HubException.withDetail(
            HubCodes.BAD_REQUEST, new Text("arvo puuttuu", "värde saknas", "no value"));
    HubException valueLost =
        HubException.withDetail(
            HubCodes.BAD_REQUEST,
            new Text(
                "parametrilla ei ole arvoa",
                "parametern saknar värde",
                "parameter x has no value"));

    assertThatThrownBy(() -> assertTranslated(twoWords)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertTranslated(valueLost, "x")).isInstanceOf(AssertionError.class);
  }

  // --- conditions -------------------------------------------------------------------------------

  @Test
  void aConditionOnAnotherTypeIsRefusedInTheClientsLanguage() {
    HubException e = refusal(() -> Condition.parse("Learner", "Person?identifier=s|v"));

    assertThat(e.code()).isEqualTo(HubCodes.INVALID_CONDITION);
    assertTranslated(e, "Person", "Learner");
    assertThat(e.text().fi())
        .isEqualTo("Virheellinen ehto: ehto koskee tyyppiä Person eikä tyyppiä Learner");
    assertThat(e.text().sv()).isEqualTo("Ogiltigt villkor: villkoret gäller Person, inte Learner");
    assertThat(e.text().en())
        .isEqualTo("Invalid condition: the condition is for Person, not Learner");
  }

  @Test
  void aConditionPartThatIsNoNameValuePairIsRefusedInTheClientsLanguage() {
    HubException e = refusal(() -> Condition.parse("Learner", "identifier"));

    assertTranslated(e, "identifier");
  }

  // --- search values ----------------------------------------------------------------------------

  @Test
  void aMalformedDateIsRefusedInTheClientsLanguage() {
    HubException e = refusal(() -> search("birthdate", "yesterday"));

    assertThat(e.code()).isEqualTo(HubCodes.INVALID_SEARCH_VALUE);
    assertTranslated(e, "birthdate", "yesterday");
    assertThat(e.text().fi())
        .isEqualTo("Hakuparametrin birthdate arvo on virheellinen: ei ole päivämäärä: yesterday");
    assertThat(e.text().sv())
        .isEqualTo("Värdet för sökparametern birthdate är ogiltigt: inte ett datum: yesterday");
  }

  @Test
  void aCountThatIsNoNumberAndAMalformedIncludeAreRefusedInTheClientsLanguage() {
    assertTranslated(refusal(() -> search("_count", "many")), "_count", "many");
    assertTranslated(refusal(() -> search("_include", "Learner")), "_include", "Learner");
    assertTranslated(refusal(() -> search("_total", "all")), "_total");
  }

  // --- Bundles ----------------------------------------------------------------------------------

  @Test
  void aBundleEntryWithoutItsRequestIsRefusedInTheClientsLanguageNamingTheEntry() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle.addEntry().setFullUrl("urn:uuid:1");
    BundleProcessor processor = new BundleProcessor(FHIR, null, null, Set.of("Learner"), 100, null);

    HubException e = refusal(() -> processor.process(bundle, false, "fi", EntrySearches.NONE));

    assertThat(e.code()).isEqualTo(HubCodes.INVALID_BUNDLE);
    assertTranslated(e, "request.method", "request.url");
    assertThat(e.text().fi())
        .isEqualTo(
            "Virheellinen kokoelma (Bundle): merkintä 0: request.method ja request.url ovat"
                + " pakollisia");
    assertThat(e.text().sv())
        .isEqualTo(
            "Ogiltig samling (Bundle): post 0: request.method och request.url är obligatoriska");
  }

  @Test
  void aBundleThatIsNeitherBatchNorTransactionIsRefusedInTheClientsLanguage() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    BundleProcessor processor = new BundleProcessor(FHIR, null, null, Set.of("Learner"), 100, null);

    assertTranslated(
        refusal(() -> processor.process(bundle, false, "fi", EntrySearches.NONE)),
        "transaction",
        "batch");
  }

  // --- library messages -------------------------------------------------------------------------

  @Test
  void aParsersEnglishMessageIsFramedInTheClientsLanguage() {
    SystemRequestDetails request = new SystemRequestDetails();
    request.addHeader("Accept-Language", "fi");
    InvalidRequestException thrown =
        new InvalidRequestException(
            "HAPI-0450: Failed to parse request body as JSON resource. Error was: HAPI-1861:"
                + " Failed to parse JSON encoded FHIR content: Unexpected end-of-input");

    BaseServerResponseException out = new ErrorInterceptor().convert(request, thrown);

    OperationOutcome oo = (OperationOutcome) out.getOperationOutcome();
    String message = "Failed to parse JSON encoded FHIR content: Unexpected end-of-input";
    assertThat(oo.getIssueFirstRep().getDetails().getText())
        .isEqualTo("Sisältöä ei voitu lukea FHIR-resurssina: jäsennin ilmoitti: " + message);
    assertThat(Details.parser(message).sv()).isEqualTo("tolken meddelade: " + message);
    assertThat(Details.parser(message).en()).isEqualTo(message);
  }

  private static void search(String name, String value) {
    search.parse("Learner", Map.of(name, List.of(value)), false);
  }

  private static HubException refusal(ThrowingCallable r) {
    HubException e = catchThrowableOfType(r, HubException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
