package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** $validate and validation on write (422 with the report as OperationOutcome). */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ValidationIT {

  private final RunningHub hub;

  ValidationIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  private HttpResponse<String> post(String path, String json) {
    return hub.send(
        hub.request(path)
            .header("Content-Type", "application/fhir+json")
            .POST(BodyPublishers.ofString(json)));
  }

  @Test
  void validateAtTypeLevelAnswersWithAnOperationOutcome() {
    HttpResponse<String> r = post("Learner/$validate", Fixtures.learnerJson(Fixtures.ids(), "Ok"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"resourceType\":\"OperationOutcome\"");
  }

  @Test
  void validateAtInstanceLevelAnswersWithAnOperationOutcome() {
    HttpResponse<String> created = post("Learner", Fixtures.learnerJson(Fixtures.ids(), "Ok"));
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.indexOf("Learner/") + 8, location.indexOf("/_history"));

    HttpResponse<String> r =
        post("Learner/" + id + "/$validate", Fixtures.learnerJson(Fixtures.ids(), "Ok"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"resourceType\":\"OperationOutcome\"");
  }

  @Test
  void aBodyHapiCannotReadIsRefusedBeforeAnythingIsStored() {
    HttpResponse<String> r =
        post(
            "EarlyChildhoodDecision",
            Fixtures.text("examples/EarlyChildhoodDecision/invalid-hours-per-week-as-string.json"));

    assertThat(r.statusCode()).isIn(400, 422);
    assertThat(r.body()).contains("OperationOutcome").contains("POLKU-");
  }

  @Test
  void anInvalidLearnerIsRejectedWith422AndTheReport() {
    assumeTrue(realValidator(), "the validators implementation is not on the class path yet");

    HttpResponse<String> r =
        post("Learner", Fixtures.text("examples/Learner/invalid-two-personal-identity-codes.json"));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("POLKU-HUB-0300").contains("POLKU-VAL-");
  }

  private static boolean realValidator() {
    try {
      Class.forName("fi.polku.validation.PolkuValidators");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
