package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code $validate} in the modes of FHIR R5: create, update, delete and profile. */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ValidateModesIT {

  private static final String LEARNER = "https://polku.fi/fhir/StructureDefinition/Learner";

  private final RunningHub hub;

  ValidateModesIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  private HttpResponse<String> post(String path, String json) {
    return hub.postJson(path, json, "Accept-Language", "fi");
  }

  private String created(String path, String json) {
    HttpResponse<String> r = post(path, json);
    assertThat(r.statusCode()).isEqualTo(201);
    String location = r.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf(path + "/"), location.indexOf("/_history"));
  }

  private static String withId(String json, String id) {
    return json.replaceFirst("\\{", "{\"id\":\"" + id + "\",");
  }

  @Test
  void deleteModeFindsTheResourceThatRefersToTheLearnerWithoutDeletingAnything() {
    String learner = created("Learner", Fixtures.learnerJson(Fixtures.ids(), "Viitattu"));
    String studyRight = created("StudyRight", Fixtures.studyRightJson(learner, sr -> {}));

    HttpResponse<String> r = post(learner + "/$validate?mode=delete", "");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("POLKU-HUB-0207")
        .contains("\"severity\":\"error\"")
        .contains(studyRight)
        .contains("Resurssia " + learner + " ei voi poistaa");
    assertThat(hub.send(hub.request(learner).GET()).statusCode()).isEqualTo(200);
  }

  @Test
  void deleteModeOfAResourceNothingRefersToFindsNothingAndAnUnknownOneIs404() {
    String learner = created("Learner", Fixtures.learnerJson(Fixtures.ids(), "Irrallinen"));

    HttpResponse<String> free = post(learner + "/$validate?mode=delete", "");
    HttpResponse<String> unknown = post("Learner/does-not-exist/$validate?mode=delete", "");

    assertThat(free.statusCode()).isEqualTo(200);
    assertThat(free.body()).contains("\"severity\":\"information\"").doesNotContain("error");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("POLKU-HUB-0001");
  }

  @Test
  void deleteModeCanBeGivenInAParametersBody() {
    String learner = created("Learner", Fixtures.learnerJson(Fixtures.ids(), "Parametri"));
    created("StudyRight", Fixtures.studyRightJson(learner, sr -> {}));

    HttpResponse<String> r =
        post(
            learner + "/$validate",
            "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"mode\","
                + "\"valueCode\":\"delete\"}]}");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("POLKU-HUB-0207");
  }

  @Test
  void updateModeNeedsTheInstancesIdInTheBody() {
    String learner = created("Learner", Fixtures.learnerJson(Fixtures.ids(), "Paivitys"));
    String id = learner.substring("Learner/".length());
    String body = Fixtures.learnerJson(Fixtures.ids(), "Paivitys");

    HttpResponse<String> same = post(learner + "/$validate?mode=update", withId(body, id));
    HttpResponse<String> other = post(learner + "/$validate?mode=update", withId(body, "toinen"));
    HttpResponse<String> none = post(learner + "/$validate?mode=update", body);
    HttpResponse<String> typeLevel = post("Learner/$validate?mode=update", withId(body, id));

    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(same.body()).contains("OperationOutcome").doesNotContain("\"severity\":\"error\"");
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("POLKU-HUB-0103").contains("toinen");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(typeLevel.statusCode()).isEqualTo(400);
    assertThat(typeLevel.body()).contains("Learner/<tunniste>/$validate");
  }

  @Test
  void profileModeValidatesAgainstTheTypesStructureAndRefusesAnyOther() {
    String body = Fixtures.learnerJson(Fixtures.ids(), "Profiili");

    HttpResponse<String> own = post("Learner/$validate?mode=profile&profile=" + LEARNER, body);
    HttpResponse<String> other =
        post("Learner/$validate?profile=http://example.org/StructureDefinition/X", body);
    HttpResponse<String> without = post("Learner/$validate?mode=profile", body);
    HttpResponse<String> invalid =
        post(
            "Learner/$validate?profile=" + LEARNER, body.replaceFirst("\\{", "{\"tuntematon\":1,"));

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).doesNotContain("\"severity\":\"error\"");
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains(LEARNER);
    assertThat(without.statusCode()).isEqualTo(400);
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body()).contains("tuntematon").contains("\"severity\":\"error\"");
  }

  @Test
  void anUnknownModeIs400() {
    HttpResponse<String> r =
        post("Learner/$validate?mode=strict", Fixtures.learnerJson(Fixtures.ids(), "Tila"));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("POLKU-HUB-0100").contains("strict");
  }

  @Test
  void createModeFindsAUniqueIdentifierAnotherLearnerHoldsAsTheCreateWould() {
    Fixtures.Ids ids = Fixtures.ids();
    String taken = Fixtures.learnerJson(ids, "Varattu");
    created("Learner", taken);

    HttpResponse<String> again = post("Learner/$validate", taken);
    HttpResponse<String> create = post("Learner", taken);
    HttpResponse<String> fresh =
        post("Learner/$validate", Fixtures.learnerJson(Fixtures.ids(), "Vapaa"));

    assertThat(create.statusCode()).isEqualTo(409);
    assertThat(create.body()).contains("POLKU-HUB-0202");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"severity\":\"error\"").contains("POLKU-HUB-0202");
    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.body()).doesNotContain("\"severity\":\"error\"");
  }

  @Test
  void updateModeAcceptsTheInstancesOwnIdentifiersButNotAnotherLearners() {
    Fixtures.Ids mine = Fixtures.ids();
    Fixtures.Ids theirs = Fixtures.ids();
    String learner = created("Learner", Fixtures.learnerJson(mine, "Oma"));
    created("Learner", Fixtures.learnerJson(theirs, "Toisen"));
    String id = learner.substring("Learner/".length());

    HttpResponse<String> own =
        post(learner + "/$validate?mode=update", withId(Fixtures.learnerJson(mine, "Oma"), id));
    HttpResponse<String> other =
        post(learner + "/$validate?mode=update", withId(Fixtures.learnerJson(theirs, "Oma"), id));

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).doesNotContain("\"severity\":\"error\"");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).contains("\"severity\":\"error\"").contains("POLKU-HUB-0202");
  }

  @Test
  void aBodyOfAnotherTypeIsRefusedAsACreateWouldRefuseIt() {
    String organization = "{\"resourceType\":\"Organization\",\"name\":\"Koulu\"}";

    HttpResponse<String> r = post("Learner/$validate", organization);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("POLKU-HUB-0102");
    assertThat(post("Learner", organization).statusCode()).isEqualTo(400);
  }
}
