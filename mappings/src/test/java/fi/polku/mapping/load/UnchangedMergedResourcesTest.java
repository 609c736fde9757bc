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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merged resource that a batch's records change nothing in (the guardian of siblings loaded in
 * different batches, every person of a reload) is not sent again, and the report counts each
 * resource once per run whatever the batch size.
 */
class UnchangedMergedResourcesTest {

  private static final String CITY = "092-vantaa";

  @TempDir Path data;

  private LoadReport load(HubPort hub, String run, int batch) {
    CompiledMapping register =
        MappingCompiler.compile(
            SpecLoader.builtIn("student-register"),
            Map.of("municipality", "092", "provider-oid", Samples.providerOid(CITY)));
    try (LoadEngine engine = new LoadEngine()) {
      return engine.run(
          LoadRequest.of(register, List.of(Samples.city(CITY).resolve("register").toString())),
          hub,
          LoadSettings.defaults(data.resolve(run)).withBatchSize(batch));
    }
  }

  @Test
  void aGuardianOfPupilsInSeveralBatchesIsWrittenAndCountedOnce() {
    InMemoryHub whole = new InMemoryHub();
    LoadReport inOne = load(whole, "whole", 1000);
    InMemoryHub split = new InMemoryHub();
    SentEntries sent = new SentEntries(split);
    LoadReport inMany = load(sent, "split", 1);

    // The sample has siblings: fewer guardians than guardian records.
    Counts persons = inMany.types().get("Person");
    assertThat(inMany.entities().get("guardian").created()).isGreaterThan(persons.created());
    assertThat(persons.unchanged()).isZero();
    assertThat(sent.count("Person")).isEqualTo(persons.created() + persons.updated());
    assertThat(inMany.types()).isEqualTo(inOne.types());
    assertThat(inMany.entities()).isEqualTo(inOne.entities());
    assertThat(split.versionsWritten()).isEqualTo(whole.versionsWritten());
  }

  @Test
  void aReloadSendsNoMergedResourceAndCountsEachStoredOneOnceAsUnchanged() {
    InMemoryHub hub = new InMemoryHub();
    LoadReport first = load(hub, "first", 1);
    long versions = hub.versionsWritten();
    SentEntries sent = new SentEntries(hub);
    LoadReport again = load(sent, "again", 1);

    assertThat(hub.versionsWritten()).isEqualTo(versions);
    assertThat(sent.count("Person")).isZero();
    assertThat(sent.count("Learner")).isZero();
    for (String type : List.of("Person", "Learner")) {
      Counts before = first.types().get(type);
      assertThat(again.types().get(type))
          .isEqualTo(new Counts(0, 0, 0, before.created() + before.updated(), before.rejected()));
    }
    assertThat(again.totals().rejected()).isEqualTo(first.totals().rejected());
    assertThat(again.totals().created()).isZero();
    assertThat(again.totals().updated()).isZero();
  }

  /** Counts the entries written per resource type (in transactions the hub committed). */
  private static final class SentEntries extends ForwardingHubPort {

    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    SentEntries(HubPort hub) {
      super(hub);
    }

    @Override
    public TransactionResult transaction(List<WriteEntry> entries) {
      TransactionResult result = super.transaction(entries);
      if (result.committed()) {
        entries.forEach(e -> sent.merge(e.type(), 1, Integer::sum));
      }
      return result;
    }

    long count(String type) {
      return sent.getOrDefault(type, 0);
    }
  }
}
