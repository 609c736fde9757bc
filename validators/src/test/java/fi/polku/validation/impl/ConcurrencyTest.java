package fi.polku.validation.impl;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.TestSupport;
import fi.polku.validation.api.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One validator, many threads: every thread gets the same answers as a single thread. */
class ConcurrencyTest {

  private static final List<String> RESOURCES =
      List.of(
          "{\"resourceType\": \"Learner\", \"birthDate\": \"2015-02-30\"}",
          "{\"resourceType\": \"Learner\", \"gender\": \"female\", \"identifier\": [{\"system\": \"urn:oid:1.2.246.21\", \"value\": \"131052-308T\"}]}",
          "{\"resourceType\": \"GroupMembership\", \"group\": {\"reference\": \"TeachingGroup/g\"},"
              + " \"learner\": {\"reference\": \"Learner/l\"}, \"period\": {\"start\": \"2024-08-01\", \"end\": \"2024-06-01\"}}");

  @Test
  void validatesInParallelWithTheSameResults() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String r : RESOURCES) {
      expected.add(run(r).toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String r = RESOURCES.get(i % RESOURCES.size());
        results.add(pool.submit(() -> run(r).toString()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % RESOURCES.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ValidationReport run(String json) {
    return TestSupport.validator()
        .validate(json.getBytes(StandardCharsets.UTF_8), TestSupport.OPTIONS);
  }
}
