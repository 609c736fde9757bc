package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.ingest.IngestHub.DeadLetter;
import fi.polku.mapping.export.ExportRun;
import fi.polku.mapping.export.RoundTrip;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every KOSKI example into a hub on H2 (through its write path and validation), exports the
 * hub as KOSKI documents (one per learner) and compares each example that loaded with what came
 * back ({@link RoundTrip}; what the model does not keep is described in docs/mappings.md,
 * "Export"). The denominator is the examples that load: those rejected at load have nothing to come
 * back. The report of differences (path, expected, actual) is written to {@code
 * target/koski-roundtrip-report.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KoskiRoundTripIT {

  private IngestHub hub;

  @BeforeAll
  void startHubAndLoadOrganisations() {
    hub = new IngestHub();
    hub.load(
        "organisation-register",
        Map.of(),
        IngestHub.samples().resolve("organisaatio/hierarkia.json"));
  }

  @AfterAll
  void stopHub() {
    hub.close();
  }

  @Test
  void atLeast95PercentOfTheLoadedKoskiExamplesComeBackEqualFromTheExport(@TempDir Path out)
      throws IOException {
    Path examples = IngestHub.samples().resolve("koski-examples");
    LoadReport load = hub.load("koski", Map.of(), examples);
    Set<String> rejected =
        IngestHub.deadLetters(load).stream()
            .map(DeadLetter::file)
            .map(f -> Path.of(f).getFileName().toString())
            .collect(Collectors.toSet());

    MappingSpec spec = SpecLoader.builtIn("koski").spec();
    ExportRun.Summary summary = ExportRun.run(spec, hub.port, out, n -> {});

    // One document per learner, named by the resource id, never by an identity code or a name.
    List<Path> files;
    try (var s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(summary.documents()).isEqualTo(summary.learners()).isPositive();
    assertThat(files).hasSize(summary.documents());
    assertThat(files)
        .allSatisfy(
            f -> assertThat(f.getFileName().toString()).matches("Learner-[A-Za-z0-9.-]+\\.json"));

    RoundTrip roundTrip = new RoundTrip(spec);
    files.forEach(roundTrip::exported);
    try (var s = Files.list(examples)) {
      s.filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !rejected.contains(f.getFileName().toString()))
          .sorted()
          .forEach(roundTrip::loaded);
    }
    RoundTrip.Result result = roundTrip.compare();

    String report =
        String.format(
                "KOSKI examples: %d, rejected at load: %d, compared: the %d that loaded%n",
                load.totals().read(), rejected.size(), result.compared())
            + result.report();
    Path reportFile = Path.of("target/koski-roundtrip-report.txt");
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, report, StandardCharsets.UTF_8);
    System.out.println(report.lines().limit(25).collect(Collectors.joining("\n")));

    assertThat(result.compared()).isEqualTo(load.totals().read() - rejected.size());
    // Not vacuous: most of what the documents say is compared.
    assertThat(result.valuesCompared()).isGreaterThan(result.valuesInDocuments() / 2);
    assertThat(result.unmatched()).as("exported study rights no example accounts for").isZero();
    assertThat(result.equal() * 100.0 / result.compared())
        .as(report.lines().limit(25).collect(Collectors.joining("\n")))
        .isGreaterThanOrEqualTo(95.0);
  }
}
