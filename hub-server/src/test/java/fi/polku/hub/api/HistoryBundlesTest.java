package fi.polku.hub.api;

import static fi.polku.hub.problem.LocalizedDetails.assertTranslated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A history's malformed parameters are refused in the client's language, before any read. */
class HistoryBundlesTest {

  // The parameters are checked before the store is asked: no reader is needed.
  private final HistoryBundles histories = new HistoryBundles(null, 20, 1000, Duration.ZERO);

  @Test
  void aSinceThatIsNoInstantIsRefusedInTheClientsLanguage() {
    HubException e = refusal("_since=yesterday");

    assertThat(e.code()).isEqualTo(HubCodes.INVALID_SEARCH_VALUE);
    assertTranslated(e, "_since", "yesterday");
    assertThat(e.text().fi())
        .isEqualTo("Hakuparametrin _since arvo on virheellinen: ei ole ajanhetki: yesterday");
    assertThat(e.text().sv())
        .isEqualTo("Värdet för sökparametern _since är ogiltigt: inte en tidpunkt: yesterday");
  }

  @Test
  void aCountThatIsNoNumberIsRefusedInTheClientsLanguage() {
    HubException e = refusal("_count=many");

    assertTranslated(e, "_count", "many");
    assertThat(e.text().fi())
        .isEqualTo("Hakuparametrin _count arvo on virheellinen: ei ole luku: many");
  }

  private HubException refusal(String query) {
    HubException e =
        catchThrowableOfType(
            () -> histories.history(new SystemRequestDetails(), null, null, query),
            HubException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
