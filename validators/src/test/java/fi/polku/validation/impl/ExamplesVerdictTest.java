package fi.polku.validation.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.TestSupport;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's example instances ({@code information-models/model/src/test/resources/examples}),
 * whose verdicts were established with the HL7 validator: Polku's engine must accept every valid
 * one and reject every invalid one, for the reason the example was written for.
 */
class ExamplesVerdictTest {

  /** Fault kind of an invalid example to the code prefixes that report it. */
  private static final Map<String, List<String>> CODES_FOR_FAULT =
      Map.ofEntries(
          Map.entry("cardinality-min", List.of("POLKU-VAL-0102", "POLKU-VAL-0103")),
          Map.entry("cardinality-max", List.of("POLKU-VAL-0104", "POLKU-VAL-0107")),
          Map.entry("primitive-format", List.of("POLKU-VAL-02")),
          Map.entry("json-type", List.of("POLKU-VAL-0108")),
          Map.entry("unknown-element", List.of("POLKU-VAL-0101")),
          Map.entry("required-binding", List.of("POLKU-VAL-0401", "POLKU-VAL-0404")),
          Map.entry("invariant", List.of("POLKU-VAL-0601")),
          Map.entry("choice-type", List.of("POLKU-VAL-0117")),
          Map.entry("extension-slice-cardinality", List.of("POLKU-VAL-0104")),
          Map.entry("extension-value-type", List.of("POLKU-VAL-0117", "POLKU-VAL-0108")),
          Map.entry("profile-invariant", List.of("POLKU-VAL-0601", "POLKU-VAL-03")));

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void agreesWithTheVerdictOfEveryExample() throws IOException {
    Path examples =
        TestSupport.root().resolve("information-models/model/src/test/resources/examples");
    assumeThat(Files.isDirectory(examples)).as("model examples in the checkout").isTrue();
    List<String> disagreements = new ArrayList<>();
    int count = 0;
    try (Stream<Path> files = Files.walk(examples)) {
      for (Path file : files.filter(ExamplesVerdictTest::isExample).sorted().toList()) {
        count++;
        String problem = check(file);
        if (problem != null) {
          disagreements.add(examples.relativize(file) + ": " + problem);
        }
      }
    }
    assertThat(count).isGreaterThan(80);
    assertThat(disagreements).isEmpty();
  }

  private static boolean isExample(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".json") && !name.endsWith(".expected.json");
  }

  private String check(Path file) throws IOException {
    ValidationReport report =
        TestSupport.validator().validate(Files.readAllBytes(file), TestSupport.OPTIONS);
    String name = file.getFileName().toString();
    if (name.startsWith("valid-")) {
      return report.isValid() ? null : "valid example rejected: " + summary(report);
    }
    if (report.isValid()) {
      return "invalid example accepted: " + summary(report);
    }
    Path expected = file.resolveSibling(name.replace(".json", ".expected.json"));
    if (!Files.exists(expected)) {
      return null;
    }
    JsonNode fault = json.readTree(expected.toFile());
    List<String> prefixes = CODES_FOR_FAULT.getOrDefault(fault.path("fault").asText(), List.of());
    boolean reasonFound =
        report.errors().stream()
            .anyMatch(i -> prefixes.stream().anyMatch(p -> i.code().code().startsWith(p)));
    return reasonFound
        ? null
        : "rejected, but not for " + fault.path("fault").asText() + ": " + summary(report);
  }

  private static String summary(ValidationReport report) {
    return report.issues().stream().map(ValidationIssue::code).map(c -> c.code()).toList()
        + " "
        + report.issues().stream().map(i -> i.location() + " " + i.message().en()).toList();
  }
}
