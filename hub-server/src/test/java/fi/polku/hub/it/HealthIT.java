package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /health} and {@code /health/live} of a running hub, on each database. */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class HealthIT {

  private final RunningHub hub;

  HealthIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  private HttpResponse<String> get(String path) throws Exception {
    // Outside /fhir: the base URL without its /fhir.
    String root = hub.base().substring(0, hub.base().length() - "/fhir".length());
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(root + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessChecksTheDatabaseAndTheSearchIndex() throws Exception {
    HttpResponse<String> r = get("/health");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.body())
        .startsWith("{\"status\":\"UP\"")
        .contains("\"database\":{\"status\":\"UP\"")
        .contains("\"search\":{\"status\":\"UP\"");
  }

  @Test
  void livenessAnswersUp() throws Exception {
    HttpResponse<String> r = get("/health/live");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\":\"UP\"}");
  }
}
