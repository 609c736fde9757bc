package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** $validate and validation on write (422 with the report as OperationOutcome). */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ValidationIT {

  private static final Pattern ENTRY = Pattern.compile("^Bundle\\.entry\\[(\\d+)\\]");

  private final RunningHub hub;

  ValidationIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  private HttpResponse<String> post(String path, String json) {
    return hub.postJson(path, json);
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
  void anUnknownElementIsNamedByTheValidatorInsteadOfFailingTheParser() {
    HttpResponse<String> r =
        post(
            "EarlyChildhoodPlacement",
            Fixtures.text("examples/EarlyChildhoodPlacement/invalid-unknown-element.json"));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("POLKU-HUB-0300").contains("POLKU-VAL-").contains("groupName");
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
    HttpResponse<String> r =
        post("Learner", Fixtures.text("examples/Learner/invalid-two-personal-identity-codes.json"));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("POLKU-HUB-0300").contains("POLKU-VAL-");
  }

  @Test
  void aStudyRightWithStatusPeriodsOutOfOrderIsRejectedByABusinessRule() {
    String json =
        Fixtures.studyRightJson(
            "Learner/whoever",
            sr -> {
              ObjectNode later = ((ObjectNode) sr.withArray("statusHistory").get(0)).deepCopy();
              later.put("start", "2019-01-01");
              sr.withArray("statusHistory").add(later);
            });

    HttpResponse<String> r = post("StudyRight", json);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("POLKU-HUB-0300").contains("POLKU-VAL-0503");
  }

  @Test
  void businessRulesSeeTheStoredLearnerOfAStudyRight() {
    String learner = location(post("Learner", Fixtures.learnerJson(Fixtures.ids(), "Teen")));

    HttpResponse<String> r = post("StudyRight", prePrimaryFrom2025(learner));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("POLKU-VAL-0507");
  }

  @Test
  void businessRulesSeeALearnerWrittenInTheSameTransaction() {
    String placeholder = "urn:uuid:" + java.util.UUID.randomUUID();
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
            + "{\"fullUrl\":\""
            + placeholder
            + "\",\"resource\":"
            + Fixtures.learnerJson(Fixtures.ids(), "Teen")
            + ",\"request\":{\"method\":\"POST\",\"url\":\"Learner\"}},"
            + "{\"resource\":"
            + prePrimaryFrom2025(placeholder)
            + ",\"request\":{\"method\":\"POST\",\"url\":\"StudyRight\"}}]}";

    HttpResponse<String> r = post("", bundle);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("POLKU-VAL-0507").contains("Bundle.entry[1]");
  }

  @Test
  void inALargeTransactionEveryEntryIsValidatedAndAFindingNamesItsEntry() {
    // Large enough that the hub validates the entries in slices on several threads.
    StringBuilder b =
        new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
    int entries = 40;
    for (int i = 0; i < entries - 2; i++) {
      b.append("{\"resource\":")
          .append(Fixtures.learnerJson(Fixtures.ids(), "Slice"))
          .append(",\"request\":{\"method\":\"POST\",\"url\":\"Learner\"}},");
    }
    String placeholder = "urn:uuid:" + java.util.UUID.randomUUID();
    b.append("{\"fullUrl\":\"")
        .append(placeholder)
        .append("\",\"resource\":")
        .append(Fixtures.learnerJson(Fixtures.ids(), "Teen"))
        .append(",\"request\":{\"method\":\"POST\",\"url\":\"Learner\"}},")
        .append("{\"resource\":")
        .append(prePrimaryFrom2025(placeholder))
        .append(",\"request\":{\"method\":\"POST\",\"url\":\"StudyRight\"}}]}");

    HttpResponse<String> r = post("", b.toString());

    assertThat(r.statusCode()).isEqualTo(422);
    OperationOutcome oo =
        RunningHub.FHIR.newJsonParser().parseResource(OperationOutcome.class, r.body());
    List<String> errorLocations = new ArrayList<>();
    List<Integer> notedEntries = new ArrayList<>();
    for (OperationOutcome.OperationOutcomeIssueComponent i : oo.getIssue()) {
      String location = i.getExpression().isEmpty() ? "" : i.getExpression().get(0).getValue();
      if (i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
          && i.getDetails().getCodingFirstRep().getCode().startsWith("POLKU-VAL-")) {
        errorLocations.add(i.getDetails().getCodingFirstRep().getCode() + " " + location);
      }
      Matcher m = ENTRY.matcher(location);
      if (i.getSeverity() != OperationOutcome.IssueSeverity.ERROR && m.find()) {
        notedEntries.add(Integer.valueOf(m.group(1)));
      }
    }
    // Only the last entry breaks a rule; every learner, whichever thread validated it, gets the
    // note about its test identity code, at its own entry.
    assertThat(errorLocations)
        .isNotEmpty()
        .allMatch(l -> l.startsWith("POLKU-VAL-0507 Bundle.entry[" + (entries - 1) + "]"));
    assertThat(notedEntries)
        .containsAll(java.util.stream.IntStream.range(0, entries - 1).boxed().toList());
  }

  @Test
  void validateReportsWarningsAboutRecordsReferringToTheSameLearner() {
    String learner = location(post("Learner", Fixtures.learnerJson(Fixtures.ids(), "Two")));
    assertThat(post("StudyRight", Fixtures.studyRightJson(learner, sr -> {})).statusCode())
        .isEqualTo(201);

    HttpResponse<String> r =
        post("StudyRight/$validate", Fixtures.studyRightJson(learner, sr -> {}));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("POLKU-VAL-0508").contains("\"severity\":\"warning\"");
  }

  @Test
  void warningsOfAnAcceptedWriteReachTheSenderInTheOperationOutcome() {
    String learner = location(post("Learner", Fixtures.learnerJson(Fixtures.ids(), "Warned")));
    assertThat(post("StudyRight", Fixtures.studyRightJson(learner, sr -> {})).statusCode())
        .isEqualTo(201);

    HttpResponse<String> r =
        hub.send(
            hub.request("StudyRight")
                .header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=OperationOutcome")
                .POST(BodyPublishers.ofString(Fixtures.studyRightJson(learner, sr -> {}))));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).contains("POLKU-VAL-0508").contains("\"severity\":\"warning\"");
  }

  private static String prePrimaryFrom2025(String learner) {
    return Fixtures.studyRightJson(
        learner,
        sr -> {
          ((ObjectNode) sr.with("type").withArray("coding").get(0))
              .put("code", "esiopetus")
              .put("display", "Esiopetus");
          sr.with("period").put("start", "2025-08-11");
          ((ObjectNode) sr.withArray("statusHistory").get(0)).put("start", "2025-08-11");
          sr.remove("additionalInfo");
        });
  }

  private static String location(HttpResponse<String> created) {
    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("Learner/"), location.indexOf("/_history"));
  }
}
