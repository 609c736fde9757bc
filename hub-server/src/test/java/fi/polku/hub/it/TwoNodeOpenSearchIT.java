package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.polku.model.generated.Learner;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two hub nodes sharing one PostgreSQL database and one OpenSearch cluster, coordinated by
 * Hibernate Search's outbox polling: what one node writes, the other finds.
 */
class TwoNodeOpenSearchIT {

  private static EmbeddedPostgres pg;
  private static RunningHub first;
  private static RunningHub second;

  @BeforeAll
  static void start() throws IOException {
    pg = EmbeddedPostgres.builder().start();
    Map<String, Object> shared =
        Map.of(
            "polku.database.url", pg.getJdbcUrl("postgres", "postgres"),
            "polku.database.user", "postgres",
            "polku.database.password", "",
            "polku.search.backend", "elasticsearch",
            "polku.search.uris", OpenSearchNode.url(),
            "polku.search.index", "two-nodes",
            "polku.search.coordination", "outbox-polling");
    first = RunningHub.dedicated("node-1", shared);
    second = RunningHub.dedicated("node-2", shared);
  }

  @AfterAll
  static void stop() throws IOException {
    first.stop();
    second.stop();
    pg.close();
  }

  @Test
  void aWriteOnOneNodeIsFoundBySearchOnTheOther() {
    String one = "Ensimmainen" + System.nanoTime();
    String two = "Toinen" + System.nanoTime();

    String written = create(first.client(), one);
    String writtenOnSecond = create(second.client(), two);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(idsWithFamily(second.client(), one)).containsExactly(written));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(idsWithFamily(first.client(), two)).containsExactly(writtenOnSecond));
  }

  @Test
  void aDeleteOnOneNodeLeavesTheOthersResults() {
    String family = "Poistettava" + System.nanoTime();
    String id = create(first.client(), family);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(idsWithFamily(second.client(), family)).containsExactly(id));

    first.client().delete().resourceById("Learner", id).execute();

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(idsWithFamily(second.client(), family)).isEmpty());
  }

  private static String create(IGenericClient client, String family) {
    Learner l = Fixtures.learner(Fixtures.ids(), family);
    return client.create().resource(l).execute().getId().getIdPart();
  }

  private static List<String> idsWithFamily(IGenericClient client, String family) {
    Bundle b =
        client
            .search()
            .byUrl("Learner?family:exact=" + family)
            .returnBundle(Bundle.class)
            .execute();
    return b.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }
}
