package fi.polku.hub.app;

import static fi.polku.hub.problem.LocalizedDetails.assertTranslated;
import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import org.junit.jupiter.api.Test;

/** Refusals of the server outside the API read in the client's language, detail included. */
class ServerRefusalsTest {

  @Test
  void aMalformedOrTooLongRequestLineIsRefusedInTheClientsLanguage() {
    HubException e = ServerRefusals.problem(400, null);

    assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
    assertTranslated(e);
    assertThat(e.text().fi()).startsWith("Virheellinen pyyntö: pyynnön osoite tai otsakkeet");
    assertThat(ServerRefusals.json(400, null, "sv"))
        .contains("Ogiltig begäran: adressen eller huvudena i begäran är för långa");
  }

  @Test
  void everyOtherRefusalWithADetailIsTranslatedToo() {
    assertTranslated(ServerRefusals.problem(403, null), "polku.server.cors-origins");
    assertTranslated(ServerRefusals.problem(404, null), "/fhir");
    for (int status : new int[] {405, 413, 418, 501}) {
      assertTranslated(ServerRefusals.problem(status, null));
    }
    assertThat(ServerRefusals.problem(418, null).text().fi())
        .isEqualTo("Pyyntöä ei voitu käsitellä (HTTP 418): palvelin torjui pyynnön");
  }

  @Test
  void aServerErrorCarriesTheCorrelationIdInsteadOfADetail() {
    HubException e = ServerRefusals.problem(500, "c0ffee");

    assertThat(e.code()).isEqualTo(HubCodes.INTERNAL_ERROR);
    assertThat(e.text().fi()).contains("c0ffee");
  }
}
