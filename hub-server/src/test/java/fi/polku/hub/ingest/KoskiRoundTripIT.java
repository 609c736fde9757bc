package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.hub.ingest.IngestHub.DeadLetter;
import fi.polku.mapping.export.ExportRun;
import fi.polku.mapping.export.JsonComparison;
import fi.polku.mapping.export.JsonComparison.Difference;
import fi.polku.mapping.export.SourceProjection;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every KOSKI example, exports the hub as KOSKI documents (one per learner) and compares each
 * loaded example with what came back: its learner ({@code henkilö}) with the exported learner, and
 * each of its study rights with one exported study right of that learner. What the model does not
 * keep is left out of the expectation by {@link SourceProjection} (docs/mappings.md, "Export").
 *
 * <p>The examples are about a few persons: several documents each. A learner's exported document
 * therefore holds the study rights of all of their documents, and their {@code henkilö} is what all
 * of them said together. A study right is matched with the exported one it differs least from, each
 * exported study right used once.
 *
 * <p>The report of differences (path, expected, actual) is written to {@code
 * target/koski-roundtrip-report.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KoskiRoundTripIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestHub hub;

  @BeforeAll
  void startHub() {
    hub = new IngestHub();
    hub.load(
        "organisation-register", Map.of(), IngestHub.samples().resolve("organisaatio/hierarkia.json"));
  }

  @AfterAll
  void stopHub() {
    hub.close();
  }

  @Test
  void loadedKoskiExamplesComeBackSemanticallyEqualFromTheExport(@TempDir Path out)
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
    assertThat(files).hasSize(summary.documents());
    assertThat(summary.documents()).isEqualTo(summary.learners()).isPositive();
    assertThat(files)
        .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("Learner-[A-Za-z0-9.-]+\\.json"));

    Map<String, ObjectNode> exportedByPerson = new LinkedHashMap<>();
    for (Path f : files) {
      ObjectNode doc = (ObjectNode) JSON.readTree(f.toFile());
      exportedByPerson.put(person(doc.path("henkilö")), doc);
    }

    SourceProjection projection = new SourceProjection(spec);
    Map<String, List<Example>> byPerson = new TreeMap<>();
    try (var s = Files.list(examples)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        if (rejected.contains(p.getFileName().toString())) {
          continue;
        }
        ObjectNode expected = projection.project(JSON.readTree(p.toFile()));
        byPerson
            .computeIfAbsent(person(expected.path("henkilö")), k -> new ArrayList<>())
            .add(new Example(p.getFileName().toString(), expected));
      }
    }

    StringBuilder report = new StringBuilder();
    Map<String, Integer> categories = new TreeMap<>();
    int compared = 0;
    int equal = 0;
    for (Map.Entry<String, List<Example>> person : byPerson.entrySet()) {
      ObjectNode exported = exportedByPerson.get(person.getKey());
      assertThat(exported).as("exported document of a learner of %s", person.getValue()).isNotNull();
      List<Difference> henkilo =
          JsonComparison.compare(mergedHenkilo(person.getValue()), strip(exported.get("henkilö")));
      List<JsonNode> rights = new ArrayList<>();
      exported.path("opiskeluoikeudet").forEach(rights::add);
      List<JsonNode> unused = new ArrayList<>(rights);
      int expectedRights = 0;
      for (Example e : person.getValue()) {
        compared++;
        List<String> diffs = new ArrayList<>();
        henkilo.forEach(d -> diffs.add(shown("henkilö." + d.path(), d)));
        int i = 0;
        for (JsonNode right : e.document().path("opiskeluoikeudet")) {
          expectedRights++;
          List<Difference> best = null;
          JsonNode bestMatch = null;
          for (JsonNode candidate : unused) {
            List<Difference> d = JsonComparison.compare(right, strip(candidate));
            if (best == null || d.size() < best.size()) {
              best = d;
              bestMatch = candidate;
            }
          }
          if (bestMatch == null) {
            diffs.add("opiskeluoikeudet[" + i + "]: no exported study right left");
          } else {
            unused.remove(bestMatch);
            for (Difference d : best) {
              diffs.add(shown("opiskeluoikeudet[" + i + "]." + d.path(), d));
            }
          }
          i++;
        }
        if (diffs.isEmpty()) {
          equal++;
        } else {
          report.append(e.file()).append(": ").append(diffs.size()).append(" differences\n");
          for (String d : diffs) {
            report.append("  ").append(d).append('\n');
            categories.merge(category(d), 1, Integer::sum);
          }
        }
      }
      assertThat(rights)
          .as("exported study rights of the learner of %s", person.getValue())
          .hasSize(expectedRights);
    }

    String header =
        String.format(
            "KOSKI round trip: %d of %d loaded examples equal (%d examples, %d rejected at load)%n"
                + "differences by path:%n%s%n",
            equal,
            compared,
            load.totals().read(),
            rejected.size(),
            categories.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(c -> "  " + c.getValue() + "  " + c.getKey())
                .collect(Collectors.joining("\n")));
    Path reportFile = Path.of("target/koski-roundtrip-report.txt");
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, header + report, StandardCharsets.UTF_8);
    System.out.println(header);

    assertThat(compared).isEqualTo(load.totals().read() - rejected.size());
    assertThat(equal * 100.0 / compared).as(header).isGreaterThanOrEqualTo(95.0);
  }

  /** An example that loaded, projected onto what the model keeps. */
  private record Example(String file, ObjectNode document) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** What all of a person's documents said about them. */
  private static JsonNode mergedHenkilo(List<Example> examples) {
    ObjectNode merged = JSON.createObjectNode();
    for (Example e : examples) {
      JsonNode h = e.document().get("henkilö");
      if (h instanceof ObjectNode o) {
        merged.setAll(o);
      }
    }
    return merged;
  }

  private static JsonNode strip(JsonNode exported) {
    return SourceProjection.withoutCodeNames(exported);
  }

  /** A person's key: the identity code, else the learner number (never printed). */
  private static String person(JsonNode henkilo) {
    String hetu = henkilo.path("hetu").asText("");
    return hetu.isEmpty() ? henkilo.path("oid").asText("") : hetu;
  }

  /**
   * A difference as the report shows it: the values of personal data (the learner, the signatories'
   * names) are not printed, only where they differ.
   */
  private static String shown(String path, Difference d) {
    boolean personal = path.startsWith("henkilö") || path.matches(".*myöntäjäHenkilöt\\[\\d+]\\.nimi");
    if (personal) {
      return path + ": differs (personal data, values not shown)";
    }
    return path + ": expected " + value(d.expected()) + ", actual " + value(d.actual());
  }

  private static String value(JsonNode n) {
    if (n == null) {
      return "(missing)";
    }
    String s = n.toString();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }

  /** A difference's path without indices, for counting kinds of differences. */
  private static String category(String difference) {
    String path = difference.substring(0, difference.indexOf(": ") < 0 ? difference.length() : difference.indexOf(": "));
    return path.replaceAll("\\[[0-9]+]", "[]");
  }
}
