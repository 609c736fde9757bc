package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.ingest.IngestHub.DeadLetter;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.hub.StoredResource;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads the committed sample data with a real Camel load engine into a hub on H2, through the hub's
 * own write path. Each test uses its own city so that the tests do not depend on each other.
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
    LoadReport r =
        hub.load("student-register", vantaa.register(), vantaa.folder.resolve("register"));

    Map<String, String> expected = IngestHub.registerFaults(vantaa.folder);
    Map<String, Set<String>> actual = new HashMap<>();
    for (DeadLetter d : IngestHub.deadLetters(r)) {
      actual.computeIfAbsent(d.where(), k -> new HashSet<>()).add(d.code());
    }
    assertThat(actual.keySet()).containsAll(expected.keySet());
    expected.forEach(
        (where, code) ->
            assertThat(actual.get(where)).as("dead letter of %s", where).contains(code));
    assertThat(r.totals().read()).isGreaterThan(500);
    assertThat(r.totals().created()).isPositive();
    assertThat(r.totals().rejected()).isEqualTo(actual.size());

    // The run's index updates trail its writes; when the run has ended, searches see them all.
    for (String type : List.of("Learner", "Absence")) {
      assertThat(hub.searchTotal(type + "?_total=accurate&_count=1"))
          .as("%s found by search after the run", type)
          .isEqualTo(hub.port.ids(type, 1_000_000).size());
    }

    // An export walks the store page by page (keyset paged, 500 per page): every row once.
    List<String> walked = new ArrayList<>();
    hub.port.forEach("Absence", stored -> walked.add(stored.id()));
    assertThat(walked)
        .hasSizeGreaterThan(500)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(hub.port.ids("Absence", 1_000_000));

    int provenances = hub.port.ids("Provenance", 1000).size();
    LoadReport again =
        hub.load("student-register", vantaa.register(), vantaa.folder.resolve("register"));
    Counts resources = again.resourceTotals();
    assertThat(resources.created()).isZero();
    assertThat(resources.updated()).isZero();
    assertThat(resources.unchanged()).isEqualTo(touched(r));
    assertThat(again.totals().rejected()).isEqualTo(r.totals().rejected());
    assertThat(hub.port.ids("Provenance", 1000)).hasSize(provenances);
  }

  @Test
  void ececDatabaseLoadsIncrementallyByModificationTime(@TempDir Path tmp) throws IOException {
    CityParams espoo = city("049-espoo");
    Path script = tmp.resolve("ecec.sql");
    Files.copy(espoo.folder.resolve("ecec/ecec.sql"), script);
    EcecScript db = new EcecScript(script);
    CompiledMapping ecec =
        MappingCompiler.compile(SpecLoader.builtIn("ecec-database"), espoo.ecec());
    Duration overlap = Duration.ofMinutes(5);

    LoadReport first = hub.load(ecec, false, script);
    assertThat(first.totals().read()).isPositive();
    assertThat(first.totals().created()).isPositive();
    Map<String, Timestamp> positions = db.positions();

    // Only the rows of the overlap before each table's position are read again, and unchanged.
    LoadReport nothingNew = hub.load(ecec, false, script);
    assertThat(nothingNew.totals().read())
        .isEqualTo(db.rowsFrom(positions, overlap))
        .isLessThan(first.totals().read() / 10);
    assertThat(nothingNew.resourceTotals().created()).isZero();
    assertThat(nothingNew.resourceTotals().updated()).isZero();

    // A unit changed by a transaction that committed after the last run, with a modification
    // time a minute before that run's position: read in the overlap, not lost.
    db.append(
        "UPDATE yksikko SET paikkoja = paikkoja + 1,"
            + " muokattu = DATEADD('MINUTE', -1, (SELECT MAX(muokattu) FROM yksikko))"
            + " WHERE yksikko_id = (SELECT MIN(yksikko_id) FROM yksikko WHERE muokattu <"
            + " DATEADD('MINUTE', -5, (SELECT MAX(muokattu) FROM yksikko)));");
    LoadReport lateCommit = hub.load(ecec, false, script);
    assertThat(lateCommit.totals().read()).isEqualTo(db.rowsFrom(positions, overlap));
    assertThat(lateCommit.resourceTotals().updated()).isPositive();
    assertThat(lateCommit.resourceTotals().created()).isZero();

    db.append(
        "UPDATE yksikko SET paikkoja = paikkoja + 1, muokattu = TIMESTAMP '2031-01-01 00:00:00'"
            + " WHERE yksikko_id = 1;");
    LoadReport changed = hub.load(ecec, false, script);
    assertThat(changed.totals().read()).isEqualTo(db.rowsFrom(positions, overlap));
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
    assertThat(
            r.totals().created()
                + r.totals().updated()
                + r.totals().unchanged()
                + r.totals().rejected())
        .isEqualTo(files);
    List<DeadLetter> dead = IngestHub.deadLetters(r);
    Map<String, List<DeadLetter>> byFile =
        dead.stream().collect(Collectors.groupingBy(d -> IngestHub.fileName(d.file())));
    StringBuilder rejected = new StringBuilder();
    byFile.forEach(
        (file, issues) -> {
          rejected.append(file).append(": ");
          issues.forEach(
              i -> rejected.append(i.code()).append(' ').append(i.messageEn()).append(" | "));
          rejected.append('\n');
          assertThat(issues)
              .allSatisfy(i -> assertThat(i.code()).matches("POLKU-(VAL|HUB)-\\d{4}"));
        });
    System.out.println("KOSKI examples rejected:\n" + rejected);
    assertThat(byFile).hasSize((int) r.totals().rejected());

    // Exactly the documents that are invalid by design (or against the code-list snapshot) are
    // rejected, each for its own reason; every other published example loads.
    Map<String, Set<String>> codesByFile = new java.util.TreeMap<>();
    byFile.forEach(
        (file, issues) ->
            codesByFile.put(
                file, issues.stream().map(DeadLetter::code).collect(Collectors.toSet())));
    Map<String, Set<String>> expected = new java.util.TreeMap<>();
    try (var s = Files.list(examples)) {
      s.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .forEach(
              f -> {
                String code = expectedRejection(f);
                if (code != null) {
                  expected.put(f, Set.of(code));
                }
              });
    }
    assertThat(codesByFile).isEqualTo(expected);

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

    // The loader finds stored versions by identifier: each loaded learner once, of that type only.
    List<Identifier> learnerOids =
        loadedOids.stream().map(o -> new Identifier("urn:oid:1.2.246.562.24", o)).toList();
    List<StoredResource> found = hub.port.find("Learner", learnerOids);
    assertThat(found).extracting(StoredResource::id).doesNotHaveDuplicates();
    assertThat(
            found.stream()
                .flatMap(s -> s.json().path("identifier").valueStream())
                .filter(id -> id.path("system").asText().equals("urn:oid:1.2.246.562.24"))
                .map(id -> id.path("value").asText()))
        .containsExactlyInAnyOrderElementsOf(loadedOids);
    assertThat(hub.port.find("Organization", learnerOids)).isEmpty();

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
    assertThat(t.body()).containsPattern("\"valueBoolean\":\\s*true").contains("illness");
    HttpResponse<String> none =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        hub.base
                            + "/ConceptMap/$translate?url=https://polku.fi/fhir/ConceptMap/register-absence-reason&sourceCode=ZZ"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).containsPattern("\"valueBoolean\":\\s*false");
  }

  @Test
  void anIntegratorVariantOfTheExportLoadsByEditingTheSpecOnly(@TempDir Path tmp)
      throws IOException {
    CityParams oulu = city("564-oulu");
    LoadReport original =
        hub.load("student-register", oulu.register(), oulu.folder.resolve("register"));
    assertThat(original.totals().created()).isPositive();

    // The other system's export: comma-separated UTF-8, ISO dates, the pupil file's columns
    // reversed and its identity-code column renamed, and a local absence reason SK.
    Path export = Files.createDirectories(tmp.resolve("export"));
    try (var files = Files.list(oulu.folder.resolve("register"))) {
      for (Path f : files.toList()) {
        Variants.writeVariant(f, export.resolve(f.getFileName()));
      }
    }
    Path specFolder = Files.createDirectories(tmp.resolve("spec"));
    String spec =
        Files.readString(
                IngestHub.root()
                    .resolve("mappings/src/main/resources/polku/mappings/student-register.yaml"))
            .replace("encoding: ISO-8859-1", "encoding: UTF-8")
            .replace("separator: \";\"", "separator: \",\"")
            .replace("date: d.M.yyyy", "date: yyyy-MM-dd")
            .replace("dateTime: d.M.yyyy H:mm", "dateTime: yyyy-MM-dd H:mm")
            .replace("[oppilasnro, hetu,", "[oppilasnro, henkilotunnus,")
            .replace(
                "from: hetu, as: identifier, required: true",
                "from: henkilotunnus, as: identifier, required: true");
    Files.writeString(specFolder.resolve("other-register.yaml"), spec);
    Path maps = IngestHub.root().resolve("mappings/src/main/resources/polku/mappings");
    try (var files = Files.list(maps)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".conceptmap.json")).toList()) {
        Files.copy(f, specFolder.resolve(f.getFileName()));
      }
    }
    Path absence = specFolder.resolve("register-absence-reason.conceptmap.json");
    Files.writeString(
        absence,
        Files.readString(absence)
            .replaceFirst(
                "\"element\": \\[",
                "\"element\": [ { \"code\": \"SK\", \"display\": \"sairaus, kotona\","
                    + " \"target\": [ { \"code\": \"illness\", \"relationship\": \"equivalent\","
                    + " \"property\": [ { \"code\": \"justified\", \"valueBoolean\": true } ] } ] },"));

    LoadReport variant =
        hub.load(specFolder.resolve("other-register.yaml").toString(), oulu.register(), export);

    // The same records, read from another layout: nothing new, nothing lost.
    assertThat(variant.totals().read()).isEqualTo(original.totals().read());
    assertThat(variant.resourceTotals().created()).isZero();
    assertThat(variant.resourceTotals().updated()).isZero();
    assertThat(variant.totals().rejected()).isEqualTo(original.totals().rejected());
    assertThat(variant.resourceTotals().unchanged()).isEqualTo(touched(original));
  }

  @Test
  void aMalformedSpecIsRefusedNamingItsFileAndLine(@TempDir Path tmp) throws IOException {
    Path maps = IngestHub.root().resolve("mappings/src/main/resources/polku/mappings");
    try (var files = Files.list(maps)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".conceptmap.json")).toList()) {
        Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    Path spec = tmp.resolve("broken.yaml");
    Files.writeString(
        spec,
        Files.readString(
                IngestHub.root()
                    .resolve("mappings/src/main/resources/polku/mappings/student-register.yaml"))
            .replace("as: date, required: true }", "as: dat, required: true }"));
    java.io.StringWriter err = new java.io.StringWriter();
    int status =
        fi.polku.hub.cli.PolkuCommand.commandLine()
            .setErr(new java.io.PrintWriter(err))
            .execute("load", spec.toString(), tmp.toString(), "-p", "municipality=564");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .containsPattern("broken\\.yaml:\\d+:\\d+: entities\\[\\d]")
        .contains("unknown conversion 'as: dat'");
  }

  @Test
  void aMissingInputIsRefusedBeforeTheHubStarts(@TempDir Path tmp) {
    java.io.StringWriter err = new java.io.StringWriter();
    int status =
        fi.polku.hub.cli.PolkuCommand.commandLine()
            .setErr(new java.io.PrintWriter(err))
            .execute("load", "koski", tmp.resolve("nothing-here").toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or folder").contains("nothing-here");
  }

  @Test
  void aFileInTheWrongEncodingRejectsItsBadLinesAndLoadsTheRest(@TempDir Path tmp)
      throws IOException {
    CityParams turku = city("853-turku");
    Path export = Files.createDirectories(tmp.resolve("register"));
    try (var files = Files.list(turku.folder.resolve("register"))) {
      for (Path f : files.toList()) {
        Files.copy(f, export.resolve(f.getFileName()));
      }
    }
    // The schools file saved as UTF-8 where the spec says ISO-8859-1: its lines with ä/ö are
    // no longer what the spec reads. Those are refused; everything else is loaded.
    Path schools = export.resolve("koulut.csv");
    Files.writeString(
        schools, Files.readString(schools, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    LoadReport r = hub.load("student-register", turku.register(), export);
    assertThat(r.totals().created()).isPositive();
    assertThat(IngestHub.deadLetters(r))
        .anySatisfy(
            d -> {
              assertThat(d.file()).endsWith("koulut.csv");
              assertThat(d.code()).isEqualTo(MappingCodes.WRONG_ENCODING.code());
            });
  }

  @Test
  void aLoadThatFindsNoFileOfItsSpecExitsWithStatus3NamingTheEntitiesAndTheFilesThere(
      @TempDir Path tmp) throws IOException {
    Path export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(export.resolve("organisations-2026-11.json"), "{\"organisaatiot\": []}");
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();

    int status =
        fi.polku.hub.cli.PolkuCommand.commandLine()
            .setOut(new java.io.PrintWriter(out))
            .setErr(new java.io.PrintWriter(err))
            .execute(
                "load",
                "student-register",
                export.toString(),
                "-p",
                "municipality=092",
                "--hub",
                hub.base,
                "--data",
                tmp.resolve("data").toString());

    assertThat(status).isEqualTo(3);
    assertThat(err.toString())
        .contains("no input file matches the mapping's entities (school, class, pupil");
    assertThat(out.toString())
        .contains("no input for entity pupil (no file oppilaat.csv)")
        .contains("files no entity reads: export/organisations-2026-11.json")
        .contains("loaded: read=0 created=0 updated=0 unchanged=0 rejected=0");
  }

  /** The default batch of 200 records and batches of 7: the same outcome, rejection included. */
  @ParameterizedTest(name = "batch {0}")
  @ValueSource(ints = {200, 7})
  void loadCommandOverHttpEndsWithTheSummaryLineWhateverTheBatchSize(int batch, @TempDir Path tmp) {
    java.io.StringWriter out = new java.io.StringWriter();
    List<String> args =
        new ArrayList<>(
            List.of(
                "load",
                "organisation-register",
                IngestHub.samples().resolve("organisaatio/hierarkia.json").toString(),
                "--hub",
                hub.base,
                "--data",
                tmp.toString()));
    if (batch != 200) {
      args.add("--batch=" + batch);
    }
    int status =
        fi.polku.hub.cli.PolkuCommand.commandLine()
            .setOut(new java.io.PrintWriter(out))
            .execute(args.toArray(String[]::new));
    assertThat(status).isZero();
    String[] lines = out.toString().strip().split("\\R");
    assertThat(lines[lines.length - 1])
        .matches("loaded: read=991 created=0 updated=0 unchanged=990 rejected=1");
  }

  @Test
  void aGuardianOfSiblingsInDifferentBatchesIsWrittenOnceAndAReloadCountsEachPersonOnce() {
    CityParams tampere = city("837-tampere");
    Path export = tampere.folder.resolve("register");
    LoadReport first = hub.load("student-register", tampere.register(), 5, export);
    Counts persons = first.types().get("Person");
    // Siblings share guardians: fewer persons than guardian records.
    assertThat(first.entities().get("guardian").created()).isGreaterThan(persons.created());
    assertThat(persons.unchanged()).isZero();

    LoadReport again = hub.load("student-register", tampere.register(), 5, export);
    assertThat(again.types().get("Person").unchanged())
        .isEqualTo(persons.created() + persons.updated());
    assertThat(again.resourceTotals().created()).isZero();
    assertThat(again.resourceTotals().updated()).isZero();
  }

  /** Resources a run created, updated or found unchanged. */
  private static long touched(LoadReport r) {
    Counts c = r.resourceTotals();
    return c.created() + c.updated() + c.unchanged();
  }

  @Test
  void aFileDroppedIntoTheInboxIsLoadedAndItsReportKept() throws IOException {
    Path inbox = hub.data.resolve("inbox");
    Path example =
        IngestHub.samples()
            .resolve("koski-examples/perusopetuksenoppimaara-paattotodistus_2019-02-08.json");
    Files.copy(example, inbox.resolve("koski").resolve("dropped.json"));

    assertThat(Files.readString(awaitReport(inbox, "dropped.json")))
        .contains("mapping koski")
        .contains("loaded: read=1");
  }

  @Test
  void aZippedRegisterExportDroppedIntoTheInboxIsLoadedWithTheFolderParameters(@TempDir Path tmp)
      throws IOException {
    CityParams espoo = city("049-espoo");
    Path folder = hub.data.resolve("inbox").resolve("student-register");
    Files.writeString(
        folder.resolve("mapping.properties"),
        "param.municipality=" + espoo.municipality() + "\nparam.provider-oid=" + espoo.oid + "\n");
    Path zip = tmp.resolve("espoo-export.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.list(espoo.folder.resolve("register"))) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    // Moved in whole, as a file transfer that writes elsewhere first would.
    Files.move(zip, folder.resolve("espoo-export.zip"));

    String report = Files.readString(awaitReport(hub.data.resolve("inbox"), "espoo-export.zip"));
    assertThat(report)
        .contains("mapping student-register")
        .contains("espoo-export.zip/oppilaat.csv")
        .doesNotContain("no input for entity")
        .containsPattern("loaded: read=[1-9]\\d* created=[1-9]\\d*");
  }

  @Test
  void aZipBombDroppedIntoTheInboxIsRefusedAtTheHubsLimitAndMovedToFailed(@TempDir Path tmp)
      throws IOException {
    Path inbox = hub.data.resolve("inbox");
    Path zip = tmp.resolve("pommi.zip");
    // 8 MB of zeros deflate to some 8 KB; the hub's limit here is 4MB.
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("oppija.json"));
      out.write(new byte[8 << 20]);
      out.closeEntry();
    }
    assertThat(Files.size(zip)).isLessThan(1 << 20);
    Files.move(zip, inbox.resolve("koski").resolve("pommi.zip"));

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .until(() -> Files.exists(inbox.resolve(".failed").resolve("pommi.zip")));
    // A refused archive loads nothing, so no run and no report.
    assertThat(inbox.resolve(".reports").resolve("pommi.zip")).doesNotExist();
    if (Files.isDirectory(inbox.resolve(".reports"))) {
      try (var reports = Files.list(inbox.resolve(".reports"))) {
        assertThat(reports).noneMatch(p -> p.getFileName().toString().startsWith("pommi.zip"));
      }
    }
  }

  /** Waits for the inbox to keep the report of {@code file} and move the file to .done. */
  private static Path awaitReport(Path inbox, String file) throws IOException {
    Path reports = inbox.resolve(".reports");
    Path done = inbox.resolve(".done");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(3))
        .until(
            () -> {
              // The report is kept while the file is processed; it is moved to .done after.
              if (!Files.isDirectory(reports) || !Files.isDirectory(done)) {
                return false;
              }
              try (var s = Files.list(reports)) {
                return s.anyMatch(
                        p ->
                            p.getFileName().toString().startsWith(file + "-")
                                && Files.exists(p.resolve("report.txt")))
                    && anyEndsWith(done, file);
              }
            });
    try (var s = Files.list(reports)) {
      return s.filter(p -> p.getFileName().toString().startsWith(file + "-"))
          .findFirst()
          .orElseThrow()
          .resolve("report.txt");
    }
  }

  private static boolean anyEndsWith(Path folder, String suffix) throws IOException {
    try (var s = Files.list(folder)) {
      return s.anyMatch(p -> p.toString().endsWith(suffix));
    }
  }

  private static String henkiloOid(Path file) throws IOException {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    var oid = node.path("henkilö").path("oid");
    return oid.isTextual() ? oid.asText() : null;
  }

  /**
   * Why a published KOSKI example must be rejected, or null when it must load: the failed-transfer
   * examples name a unit outside its organisation (0819) or carry a malformed identity code (0301);
   * the 2020 upper-secondary drafts use ops2019 codes ({@code lukionoppimaara2019}, ...) that the
   * code-list snapshot does not have (0404).
   */
  private static String expectedRejection(String file) {
    if (file.startsWith("tiedonsiirto-epaonnistunut3_")) {
      return "POLKU-VAL-0301";
    }
    if (file.startsWith("tiedonsiirto-epaonnistunut")) {
      return "POLKU-VAL-0819";
    }
    if (file.startsWith("lukio-ops2019_")) {
      return "POLKU-VAL-0404";
    }
    return null;
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
