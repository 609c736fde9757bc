package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.testing.SpecVariants;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed samples through the load engine into a hub in memory (the hub's own integration
 * tests run the same loads against the real write path): every record is loaded or rejected, and a
 * second run writes nothing.
 */
class SampleLoadTest {

  @TempDir Path data;

  private LoadReport run(LoadEngine engine, InMemoryHub hub, CompiledMapping m, Path input) {
    return engine.run(
        LoadRequest.of(m, List.of(input.toString())), hub, LoadSettings.defaults(data));
  }

  /** The organisation register's sample, which KOSKI documents refer to. */
  private void loadOrganisations(LoadEngine engine, InMemoryHub hub) {
    run(
        engine,
        hub,
        MappingCompiler.compile(SpecLoader.builtIn("organisation-register"), Map.of()),
        Samples.organisationRegister());
  }

  @Test
  void koskiExamplesAreLoadedOrRejectedAndAReloadWritesNothing() throws IOException {
    InMemoryHub hub = new InMemoryHub();
    try (LoadEngine engine = new LoadEngine()) {
      loadOrganisations(engine, hub);
      CompiledMapping koski = MappingCompiler.compile(SpecLoader.builtIn("koski"), Map.of());
      LoadReport first = run(engine, hub, koski, Samples.koskiExamples());
      long files;
      try (Stream<Path> s = Files.list(Samples.koskiExamples())) {
        files = s.filter(p -> p.toString().endsWith(".json")).count();
      }
      assertThat(first.totals().read()).isEqualTo(files);
      assertThat(first.totals().created() + first.totals().rejected()).isEqualTo(files);
      assertThat(first.totals().created()).isGreaterThan(files / 2);

      LoadReport again = run(engine, hub, koski, Samples.koskiExamples());
      assertThat(again.resourceTotals().created()).isZero();
      assertThat(again.resourceTotals().updated()).isZero();
    }
  }

  @Test
  void aKoskiAnswerWithManyLearnersInOneArrayLoadsAsItsDocumentsDoOneByOne(@TempDir Path tmp)
      throws IOException {
    List<Path> documents = koskiDocuments();
    // The KOSKI API answers a query for several learners with an array of their documents.
    StringBuilder array = new StringBuilder("[\n");
    for (int i = 0; i < documents.size(); i++) {
      array.append(i == 0 ? "" : ",\n").append(Files.readString(documents.get(i)));
    }
    Path answer = Files.createDirectories(tmp.resolve("answer")).resolve("oppijat.json");
    Files.writeString(answer, array.append("\n]").toString());

    LoadReport oneByOne = loadKoski(Samples.koskiExamples());
    LoadReport inOneArray = loadKoski(answer.getParent());

    assertThat(inOneArray.totals()).isEqualTo(oneByOne.totals());
    assertThat(inOneArray.types()).isEqualTo(oneByOne.types());
    assertThat(inOneArray.totals().read()).isEqualTo(documents.size());
    assertThat(Files.readString(Path.of(inOneArray.deadLetters())))
        .contains("oppijat.json")
        .doesNotContain("henkilö.sukunimi");
  }

  @Test
  void aKoskiDumpInJsonLinesLoadsAsItsDocumentsDoOneByOne(@TempDir Path tmp) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Path p : koskiDocuments()) {
      lines.append(json.writeValueAsString(json.readTree(p.toFile()))).append('\n');
    }
    Path dump = Files.createDirectories(tmp.resolve("dump")).resolve("koski-2026-11.jsonl");
    Files.writeString(dump, lines.toString());

    LoadReport oneByOne = loadKoski(Samples.koskiExamples());
    LoadReport dumped = loadKoski(dump.getParent());

    assertThat(dumped.totals()).isEqualTo(oneByOne.totals());
    assertThat(dumped.types()).isEqualTo(oneByOne.types());
    assertThat(dumped.totals().read()).isEqualTo(koskiDocuments().size());
  }

  @Test
  void koskiAnswersLoadedAgainUnderAnotherNameAndInAnotherOrderWriteNothing(@TempDir Path tmp)
      throws IOException {
    List<Path> documents = koskiDocuments();
    // Answers of the KOSKI API carry the OIDs KOSKI gave the study rights (the examples are
    // documents written for KOSKI, without them); the weekly fetch is a file of another name.
    ObjectMapper json = new ObjectMapper();
    ArrayNode answer = json.createArrayNode();
    int n = 0;
    for (Path p : documents) {
      ObjectNode document = (ObjectNode) json.readTree(p.toFile());
      for (JsonNode studyRight : document.withArray("opiskeluoikeudet")) {
        ((ObjectNode) studyRight).put("oid", String.format("1.2.246.562.15.%011d", ++n));
      }
      answer.add(document);
    }
    Path week1 = Files.createDirectories(tmp.resolve("w1")).resolve("koski-2026-11-22.json");
    json.writeValue(week1.toFile(), answer);
    ArrayNode reversed = json.createArrayNode();
    for (int i = answer.size() - 1; i >= 0; i--) {
      reversed.add(answer.get(i));
    }
    Path week2 = Files.createDirectories(tmp.resolve("w2")).resolve("koski-2026-11-29.json");
    json.writeValue(week2.toFile(), reversed);

    InMemoryHub hub = new InMemoryHub();
    try (LoadEngine engine = new LoadEngine()) {
      loadOrganisations(engine, hub);
      CompiledMapping koski = MappingCompiler.compile(SpecLoader.builtIn("koski"), Map.of());
      LoadReport first = run(engine, hub, koski, week1.getParent());
      LoadReport again = run(engine, hub, koski, week2.getParent());

      assertThat(first.types().get("StudyAttainment").created()).isPositive();
      assertThat(again.totals().rejected()).isEqualTo(first.totals().rejected());
      assertThat(again.resourceTotals().created()).isZero();
      assertThat(again.resourceTotals().updated()).isZero();
    }
  }

  @Test
  void aLoadListsTheFieldsOfItsDocumentsThatItDidNotLoad(@TempDir Path tmp) throws IOException {
    // A newer KOSKI document: a field the spec neither reads nor ignores, in two of three
    // documents, must not vanish in silence.
    ObjectMapper json = new ObjectMapper();
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Path> documents = koskiDocuments().stream().filter(SampleLoadTest::loads).toList();
    for (int i = 0; i < 3; i++) {
      ObjectNode document = (ObjectNode) json.readTree(documents.get(i).toFile());
      if (i < 2) {
        ((ObjectNode) document.withArray("opiskeluoikeudet").get(0))
            .putObject("järjestämislupa")
            .put("koodiarvo", "perusopetus")
            .put("koodistoUri", "tuvajarjestamislupa");
      }
      json.writeValue(in.resolve("doc" + i + ".json").toFile(), document);
    }

    LoadReport report = loadKoski(in);

    assertThat(report.unreadFields())
        .containsExactly(
            new LoadReport.UnreadField(
                "document", "opiskeluoikeudet.järjestämislupa", 2, "in/doc0.json", 1));
    assertThat(report.toText())
        .contains("fields not loaded")
        .contains(
            "document opiskeluoikeudet.järjestämislupa: 2 records, first in/doc0.json line 1");
    assertThat(report.toJson().get("unreadFields").get(0).get("records").asLong()).isEqualTo(2);
    assertThat(loadKoski(Samples.koskiExamples()).unreadFields()).isEmpty();
  }

  @Test
  void aRegisterExportWithItsFilesNamedInCapitalsLoadsAsTheSameExport(@TempDir Path tmp)
      throws IOException {
    String city = "092-vantaa";
    Path upper = Files.createDirectories(tmp.resolve("VIENTI"));
    try (Stream<Path> files = Files.list(Samples.city(city).resolve("register"))) {
      for (Path f : files.toList()) {
        Files.copy(f, upper.resolve(f.getFileName().toString().toUpperCase(Locale.ROOT)));
      }
    }
    assertThat(loadsAsVantaasExport(upper).foundNoInput()).isFalse();
  }

  @Test
  void identityCodesWrittenInLowerCaseLoadAsTheSameCodes(@TempDir Path tmp) throws IOException {
    String city = "092-vantaa";
    Path export = Files.createDirectories(tmp.resolve("export"));
    try (Stream<Path> files = Files.list(Samples.city(city).resolve("register"))) {
      for (Path f : files.toList()) {
        String text = Files.readString(f, StandardCharsets.ISO_8859_1);
        if (f.getFileName().toString().equals("oppilaat.csv")
            || f.getFileName().toString().equals("huoltajat.csv")) {
          // Only the identity codes (DDMMYY, century sign, individual number, check character).
          text =
              Pattern.compile("(?<=;)\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y](?=;)")
                  .matcher(text)
                  .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        }
        Files.writeString(export.resolve(f.getFileName()), text, StandardCharsets.ISO_8859_1);
      }
    }
    assertThat(Files.readString(export.resolve("oppilaat.csv"), StandardCharsets.ISO_8859_1))
        .containsPattern(";\\d{6}[a-f]\\d{3}[0-9a-y];");
    loadsAsVantaasExport(export);
  }

  @Test
  void aRegisterExportSentAsOneZipFileLoadsAsItsFolderDoes(@TempDir Path tmp) throws IOException {
    String city = "092-vantaa";
    Path zip = tmp.resolve("vantaa-2026-11.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(Samples.city(city).resolve("register"))) {
      for (Path f : files.sorted().toList()) {
        // Exports are often zipped with their folder.
        out.putNextEntry(new ZipEntry("vienti/" + f.getFileName()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    LoadReport zipped = loadsAsVantaasExport(zip);

    assertThat(zipped.inputs())
        .extracting(i -> i.name())
        .contains("vantaa-2026-11.zip/vienti/oppilaat.csv");
    assertThat(Files.readString(Path.of(zipped.deadLetters())))
        .contains("vantaa-2026-11.zip/vienti/");
  }

  @Test
  void aRegisterExportZippedByWindowsWithFinnishNamesAndMacJunkLoadsAsItsFolderDoes(
      @TempDir Path tmp) throws IOException {
    String city = "092-vantaa";
    Path zip = tmp.resolve("vantaa-2026-11.zip");
    // Windows' "Compressed (zipped) folder" on a Finnish machine: names in code page 850 (ä is
    // 0x84) without the UTF-8 flag; a copy that passed through a Mac brings its own files along.
    try (var out = new ZipOutputStream(Files.newOutputStream(zip), Charset.forName("IBM850"));
        Stream<Path> files = Files.list(Samples.city(city).resolve("register"))) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry("Vienti/" + f.getFileName()));
        Files.copy(f, out);
        out.closeEntry();
        out.putNextEntry(new ZipEntry("__MACOSX/Vienti/._" + f.getFileName()));
        out.write(new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("Vienti/Lisätiedot.txt"));
      out.write("Päätökset toimitetaan erikseen.\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("Vienti/Thumbs.db"));
      out.closeEntry();
    }

    LoadReport zipped = loadsAsVantaasExport(zip);

    assertThat(zipped.inputs())
        .extracting(i -> i.name())
        .contains("vantaa-2026-11.zip/Vienti/oppilaat.csv")
        .noneMatch(n -> n.contains("__MACOSX"));
    assertThat(zipped.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("vantaa-2026-11.zip: left out the operating system's files")
                    .contains("__MACOSX/Vienti/._huoltajat.csv", "and 2 more"));
  }

  @Test
  void aZipWhoseEntriesWouldLeaveItsFolderIsRefused(@TempDir Path tmp) throws IOException {
    Path zip = tmp.resolve("evil.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("../../oppilaat.csv"));
      out.write("oppilasnro;hetu\n".getBytes(StandardCharsets.ISO_8859_1));
      out.closeEntry();
    }

    assertThatThrownBy(
            () ->
                loadRegister(
                    zip,
                    Map.of(
                        "municipality", "092", "provider-oid", Samples.providerOid("092-vantaa"))))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("POLKU-VAL-0835: The ZIP archive " + zip)
        .hasMessageContaining("../../oppilaat.csv");
    assertThat(tmp.getParent().resolve("oppilaat.csv")).doesNotExist();
  }

  @Test
  void aZipCutShortStopsTheRunWithItsCodeBeforeAnythingIsLoaded(@TempDir Path tmp)
      throws IOException {
    String city = "092-vantaa";
    Path zip = tmp.resolve("vantaa.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(Samples.city(city).resolve("register"))) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    // A copy that stopped half-way: read from the start, the part that arrived looks like an
    // export.
    byte[] whole = Files.readAllBytes(zip);
    Files.write(zip, Arrays.copyOf(whole, whole.length / 2));
    InMemoryHub hub = new InMemoryHub();
    Map<String, String> params =
        Map.of("municipality", "092", "provider-oid", Samples.providerOid(city));

    assertThatThrownBy(() -> loadRegister(SpecLoader.builtIn("student-register"), zip, params, hub))
        .isInstanceOfSatisfying(
            UnusableInputException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(MappingCodes.ZIP_INCOMPLETE);
              assertThat(e.problem().message().fi()).contains(zip.toString());
            });
    assertThat(hub.transactions()).isZero();
  }

  @Test
  void aFolderWithoutAnyFileOfTheSpecIsReportedAsFoundNoInputNamingTheFilesThere(@TempDir Path tmp)
      throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(folder.resolve("oppilaat_2026.csv"), "oppilasnro;hetu\n");
    Files.writeString(folder.resolve("huoltajat_2026.csv"), "huoltajanro;hetu\n");

    LoadReport report =
        loadRegister(
            folder,
            Map.of("municipality", "092", "provider-oid", Samples.providerOid("092-vantaa")));

    assertThat(report.foundNoInput()).isTrue();
    assertThat(report.entitiesWithoutInput()).contains("pupil", "guardian");
    assertThat(report.notes())
        .contains("no input for entity pupil (no file oppilaat.csv)")
        .anySatisfy(
            n ->
                assertThat(n)
                    .isEqualTo(
                        "files no entity reads: export/huoltajat_2026.csv, export/oppilaat_2026.csv"));
  }

  /**
   * Loads Vantaa's register export as committed and {@code variant} of it, each into a hub of its
   * own, and checks that both count the same records and resources; returns the variant's report.
   */
  private LoadReport loadsAsVantaasExport(Path variant) {
    String city = "092-vantaa";
    Map<String, String> params =
        Map.of("municipality", "092", "provider-oid", Samples.providerOid(city));
    LoadReport asWritten = loadRegister(Samples.city(city).resolve("register"), params);
    LoadReport other = loadRegister(variant, params);
    assertThat(other.totals()).isEqualTo(asWritten.totals());
    assertThat(other.types()).isEqualTo(asWritten.types());
    return other;
  }

  private LoadReport loadRegister(Path input, Map<String, String> params) {
    return loadRegister(SpecLoader.builtIn("student-register"), input, params);
  }

  private LoadReport loadRegister(LoadedSpec spec, Path input, Map<String, String> params) {
    return loadRegister(spec, input, params, new InMemoryHub());
  }

  private LoadReport loadRegister(
      LoadedSpec spec, Path input, Map<String, String> params, InMemoryHub hub) {
    try (LoadEngine engine = new LoadEngine()) {
      return run(engine, hub, MappingCompiler.compile(spec, params), input);
    }
  }

  @Test
  void aColumnTheSpecListsButLoadsNowhereIsReportedAsNotLoaded(@TempDir Path tmp)
      throws IOException {
    ObjectNode spec = SpecVariants.builtIn("student-register");
    spec.put("name", "register-listing-lisatieto");
    spec.remove("ignore");
    for (JsonNode e : spec.get("entities")) {
      if (e.get("name").asText().equals("pupil")) {
        ((ArrayNode) e.get("columns")).add("lisatieto");
      }
    }
    String city = "092-vantaa";

    LoadReport r =
        loadRegister(
            SpecLoader.load(SpecVariants.write(spec, tmp)),
            Samples.city(city).resolve("register"),
            Map.of("municipality", "092", "provider-oid", Samples.providerOid(city)));

    assertThat(r.unreadFields())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.entity()).isEqualTo("pupil");
              assertThat(u.path()).isEqualTo("lisatieto");
              assertThat(u.records()).isPositive();
            });
  }

  /** Whether an example is one that loads (not one of KOSKI's failed-transfer examples). */
  private static boolean loads(Path document) {
    String name = document.getFileName().toString();
    return !name.startsWith("tiedonsiirto-epaonnistunut") && !name.startsWith("lukio-ops2019");
  }

  private static List<Path> koskiDocuments() throws IOException {
    try (Stream<Path> s = Files.list(Samples.koskiExamples())) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private LoadReport loadKoski(Path input) {
    InMemoryHub hub = new InMemoryHub();
    try (LoadEngine engine = new LoadEngine()) {
      loadOrganisations(engine, hub);
      return run(
          engine, hub, MappingCompiler.compile(SpecLoader.builtIn("koski"), Map.of()), input);
    }
  }

  @Test
  void aCityRegisterAndEcecDatabaseLoadAndReloadUnchanged() {
    String city = "092-vantaa";
    InMemoryHub hub = new InMemoryHub();
    try (LoadEngine engine = new LoadEngine()) {
      CompiledMapping register =
          MappingCompiler.compile(
              SpecLoader.builtIn("student-register"),
              Map.of("municipality", "092", "provider-oid", Samples.providerOid(city)));
      LoadReport r = run(engine, hub, register, Samples.city(city).resolve("register"));
      assertThat(r.totals().created()).isPositive();
      assertThat(r.totals().rejected()).isPositive();
      assertThat(r.deadLetters()).isNotNull();

      CompiledMapping ecec =
          MappingCompiler.compile(
              SpecLoader.builtIn("ecec-database"),
              Map.of(
                  "municipality", "092",
                  "provider-oid", Samples.providerOid(city),
                  "provider-name", "Vantaan kaupunki"));
      Path script = Samples.city(city).resolve("ecec/ecec.sql");
      LoadReport e = run(engine, hub, ecec, script);
      assertThat(e.totals().created()).isPositive();
      // Only the overlap before each table's last position is read again, and it writes nothing
      // (LoadIT counts those rows exactly).
      LoadReport reread = run(engine, hub, ecec, script);
      assertThat(reread.totals().read()).isPositive().isLessThan(e.totals().read() / 10);
      assertThat(reread.resourceTotals().created()).isZero();
      assertThat(reread.resourceTotals().updated()).isZero();

      LoadReport again = run(engine, hub, register, Samples.city(city).resolve("register"));
      assertThat(again.resourceTotals().created()).isZero();
      assertThat(again.resourceTotals().updated()).isZero();
      assertThat(again.totals().rejected()).isEqualTo(r.totals().rejected());
    }
  }
}
