package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.ForwardingHubPort;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches that depend on nothing written by their own entity (a register's absences and group
 * memberships) are written by two submit threads at once; the others stay in order on one. The
 * port's readying of entries runs on the validate workers, and an entry sent again after a failed
 * transaction is read afresh. Results equal those of a single writer.
 */
class ConcurrentWritersTest {

  private static final String CITY = "092-vantaa";

  @TempDir Path data;

  private static CompiledMapping register() {
    return MappingCompiler.compile(
        SpecLoader.builtIn("student-register"),
        Map.of("municipality", "092", "provider-oid", Samples.providerOid(CITY)));
  }

  private LoadReport load(HubPort hub, Path folder, int writers) {
    try (LoadEngine engine = new LoadEngine()) {
      return engine.run(
          LoadRequest.of(register(), List.of(Samples.city(CITY).resolve("register").toString())),
          hub,
          LoadSettings.defaults(folder).withBatchSize(7).withWriters(writers));
    }
  }

  @Test
  void twoWritersLoadARegisterAsOneDoesAndAReloadWritesNothing() throws IOException {
    InMemoryHub single = new InMemoryHub();
    LoadReport one = load(single, data.resolve("one"), 1);
    InMemoryHub hub = new InMemoryHub();
    RecordingHub recording = new RecordingHub(hub);
    LoadReport two = load(recording, data.resolve("two"), 2);

    assertThat(two.entities()).isEqualTo(one.entities());
    assertThat(two.types()).isEqualTo(one.types());
    assertThat(hub.counts()).isEqualTo(single.counts());
    assertThat(hub.versionsWritten()).isEqualTo(single.versionsWritten());
    assertThat(sortedLines(two.deadLetters())).isEqualTo(sortedLines(one.deadLetters()));

    // Absences and memberships refer only to earlier entities: written by both threads. Schools
    // refer to their provider, pupils and guardians are merged with stored persons: one thread.
    assertThat(recording.threadsWriting("Absence")).hasSize(2);
    assertThat(recording.threadsWriting("GroupMembership")).hasSize(2);
    assertThat(recording.threadsWriting("Organization")).hasSize(1);
    assertThat(recording.threadsWriting("Learner")).hasSize(1);
    assertThat(recording.threadsWriting("Guardianship")).hasSize(1);

    LoadReport again = load(hub, data.resolve("again"), 2);
    assertThat(again.resourceTotals().created()).isZero();
    assertThat(again.resourceTotals().updated()).isZero();
    Counts first = two.resourceTotals();
    assertThat(again.resourceTotals().unchanged())
        .isEqualTo(first.created() + first.updated() + first.unchanged());
  }

  @Test
  void entriesAreReadiedOnTheValidateWorkersAndReadAfreshWhenSentAgain() {
    InMemoryHub store = new InMemoryHub();
    // The fourth absence fails in the hub: its batch is refused and the others sent again.
    store.failWhen(
        r ->
            "Absence".equals(r.path("resourceType").asText())
                    && r.path("identifier").toString().contains("\"1000004\"")
                ? "refused for the test"
                : null);
    RecordingHub hub = new RecordingHub(store);
    LoadReport r = load(hub, data, 2);

    assertThat(hub.readiedOn).isNotEmpty().allMatch(t -> t.startsWith("polku-validate-"));
    // Merged resources are built from stored versions on the submit thread, not readied.
    assertThat(hub.readiedTypes).doesNotContain("Learner", "Person").contains("Absence");
    assertThat(hub.sentReadied.get("Absence")).isPositive();
    assertThat(hub.sentUnreadied.getOrDefault("Learner", 0)).isPositive();
    assertThat(r.entities().get("absence").rejected()).isPositive();
    assertThat(hub.failedOnce).isTrue();
    assertThat(hub.sentUnreadied.getOrDefault("Absence", 0)).isPositive();
  }

  private static List<String> sortedLines(String file) throws IOException {
    if (file == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(file)));
    lines.sort(null);
    return lines;
  }

  /**
   * A port over the hub in memory that readies each entry with a marker and records where entries
   * were readied and written, and whether they arrived readied.
   */
  private static final class RecordingHub extends ForwardingHubPort {

    private static final Object READY = new Object();

    private final Map<String, Set<Thread>> writers = new HashMap<>();
    final Set<String> readiedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Set<String> readiedTypes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Map<String, Integer> sentReadied = new HashMap<>();
    final Map<String, Integer> sentUnreadied = new HashMap<>();
    boolean failedOnce;

    RecordingHub(InMemoryHub store) {
      super(store);
    }

    @Override
    public Object prepare(String type, byte[] json) {
      readiedOn.add(Thread.currentThread().getName());
      readiedTypes.add(type);
      return READY;
    }

    @Override
    public TransactionResult transaction(List<WriteEntry> entries) {
      synchronized (this) {
        for (WriteEntry e : entries) {
          writers.computeIfAbsent(e.type(), t -> new HashSet<>()).add(Thread.currentThread());
          (e.prepared() == READY ? sentReadied : sentUnreadied).merge(e.type(), 1, Integer::sum);
        }
      }
      TransactionResult r = super.transaction(entries);
      if (!r.committed()) {
        synchronized (this) {
          failedOnce = true;
        }
      }
      return r;
    }

    synchronized Set<Thread> threadsWriting(String type) {
      return writers.getOrDefault(type, Set.of());
    }
  }
}
