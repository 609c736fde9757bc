package fi.polku.hub.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class HealthControllerTest {

  @Test
  void allChecksPassingIs200WithEachChecksStatus() {
    HealthController health =
        new HealthController(
            List.of(new HealthCheck("database", () -> {}), new HealthCheck("search", () -> {})));

    ResponseEntity<Map<String, Object>> r = health.ready();

    assertThat(r.getStatusCode().value()).isEqualTo(200);
    assertThat(r.getBody()).containsEntry("status", "UP");
    assertThat(checks(r)).containsOnlyKeys("database", "search");
    assertThat(checks(r).get("search")).containsEntry("status", "UP");
  }

  @Test
  void oneFailingCheckIs503NamingTheFailureByItsTypeOnly() {
    HealthController health =
        new HealthController(
            List.of(
                failing("database", new SQLException("FATAL: password authentication failed")),
                new HealthCheck("search", () -> {})));

    ResponseEntity<Map<String, Object>> r = health.ready();

    assertThat(r.getStatusCode().value()).isEqualTo(503);
    assertThat(r.getBody()).containsEntry("status", "DOWN");
    assertThat(checks(r).get("database"))
        .containsEntry("status", "DOWN")
        .containsEntry("error", "java.sql.SQLException");
    assertThat(r.getBody().toString()).doesNotContain("password");
    assertThat(checks(r).get("search")).containsEntry("status", "UP");
  }

  @Test
  void livenessAnswersWithoutRunningTheChecks() {
    HealthController health =
        new HealthController(
            List.of(failing("database", new IllegalStateException("must not run"))));

    assertThat(health.live()).containsEntry("status", "UP");
  }

  private static HealthCheck failing(String name, Exception failure) {
    return new HealthCheck(
        name,
        () -> {
          throw failure;
        });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> checks(ResponseEntity<Map<String, Object>> r) {
    return (Map<String, Map<String, Object>>) r.getBody().get("checks");
  }
}
