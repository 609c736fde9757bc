package fi.polku.hub.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health checks for load balancers and orchestrators, outside {@code /fhir}: {@code GET
 * /health/live} answers 200 while the process serves requests at all; {@code GET /health} runs
 * every {@link HealthCheck} and answers 200 when all pass, 503 when one fails, with each check's
 * status. A failure is told by its exception type only: messages can name hosts or users.
 */
@RestController
public final class HealthController {

  private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

  private final List<HealthCheck> checks;

  /** A controller running {@code checks}. */
  public HealthController(List<HealthCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** Liveness: the hub answers. */
  @GetMapping(value = "/health/live", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> live() {
    return Map.of("status", "UP");
  }

  /** Readiness: the hub's database and search index answer. */
  @GetMapping(value = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> ready() {
    Map<String, Object> results = new LinkedHashMap<>();
    boolean up = true;
    for (HealthCheck check : checks) {
      Map<String, Object> result = new LinkedHashMap<>();
      long start = System.nanoTime();
      try {
        check.probe().run();
        result.put("status", "UP");
      } catch (Exception e) {
        up = false;
        result.put("status", "DOWN");
        result.put("error", e.getClass().getName());
        LOG.warn("Health check {} failed: {}", check.name(), e.getClass().getName());
      }
      result.put("millis", (System.nanoTime() - start) / 1_000_000);
      results.put(check.name(), result);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("checks", results);
    return ResponseEntity.status(up ? 200 : 503).body(body);
  }
}
