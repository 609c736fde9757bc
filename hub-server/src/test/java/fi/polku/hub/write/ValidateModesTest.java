package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.api.EncodingEnum;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.LocalizedDetails;
import org.junit.jupiter.api.Test;

/** The requests {@code $validate} refuses before it looks at the body or the store. */
class ValidateModesTest {

  private static final String LEARNER = "https://polku.fi/fhir/StructureDefinition/Learner";

  // Nothing of the write path is reached on these requests.
  private final ValidateOperation operation =
      new ValidateOperation(new WriteService(null, null, null, null, null, null, null), null);

  private HubException refused(String id, String mode, String profile) {
    WriteService.Body empty = new WriteService.Body(new byte[0], EncodingEnum.JSON);
    return catchThrowableOfType(
        () ->
            operation.answer(
                new ValidateOperation.Request("Learner", id, empty, mode, profile, LEARNER), "fi"),
        HubException.class);
  }

  @Test
  void anUnknownModeIsRefusedNamingTheFourModes() {
    HubException e = refused(null, "lenient", null);

    assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
    assertThat(e.text().en()).contains("lenient").contains("create, update, delete or profile");
    LocalizedDetails.assertTranslated(e, "lenient", "$validate");
  }

  @Test
  void updateAndDeleteModesNeedAnInstance() {
    for (String mode : new String[] {"update", "delete"}) {
      HubException e = refused(null, mode, null);

      assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
      assertThat(e.text().en()).contains("Learner/<id>/$validate");
      LocalizedDetails.assertTranslated(e, mode, "Learner");
    }
  }

  @Test
  void aProfileOtherThanTheTypesStructureIsRefusedNamingTheStructure() {
    HubException e = refused(null, null, "http://example.org/StructureDefinition/Other");

    assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
    assertThat(e.text().en()).contains(LEARNER);
    LocalizedDetails.assertTranslated(
        e, "http://example.org/StructureDefinition/Other", LEARNER, "Learner");
  }

  @Test
  void modeProfileNeedsAProfile() {
    HubException e = refused(null, "profile", null);

    assertThat(e.code()).isEqualTo(HubCodes.BAD_REQUEST);
    LocalizedDetails.assertTranslated(e, "profile");
  }
}
