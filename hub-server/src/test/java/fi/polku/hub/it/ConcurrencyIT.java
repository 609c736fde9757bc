package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many clients writing the same record at the same moment: exactly one resource exists afterwards,
 * and every client gets it (200/201) or a clean 409/412.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class ConcurrencyIT {

  private static final int CLIENTS = 16;
  private static final Pattern ID =
      Pattern.compile("\"resourceType\":\"Learner\",\"id\":\"([^\"]+)\"");

  private final RunningHub hub;

  ConcurrencyIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  @Test
  void sixteenParallelConditionalCreatesOfOneLearnerLeaveExactlyOne() throws Exception {
    Fixtures.Ids ids = Fixtures.ids();
    String json = Fixtures.learnerJson(ids, "Race");
    List<HttpResponse<String>> answers =
        race(
            () ->
                hub.request("Learner")
                    .header("Content-Type", "application/fhir+json")
                    .header("If-None-Exist", "identifier=" + Fixtures.HETU + "|" + ids.hetu())
                    .POST(BodyPublishers.ofString(json)));

    assertOneLearnerAndCleanAnswers(ids, answers);
  }

  @Test
  void sixteenParallelUpsertsBySourceKeyLeaveOneLearnerAtVersionOne() throws Exception {
    Fixtures.Ids ids = Fixtures.ids();
    String json = Fixtures.learnerJson(ids, "Upsert");
    String condition =
        "Learner?identifier="
            + URLEncoder.encode(Fixtures.SOURCE + "|" + ids.sourceKey(), StandardCharsets.UTF_8);
    List<HttpResponse<String>> answers =
        race(
            () ->
                hub.request(condition)
                    .header("Content-Type", "application/fhir+json")
                    .PUT(BodyPublishers.ofString(json)));

    assertOneLearnerAndCleanAnswers(ids, answers);
    for (HttpResponse<String> a : answers) {
      if (a.statusCode() < 300) {
        assertThat(a.headers().firstValue("ETag")).contains("W/\"1\"");
      }
    }
  }

  @Test
  void sixteenParallelConditionalCreatesOnANonUniqueIdentifierLeaveExactlyOne() throws Exception {
    // The system is not one whose values the store keeps unique, so only the claim on the
    // condition can stop a second Location.
    String system = "urn:polku:test:room";
    String value = "room-" + Fixtures.ids().sourceKey();
    String json =
        "{\"resourceType\":\"Location\",\"identifier\":[{\"system\":\""
            + system
            + "\",\"value\":\""
            + value
            + "\"}],\"name\":\"Race\"}";
    List<HttpResponse<String>> answers =
        race(
            () ->
                hub.request("Location")
                    .header("Content-Type", "application/fhir+json")
                    .header("If-None-Exist", "identifier=" + system + "|" + value)
                    .POST(BodyPublishers.ofString(json)));

    String found =
        hub.send(
                hub.request(
                        "Location?identifier="
                            + URLEncoder.encode(system + "|" + value, StandardCharsets.UTF_8))
                    .GET())
            .body();
    assertThat(found).contains("\"total\":1");
    for (HttpResponse<String> a : answers) {
      assertThat(a.statusCode()).isIn(200, 201, 409, 412);
      if (a.statusCode() >= 300) {
        assertThat(a.body()).contains("OperationOutcome").contains("POLKU-HUB-");
      }
    }
    assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
  }

  private void assertOneLearnerAndCleanAnswers(
      Fixtures.Ids ids, List<HttpResponse<String>> answers) {
    String search =
        "Learner?identifier="
            + URLEncoder.encode(Fixtures.HETU + "|" + ids.hetu(), StandardCharsets.UTF_8);
    String found = hub.send(hub.request(search).GET()).body();
    assertThat(found).contains("\"total\":1");
    Matcher m = ID.matcher(found);
    assertThat(m.find()).isTrue();
    String id = m.group(1);
    for (HttpResponse<String> a : answers) {
      assertThat(a.statusCode()).isIn(200, 201, 409, 412);
      if (a.statusCode() < 300) {
        assertThat(a.body()).contains("\"id\":\"" + id + "\"");
      } else {
        assertThat(a.body()).contains("OperationOutcome").contains("POLKU-HUB-");
      }
    }
    assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
  }

  private List<HttpResponse<String>> race(Supplier<HttpRequest.Builder> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      CountDownLatch ready = new CountDownLatch(CLIENTS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  HttpRequest.Builder b = request.get();
                  ready.countDown();
                  go.await();
                  return hub.send(b);
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<HttpResponse<String>> out = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
