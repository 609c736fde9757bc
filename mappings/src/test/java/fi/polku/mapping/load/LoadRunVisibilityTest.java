package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.ForwardingHubPort;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A port may let a run's index updates trail its writes: the run asks it to catch up before the run
 * ends (inside the run's measured duration) and again after its Provenance, so that everything the
 * run wrote is searchable when its report is out.
 */
class LoadRunVisibilityTest {

  private static final String CITY = "092-vantaa";

  @TempDir Path data;

  @Test
  void aRunWaitsUntilItsWritesAreVisibleBeforeAndAfterItsProvenance() {
    RecordingHub hub = new RecordingHub(new InMemoryHub());
    LoadReport report;
    try (LoadEngine engine = new LoadEngine()) {
      report =
          engine.run(
              LoadRequest.of(
                  register(), List.of(Samples.city(CITY).resolve("register").toString())),
              hub,
              LoadSettings.defaults(data).withBatchSize(50));
    }

    assertThat(report.resourceTotals().created()).isPositive();
    List<String> events = hub.events;
    int provenance = events.indexOf("Provenance");
    assertThat(provenance).as("the run's Provenance is written").isPositive();
    assertThat(events.subList(0, provenance))
        .contains("write")
        .containsOnlyOnce("await")
        .endsWith("await");
    assertThat(events.subList(provenance + 1, events.size())).containsExactly("await");
  }

  private static CompiledMapping register() {
    return MappingCompiler.compile(
        SpecLoader.builtIn("student-register"),
        Map.of("municipality", "092", "provider-oid", Samples.providerOid(CITY)));
  }

  /** Records the order of writes (the Provenance by name) and of waits for visibility. */
  private static final class RecordingHub extends ForwardingHubPort {

    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    RecordingHub(InMemoryHub store) {
      super(store);
    }

    @Override
    public TransactionResult transaction(List<WriteEntry> entries) {
      boolean provenance = entries.stream().anyMatch(e -> e.type().equals("Provenance"));
      events.add(provenance ? "Provenance" : "write");
      return super.transaction(entries);
    }

    @Override
    public void awaitVisible() {
      events.add("await");
      super.awaitVisible();
    }
  }
}
