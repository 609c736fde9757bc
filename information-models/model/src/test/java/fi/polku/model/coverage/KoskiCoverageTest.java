package fi.polku.model.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Can the model hold what KOSKI holds? Walks every KOSKI example document, lists each distinct
 * field path, and checks the mapping table {@code src/main/koski-coverage/koski-paths.tsv}, which
 * names the model element holding each path. Writes {@code docs/model/koski-coverage.md}.
 */
class KoskiCoverageTest {

  /** The education types the model must cover, by document file-name prefix. */
  private static final Map<String, Predicate<String>> CORE = new LinkedHashMap<>();

  static {
    // Insertion order is the report's row order.
    CORE.put("pre-primary", f -> f.startsWith("esiopetus"));
    CORE.put(
        "basic education",
        f ->
            f.startsWith("perusopetuksen")
                || f.startsWith("perusopetukseenvalmistava")
                || f.startsWith("nuortenperusopetuksen"));
    CORE.put("adult basic education", f -> f.startsWith("aikuistenperusopetuksen"));
    CORE.put(
        "general upper secondary", f -> f.startsWith("lukio-") || f.startsWith("lukioops2019"));
  }

  private static final double REQUIRED_COVERAGE = 0.95;

  private static Path root;
  private static KoskiPaths paths;
  private static Map<String, Row> table;

  record Row(String path, String target, String note) {
    boolean held() {
      return !target.equals("-");
    }
  }

  @BeforeAll
  static void load() throws IOException {
    root = Path.of(System.getProperty("polku.root", "../.."));
    paths = KoskiPaths.of(root.resolve("samples/data/koski-examples"));
    table = new TreeMap<>();
    List<String> lines =
        Files.readAllLines(
            root.resolve("information-models/model/src/main/koski-coverage/koski-paths.tsv"),
            StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] cols = line.split("\t", -1);
        table.put(cols[0], new Row(cols[0], cols[1], cols.length > 2 ? cols[2] : ""));
      }
    }
  }

  @Test
  void everyKoskiPathHasARowAndEveryRowAPath() {
    assertThat(table.keySet())
        .as("mapping table rows, compared with the paths of the KOSKI examples")
        .containsExactlyInAnyOrderElementsOf(paths.all());
  }

  @Test
  void unheldPathsSayWhy() {
    assertThat(table.values())
        .filteredOn(r -> !r.held())
        .allSatisfy(r -> assertThat(r.note()).as("reason for %s", r.path()).isNotBlank());
  }

  @Test
  void everyTargetIsAnElementOfTheCompiledModel() throws IOException {
    ModelPathResolver resolver =
        new ModelPathResolver(FhirContext.forR5Cached(), modelDefinitions());
    Map<String, String> unresolved = new TreeMap<>();
    for (Row r : table.values()) {
      if (r.held()) {
        resolver
            .problem(r.target())
            .ifPresent(p -> unresolved.put(r.path() + " -> " + r.target(), p));
      }
    }
    assertThat(unresolved).as("targets that are not elements of the model").isEmpty();
  }

  @Test
  void coreEducationTypesAreAtLeast95PercentCoveredAndReportIsWritten() throws IOException {
    Map<String, double[]> coverage = new LinkedHashMap<>();
    Predicate<String> anyCore = f -> CORE.values().stream().anyMatch(p -> p.test(f));
    coverage.put("all core types", counts(paths.occurringIn(anyCore)));
    CORE.forEach((name, filter) -> coverage.put(name, counts(paths.occurringIn(filter))));
    coverage.put("all documents", counts(paths.all()));

    Files.writeString(
        root.resolve("docs/model/koski-coverage.md"), report(coverage), StandardCharsets.UTF_8);

    double[] core = coverage.get("all core types");
    assertThat(core[0] / core[1])
        .as("share of distinct field paths of the core KOSKI documents held by the model")
        .isGreaterThanOrEqualTo(REQUIRED_COVERAGE);
  }

  private static double[] counts(Set<String> ps) {
    long held = ps.stream().filter(p -> table.containsKey(p) && table.get(p).held()).count();
    return new double[] {held, ps.size()};
  }

  private static String report(Map<String, double[]> coverage) {
    StringBuilder md = new StringBuilder();
    md.append(
        "> Written by `KoskiCoverageTest` in `information-models/model` on every build."
            + " Do not edit by hand: change `src/main/koski-coverage/koski-paths.tsv` or the model.\n\n");
    md.append("# KOSKI coverage\n\n");
    md.append(
            "Each distinct field path of the KOSKI example documents in `samples/data/koski-examples/`")
        .append(
            " (JSON keys joined with `.`, lists collapsed) and the model element that holds it.\n\n");
    md.append("| documents | paths | held | coverage |\n|---|---:|---:|---:|\n");
    coverage.forEach(
        (name, c) ->
            md.append(
                String.format(
                    java.util.Locale.ROOT,
                    "| %s | %d | %d | %.1f %% |%n",
                    name,
                    (long) c[1],
                    (long) c[0],
                    c[1] == 0 ? 100.0 : 100.0 * c[0] / c[1])));
    md.append("\nThe build fails if fewer than 95 % of the paths of the core documents")
        .append(
            " (pre-primary, basic, adult basic and general upper secondary education) are held.\n\n");
    md.append("| KOSKI path | model element | note |\n|---|---|---|\n");
    for (Row r : table.values()) {
      md.append("| `")
          .append(r.path())
          .append("` | ")
          .append(r.held() ? "`" + r.target() + "`" : "not held")
          .append(" | ")
          .append(r.note().replace("|", "\\|"))
          .append(" |\n");
    }
    return md.toString();
  }

  private static List<StructureDefinition> modelDefinitions() throws IOException {
    FhirContext fhir = FhirContext.forR5Cached();
    ObjectMapper json = new ObjectMapper();
    List<StructureDefinition> out = new ArrayList<>();
    JsonNode index = json.readTree(resource(".index.json"));
    for (JsonNode f : index.path("files")) {
      if (f.path("resourceType").asText().equals("StructureDefinition")) {
        try (InputStream in = resource(f.path("filename").asText())) {
          out.add(fhir.newJsonParser().parseResource(StructureDefinition.class, in));
        }
      }
    }
    return out;
  }

  private static InputStream resource(String file) {
    InputStream in =
        KoskiCoverageTest.class.getClassLoader().getResourceAsStream("polku/fhir/package/" + file);
    return Optional.ofNullable(in)
        .orElseThrow(() -> new IllegalStateException("model package lacks " + file));
  }
}
