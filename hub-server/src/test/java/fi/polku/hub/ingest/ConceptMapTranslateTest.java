package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.LocalizedDetails;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.UriType;
import org.junit.jupiter.api.Test;

/** $translate's errors and its message of a failed translation, in the client's language. */
class ConceptMapTranslateTest {

  private static final String MAP =
      "{\"resourceType\":\"ConceptMap\",\"id\":\"m\",\"url\":\"https://example.org/cm\","
          + "\"status\":\"active\",\"group\":[{\"source\":\"https://example.org/src\","
          + "\"target\":\"https://example.org/tgt\",\"element\":[{\"code\":\"S\","
          + "\"target\":[{\"code\":\"sick\",\"relationship\":\"equivalent\"}]}]}]}";

  private final ConceptMapProvider provider = provider();

  private static ConceptMapProvider provider() {
    ConceptMapCatalogue catalogue = new ConceptMapCatalogue(HubModel.newFhirContext());
    catalogue.register("m", MAP.getBytes(StandardCharsets.UTF_8));
    return new ConceptMapProvider(catalogue);
  }

  private static SystemRequestDetails accepting(String lang) {
    SystemRequestDetails r = new SystemRequestDetails();
    r.addHeader("Accept-Language", lang);
    return r;
  }

  private static HubException failure(ThrowingCallable call) {
    return catchThrowableOfType(call, HubException.class);
  }

  @Test
  void aTranslationWithoutCodeIsAnInvalidRequestNamingBothParameters() {
    HubException e =
        failure(() -> provider.translate((UriType) null, null, null, null, null, accepting("fi")));

    assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
    assertThat(e.text().fi())
        .isEqualTo("Virheellinen pyyntö: parametri sourceCode tai code puuttuu");
    LocalizedDetails.assertTranslated(e, "sourceCode", "code");
  }

  @Test
  void anUnknownMapIsNotFound() {
    HubException byUrl =
        failure(
            () ->
                provider.translate(
                    new UriType("https://example.org/none"),
                    new CodeType("S"),
                    null,
                    null,
                    null,
                    accepting("sv")));
    HubException byId =
        failure(
            () ->
                provider.translate(
                    (IIdType) new IdType("none"),
                    new CodeType("S"),
                    null,
                    null,
                    null,
                    accepting("sv")));

    assertThat(byUrl.code()).isEqualTo(HubCodes.NOT_FOUND);
    assertThat(byUrl.text().sv())
        .isEqualTo("Resursen ConceptMap?url=https://example.org/none finns inte.");
    assertThat(byId.text().fi()).isEqualTo("Resurssia ConceptMap/none ei ole.");
  }

  @Test
  void aFailedTranslationSaysSoInTheClientsLanguage() {
    Parameters fi =
        provider.translate(
            (IIdType) new IdType("m"),
            new CodeType("X"),
            null,
            null,
            null,
            accepting("fi-FI,fi;q=0.9"));
    Parameters ok =
        provider.translate((UriType) null, new CodeType("S"), null, null, null, accepting("sv"));

    assertThat(fi.getParameterBool("result")).isFalse();
    assertThat(fi.getParameter("message").getValue().primitiveValue())
        .isEqualTo("Koodille X ei ole vastinetta.");
    assertThat(ok.getParameterBool("result")).isTrue();
    assertThat(ok.getParameter("message")).isNull();
  }
}
