package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.polku.hub.cli.PolkuCommand;
import fi.polku.hub.index.IndexMaintenance;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.model.generated.Learner;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.hibernate.search.mapper.orm.Search;
import org.hl7.fhir.r5.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * The embedded index converges with the database without manual steps: after an unclean stop the
 * resources written since the crashed run started are re-indexed at start-up, and {@code polku
 * reindex} rebuilds an index that is gone.
 */
class IndexConvergenceIT {

  @Test
  void indexWorkLostInACrashIsRedoneAtTheNextStart() throws IOException {
    Path data = Files.createTempDirectory("polku-it-converge");
    RunningHub first = RunningHub.dedicated("converge", Map.of("polku.data", data.toString()));
    String family = "Kaatunut" + System.nanoTime();
    String id = create(first.client(), family);
    assertThat(idsWithFamily(first.client(), family)).containsExactly(id);

    // The crash: index changes not yet committed are lost (here: all of them), and the run never
    // marks itself as stopped cleanly.
    EntityManagerFactory emf = first.context().getBean(EntityManagerFactory.class);
    Search.mapping(emf).scope(ResourceEntity.class).workspace().purge();
    Properties openState = state(data);
    first.stop();
    writeState(data, openState);

    RunningHub second = RunningHub.dedicated("converge", Map.of("polku.data", data.toString()));
    try {
      assertThat(idsWithFamily(second.client(), family)).containsExactly(id);
    } finally {
      second.stop();
    }
  }

  @Test
  void reindexCommandRebuildsAnIndexThatIsGone() throws IOException {
    Path data = Files.createTempDirectory("polku-it-reindex");
    RunningHub first = RunningHub.dedicated("reindex", Map.of("polku.data", data.toString()));
    String family = "Uudelleen" + System.nanoTime();
    String id = create(first.client(), family);
    first.stop();
    deleteIndexFiles(data.resolve("index").resolve("resource"));

    // The default port held by someone else (a serving hub): reindexing starts no web server.
    ServerSocket busy = bindIfFree(8080);
    int status;
    try {
      status = PolkuCommand.commandLine().execute("reindex", "--data", data.toString());
    } finally {
      if (busy != null) {
        busy.close();
      }
    }

    assertThat(status).isZero();
    RunningHub second =
        RunningHub.dedicated(
            "reindex",
            Map.of("polku.data", data.toString(), "polku.search.rebuild-on-start", false));
    try {
      assertThat(idsWithFamily(second.client(), family)).containsExactly(id);
    } finally {
      second.stop();
    }
  }

  @Test
  void mergingTheSegmentsKeepsEveryResourceSearchableAndTheHubWritable() throws IOException {
    Path data = Files.createTempDirectory("polku-it-merge");
    RunningHub hub = RunningHub.dedicated("merge", Map.of("polku.data", data.toString()));
    try {
      String family = "Yhdistetty" + System.nanoTime();
      // Each write waits for its index changes to be searchable: several small segments.
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        ids.add(create(hub.client(), family));
        assertThat(idsWithFamily(hub.client(), family)).hasSize(i + 1);
      }

      long millis = hub.context().getBean(IndexMaintenance.class).mergeSegments();

      assertThat(millis).isNotNegative();
      assertThat(idsWithFamily(hub.client(), family)).containsExactlyInAnyOrderElementsOf(ids);
      ids.add(create(hub.client(), family));
      assertThat(idsWithFamily(hub.client(), family)).containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      hub.stop();
    }
  }

  /** A socket bound to {@code port}, or null when the port is already taken. */
  private static ServerSocket bindIfFree(int port) {
    try {
      return new ServerSocket(port);
    } catch (IOException taken) {
      return null;
    }
  }

  private static String create(IGenericClient client, String family) {
    Learner l = Fixtures.learner(Fixtures.ids(), family);
    return client.create().resource(l).execute().getId().getIdPart();
  }

  private static java.util.List<String> idsWithFamily(IGenericClient client, String family) {
    Bundle b =
        client
            .search()
            .byUrl("Learner?family:exact=" + family)
            .returnBundle(Bundle.class)
            .execute();
    return b.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }

  private static Properties state(Path data) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(data.resolve("index").resolve(IndexMaintenance.STATE_FILE))) {
      p.load(in);
    }
    return p;
  }

  private static void writeState(Path data, Properties p) throws IOException {
    try (OutputStream out =
        Files.newOutputStream(data.resolve("index").resolve(IndexMaintenance.STATE_FILE))) {
      p.store(out, "state of a run that crashed");
    }
  }

  private static void deleteIndexFiles(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }
}
