package fi.polku.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.load.LoadEngine;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.load.LoadRequest;
import fi.polku.mapping.load.LoadSettings;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KOSKI export against a hub in memory (the hub's KoskiRoundTripIT runs the same round trip
 * through the real write path and validation): fast feedback on the reverse mapping.
 */
class KoskiExportTest {

  /** The in-memory hub as an export source. */
  private record MemorySource(InMemoryHub hub) implements ExportSource {
    @Override
    public void forEach(String type, Consumer<StoredResource> each) {
      hub.all(type).forEach(j -> each.accept(new StoredResource(type, j.path("id").asText(), j)));
    }

    @Override
    public StoredResource read(String type, String id) {
      return hub.read(type, id);
    }
  }

  @Test
  void koskiExamplesComeBackFromTheExportOneDocumentPerLearner(
      @TempDir Path data, @TempDir Path out) throws IOException {
    InMemoryHub hub = new InMemoryHub();
    LoadReport load;
    try (LoadEngine engine = new LoadEngine()) {
      engine.run(
          LoadRequest.of(
              MappingCompiler.compile(SpecLoader.builtIn("organisation-register"), Map.of()),
              List.of(Samples.organisationRegister().toString())),
          hub,
          LoadSettings.defaults(data));
      load =
          engine.run(
              LoadRequest.of(
                  MappingCompiler.compile(SpecLoader.builtIn("koski"), Map.of()),
                  List.of(Samples.koskiExamples().toString())),
              hub,
              LoadSettings.defaults(data));
    }
    Set<String> rejected = new HashSet<>();
    if (load.deadLetters() != null) {
      for (String line : Files.readAllLines(Path.of(load.deadLetters()), StandardCharsets.UTF_8)) {
        String file = line.split(";", 2)[0].replace("\"", "");
        if (file.endsWith(".json")) {
          rejected.add(Path.of(file).getFileName().toString());
        }
      }
    }

    MappingSpec spec = SpecLoader.builtIn("koski").spec();
    ExportRun.Summary summary = ExportRun.run(spec, new MemorySource(hub), out, n -> {});
    List<Path> files;
    try (var s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(summary.documents());
    assertThat(summary.learners()).isEqualTo(hub.all("Learner").size());

    RoundTrip roundTrip = new RoundTrip(spec);
    files.forEach(roundTrip::exported);
    try (var s = Files.list(Samples.koskiExamples())) {
      s.filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !rejected.contains(f.getFileName().toString()))
          .sorted()
          .forEach(roundTrip::loaded);
    }
    RoundTrip.Result r = roundTrip.compare();
    String report = r.report();
    Files.writeString(Path.of("target/koski-export-report.txt"), report, StandardCharsets.UTF_8);
    String head = report.lines().limit(20).collect(Collectors.joining("\n"));
    System.out.println(head);

    assertThat(r.compared()).isEqualTo(load.totals().read() - rejected.size());
    // Not vacuous: most of what the documents say is compared.
    assertThat(r.valuesCompared()).isGreaterThan(r.valuesInDocuments() / 2);
    assertThat(r.unmatched()).isZero();
    assertThat(r.equal() * 100.0 / r.compared()).as(head).isGreaterThanOrEqualTo(95.0);
  }
}
