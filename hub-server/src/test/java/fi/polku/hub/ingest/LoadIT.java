package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.ingest.IngestHub.DeadLetter;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.load.Counts;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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
 * Loads the committed sample data with a real Camel load engine into a hub on H2, through the
 * hub's own write path. Each test uses its own city so that the tests do not depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadIT {

  private IngestHub hub;

  @BeforeAll
  void startHubAndLoadOrganisations() {
    hub = new IngestHub();
    LoadReport orgs =
        hub.load(
            "organisation-register",
            Map.of(),
            IngestHub.samples().resolve("organisaatio/hierarkia.json"));
    assertThat(orgs.totals().created()).isPositive();
    // One organisation of the register names municipality 666, which does not exist.
    assertThat(IngestHub.deadLetters(orgs))
        .extracting(DeadLetter::code)
        .containsOnly("POLKU-VAL-0404");
  }

  @AfterAll
  void stopHub() {
    hub.close();
  }

  private static CityParams city(String folder) {
    return CityParams.of(IngestHub.samples().resolve("cities").resolve(folder));
  }

  @Test
  void registerExportLoadsAndRejectsExactlyTheInjectedFaultsWithTheirCodes() throws IOException {
    CityParams vantaa = city("092-vantaa");
    LoadReport r = hub.load("student-register", vantaa.register(), vantaa.folder.resolve("register"));

    Map<String, String> expected = new HashMap<>();
    for (String line : Files.readAllLines(vantaa.folder.resolve("faults.csv"))) {
      List<String> f = IngestHub.fields(line);
      if (f.get(0).startsWith("register/")) {
        expected.put(fileName(f.get(0)) + ":" + f.get(1), f.get(4));
      }
    }
    Map<String, Set<String>> actual = new HashMap<>();
    for (DeadLetter d : IngestHub.deadLetters(r)) {
      actual.computeIfAbsent(fileName(d.file()) + ":" + d.line(), k -> new HashSet<>()).add(d.code());
    }
    assertThat(actual.keySet()).containsAll(expected.keySet());
    Map<String, String> codes =
        Map.of(
            "impossible-date", MappingCodes.INVALID_DATE.code(),
            "unknown-code", MappingCodes.UNKNOWN_CODE.code(),
            "dangling-key", MappingCodes.DANGLING_REFERENCE.code(),
            "duplicate-key", MappingCodes.DUPLICATE_KEY.code(),
            "missing-value", MappingCodes.REQUIRED_VALUE_MISSING.code());
    expected.forEach(
        (where, kind) ->
            assertThat(actual.get(where))
                .as("dead letter of %s (%s)", where, kind)
                .contains(codes.get(kind)));
    assertThat(r.totals().read()).isGreaterThan(500);
    assertThat(r.totals().created()).isPositive();
    assertThat(r.totals().rejected()).isEqualTo(actual.size());

    int provenances = hub.port.ids("Provenance", 1000).size();
    LoadReport again =
        hub.load("student-register", vantaa.register(), vantaa.folder.resolve("register"));
    Counts resources = again.resourceTotals();
    assertThat(resources.created()).isZero();
    assertThat(resources.updated()).isZero();
    assertThat(resources.unchanged()).isEqualTo(r.resourceTotals().created());
    assertThat(again.totals().rejected()).isEqualTo(r.totals().rejected());
    assertThat(hub.port.ids("Provenance", 1000)).hasSize(provenances);
  }

  @Test
  void ececDatabaseLoadsIncrementallyByModificationTime(@TempDir Path tmp) throws IOException {
    CityParams espoo = city("049-espoo");
    Path script = tmp.resolve("ecec.sql");
    Files.copy(espoo.folder.resolve("ecec/ecec.sql"), script);
    CompiledMapping ecec =
        MappingCompiler.compile(SpecLoader.builtIn("ecec-database"), espoo.ecec());

    LoadReport first = hub.load(ecec, false, script);
    assertThat(first.totals().read()).isPositive();
    assertThat(first.totals().created()).isPositive();

    LoadReport nothingNew = hub.load(ecec, false, script);
    assertThat(nothingNew.totals().read()).isZero();

    Files.writeString(
        script,
        "\nUPDATE yksikko SET paikkoja = paikkoja + 1, muokattu = TIMESTAMP '2031-01-01 00:00:00'"
            + " WHERE yksikko_id = 1;\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    LoadReport changed = hub.load(ecec, false, script);
    assertThat(changed.totals().read()).isEqualTo(1);
    assertThat(changed.resourceTotals().updated()).isPositive();
    assertThat(changed.resourceTotals().created()).isZero();

    LoadReport fullAgain = hub.load(ecec, true, script);
    assertThat(fullAgain.resourceTotals().created()).isZero();
    assertThat(fullAgain.resourceTotals().updated()).isZero();
  }

  @Test
  void everyKoskiExampleLoadsOrIsRejectedWithAReasonAndRejectedDocumentsLeaveNothing()
      throws IOException {
    Path examples = IngestHub.samples().resolve("koski-examples");
    LoadReport r = hub.load("koski", Map.of(), examples);
    long files;
    try (var s = Files.list(examples)) {
      files = s.filter(p -> p.toString().endsWith(".json")).count();
    }
    assertThat(r.totals().read()).isEqualTo(files);
    assertThat(r.totals().created() + r.totals().updated() + r.totals().unchanged()
            + r.totals().rejected())
        .isEqualTo(files);
    List<DeadLetter> dead = IngestHub.deadLetters(r);
    Map<String, List<DeadLetter>> byFile =
        dead.stream().collect(Collectors.groupingBy(d -> fileName(d.file())));
    StringBuilder rejected = new StringBuilder();
    byFile.forEach(
        (file, issues) -> {
          rejected.append(file).append(": ");
          issues.forEach(i -> rejected.append(i.code()).append(' ').append(i.messageEn()).append(" | "));
          rejected.append('\n');
          assertThat(issues).allSatisfy(i -> assertThat(i.code()).matches("POLKU-(VAL|HUB)-\\d{4}"));
        });
    System.out.println("KOSKI examples rejected:\n" + rejected);
    assertThat(byFile).hasSize((int) r.totals().rejected());

    // A rejected document's learner was written by no other document: nothing of it is stored.
    Set<String> loadedOids = new HashSet<>();
    Map<String, String> oidOf = new HashMap<>();
    try (var s = Files.list(examples)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).toList()) {
        String oid = henkiloOid(p);
        oidOf.put(p.getFileName().toString(), oid);
        if (!byFile.containsKey(p.getFileName().toString()) && oid != null) {
          loadedOids.add(oid);
        }
      }
    }
    for (String file : byFile.keySet()) {
      String oid = oidOf.get(file);
      if (oid != null && !loadedOids.contains(oid)) {
        assertThat(hub.port.find("Learner", List.of(new Identifier("urn:oid:1.2.246.562.24", oid))))
            .as("learner of the rejected %s", file)
            .isEmpty();
      }
    }

    LoadReport again = hub.load("koski", Map.of(), examples);
    assertThat(again.resourceTotals().created()).isZero();
    assertThat(again.resourceTotals().updated()).isZero();
  }

  @Test
  void conceptMapsOfTheSpecsAreServedWithTranslate() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> map =
        http.send(
            HttpRequest.newBuilder(URI.create(hub.base + "/ConceptMap/register-absence-reason"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(map.statusCode()).isEqualTo(200);
    assertThat(map.body()).contains("student-register-syy");
    HttpResponse<String> t =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        hub.base + "/ConceptMap/register-absence-reason/$translate?sourceCode=S"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(t.statusCode()).isEqualTo(200);
    assertThat(t.body()).contains("\"valueBoolean\": true").contains("illness");
    HttpResponse<String> none =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        hub.base
                            + "/ConceptMap/$translate?url=https://polku.fi/fhir/ConceptMap/register-absence-reason&sourceCode=ZZ"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).contains("\"valueBoolean\": false");
  }

  private static String henkiloOid(Path file) throws IOException {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    var oid = node.path("henkilö").path("oid");
    return oid.isTextual() ? oid.asText() : null;
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** A city's export folder and the parameters its mappings need. */
  record CityParams(Path folder, String oid, String provider) {
    static CityParams of(Path folder) {
      try {
        List<String> lines =
            Files.readAllLines(folder.resolve("register/koulut.csv"), StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1));
        String[] row = lines.get(1).split(";", -1);
        return new CityParams(
            folder, row[header.indexOf("jarjestaja_oid")], row[header.indexOf("jarjestaja")]);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    String municipality() {
      return folder.getFileName().toString().substring(0, 3);
    }

    Map<String, String> register() {
      return Map.of("municipality", municipality(), "provider-oid", oid);
    }

    Map<String, String> ecec() {
      return Map.of("municipality", municipality(), "provider-oid", oid, "provider-name", provider);
    }
  }
}
