package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.TransactionBundles;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.ForwardingHubPort;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed transaction is blamed on the records whose own resources the hub's errors are located
 * in. The hub reports the findings of every entry of a refused transaction, warnings of valid
 * entries included; a warning on another document's resource must not make that document the
 * culprit (it was rejected with the violating document's errors, cascading through the batch).
 */
class FailedTransactionAttributionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Assessed 2016-12-29, after its study right ended on 2016-06-04; the simulated hub below treats
   * that date as an error (the real rule POLKU-VAL-0515 only warns of it).
   */
  private static final String VIOLATING = "aikuistenperusopetuksenoppimaara2017_2021-02-15.json";

  @TempDir Path data;
  @TempDir Path input;

  @Test
  void onlyTheDocumentWhoseOwnResourceViolatesARuleIsRejectedAndValidDocumentsOfItsLearnerLoad()
      throws IOException {
    // The same learner (one merged Learner entry) in all three; the violating one is read last,
    // after the documents whose study rights carry warnings.
    Path koski = Samples.koskiExamples();
    Files.copy(koski.resolve("esiopetusvalmis_2017-06-30.json"), input.resolve("a-valid.json"));
    Files.copy(
        koski.resolve("perusopetuksenlisaopetus_2018-02-13.json"), input.resolve("b-valid.json"));
    Files.copy(koski.resolve(VIOLATING), input.resolve("c-violating.json"));

    InMemoryHub store = new InMemoryHub();
    RuleCheckingHub hub = new RuleCheckingHub(store);
    try (LoadEngine engine = new LoadEngine()) {
      engine.run(
          LoadRequest.of(
              MappingCompiler.compile(SpecLoader.builtIn("organisation-register"), Map.of()),
              List.of(Samples.organisationRegister().toString())),
          hub,
          LoadSettings.defaults(data));
      CompiledMapping mapping = MappingCompiler.compile(SpecLoader.builtIn("koski"), Map.of());
      LoadReport r =
          engine.run(
              LoadRequest.of(mapping, List.of(input.toString())), hub, LoadSettings.defaults(data));

      assertThat(r.totals().read()).isEqualTo(3);
      assertThat(r.totals().created()).isEqualTo(2);
      assertThat(r.totals().rejected()).isEqualTo(1);
      Map<String, TreeSet<String>> codesByFile = codesByFile(Path.of(r.deadLetters()));
      assertThat(codesByFile).containsOnlyKeys("c-violating.json");
      assertThat(codesByFile.get("c-violating.json")).contains("POLKU-VAL-0501");

      // The valid documents' study rights are stored, the rejected one's nothing.
      List<String> studyRightSources = new ArrayList<>();
      for (ObjectNode sr : store.all("StudyRight")) {
        for (var id : sr.path("identifier")) {
          studyRightSources.add(id.path("value").asText());
        }
      }
      assertThat(studyRightSources)
          .anyMatch(v -> v.startsWith("a-valid/"))
          .anyMatch(v -> v.startsWith("b-valid/"))
          .noneMatch(v -> v.startsWith("c-violating/"));
      assertThat(store.all("StudyAttainment").toString()).doesNotContain("2016-12-29");
    }
  }

  /** Codes of the dead letters by the file name of the rejected record. */
  private static Map<String, TreeSet<String>> codesByFile(Path deadLetters) throws IOException {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    List<List<String>> rows = csv(Files.readString(deadLetters, StandardCharsets.UTF_8));
    for (List<String> row : rows.subList(1, rows.size())) {
      String file = Path.of(row.get(0)).getFileName().toString();
      out.computeIfAbsent(file, f -> new TreeSet<>()).add(row.get(4));
    }
    return out;
  }

  /** The records of {@code ;}-separated text with quoted fields (as the dead letters are). */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  /**
   * Refuses a transaction as the hub's write path does when a business rule fails: one
   * OperationOutcome with a summary issue and the findings of every entry, in entry order, each
   * located {@code Bundle.entry[N].resource}. Every study right has a warning (POLKU-VAL-0505, as
   * ended study rights of the KOSKI examples do); a study attainment assessed on 2016-12-29 is made
   * an error (with code POLKU-VAL-0501, the rule that rejects assessments outside the period).
   * Transactions without errors go to the store.
   */
  private static final class RuleCheckingHub extends ForwardingHubPort {

    RuleCheckingHub(InMemoryHub store) {
      super(store);
    }

    @Override
    public TransactionResult transaction(List<WriteEntry> entries) {
      ObjectNode outcome = JSON.createObjectNode().put("resourceType", "OperationOutcome");
      ArrayNode issues = outcome.putArray("issue");
      issue(issues, "error", "POLKU-HUB-0202", null, "The content is not valid.");
      boolean failed = false;
      for (int i = 0; i < entries.size(); i++) {
        WriteEntry e = entries.get(i);
        String json = new String(e.json(), StandardCharsets.UTF_8);
        String at = "Bundle.entry[" + i + "].resource";
        if (e.type().equals("StudyRight")) {
          issue(issues, "warning", "POLKU-VAL-0505", at + ".period.end", "The end date differs.");
        }
        if (e.type().equals("StudyAttainment") && json.contains("\"2016-12-29\"")) {
          issue(
              issues,
              "error",
              "POLKU-VAL-0501",
              at + ".assessment[0].date",
              "The assessment date 2016-12-29 is not within the study right's period.");
          failed = true;
        }
      }
      return failed
          ? TransactionBundles.rejected(outcome, "422 Unprocessable Entity")
          : super.transaction(entries);
    }

    private static void issue(
        ArrayNode issues, String severity, String code, String location, String text) {
      ObjectNode i = issues.addObject().put("severity", severity).put("code", "processing");
      ObjectNode details = i.putObject("details");
      details.putArray("coding").addObject().put("code", code);
      details.put("text", text);
      if (location != null) {
        i.putArray("expression").add(location);
      }
    }
  }
}
