package fi.polku.mapping.transform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.Samples;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SourceCoverageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SPEC =
      """
      entities:
        - name: doc
          file: "*.json"
          key: "{person.id}"
          resources:
            - name: learner
              type: Learner
              fields:
                - { to: name.family, from: person.surname }
                - { to: motherTongue, from: person.language, as: koodi }
                - { to: callingName, value: x, when: { field: person.flag, in: ["1"] } }
            - name: right
              type: StudyRight
              each: [rights, oldRights]
              key: "{^.person.id}/{$index}"
              fields:
                - { to: type, from: type, as: koodi }
                - { to: additionalInfo, from: extra, fieldGroup: extra-info }
                - to: "statusHistory[]"
                  each: status.periods
                  fields:
                    - { to: start, from: start, as: date }
              resources:
                - name: attainment
                  type: StudyAttainment
                  each: parts
                  checks:
                    - { kind: organisation-part-of, unit: unit.oid, organisation: ^.school.oid }
                  fields:
                    - { to: type, from: type, as: koodi }
      groups:
        extra-info:
          - { to: boarding, from: boarding, as: boolean }
      ignore:
        - { path: rights.school.name, reason: "organisation register data" }
        - { path: harness, reason: "test flag" }
      """;

  private final SourceCoverage coverage = coverage(SPEC);

  @Test
  void fieldsReadByValueFieldsKeysConditionsAndChecksAreCovered() throws IOException {
    JsonNode doc =
        json(
            """
            {"person": {"id": "1", "surname": "S", "flag": "1",
                        "language": {"koodiarvo": "FI", "nimi": {"fi": "suomi"}}},
             "rights": [{"type": {"koodiarvo": "perusopetus"},
                         "school": {"oid": "1.2", "name": {"fi": "Koulu"}},
                         "extra": {"boarding": true},
                         "status": {"periods": [{"start": "2020-08-01"}]},
                         "parts": [{"type": {"koodiarvo": "x"}, "unit": {"oid": "1.3"}}]}],
             "harness": true}
            """);

    assertThat(coverage.unread(doc)).isEmpty();
  }

  @Test
  void fieldsNoSpecFieldReadsAreListedOnceByTheirOutermostPath() throws IOException {
    JsonNode doc =
        json(
            """
            {"person": {"id": "1", "nickname": "N"},
             "rights": [{"permit": {"koodiarvo": "perusopetus", "koodistoUri": "lupa"},
                         "extra": {"boarding": true, "dormitory": true},
                         "status": {"periods": [{"start": "2020-08-01", "end": "2021-05-31"}]},
                         "parts": [{"unit": {"oid": "1.3", "name": "Unit"}}]},
                        {"permit": {"koodiarvo": "lukio"}}],
             "oldRights": {"school": {"name": {"fi": "Vanha"}}}}
            """);

    assertThat(coverage.unread(doc))
        .containsExactly(
            "person.nickname",
            "rights.permit",
            "rights.extra.dormitory",
            "rights.status.periods.end",
            "rights.parts.unit.name",
            "oldRights.school.name");
  }

  @Test
  void emptyValuesAreNotData() throws IOException {
    JsonNode doc =
        json(
            """
            {"person": {"id": "1", "nickname": " ", "middle": null},
             "rights": [{"permit": {}, "notes": [], "parts": [{"extras": [{}]}]}]}
            """);

    assertThat(coverage.unread(doc)).isEmpty();
  }

  @Test
  void aPlainValueWhereTheSpecReadsAnObjectIsUnread() throws IOException {
    JsonNode doc = json("{\"person\": \"Anna\", \"rights\": [{\"status\": \"present\"}]}");

    assertThat(coverage.unread(doc)).containsExactly("person", "rights.status");
  }

  @Test
  void aGroupUsedInsideItselfCoversPartsOfPartsToAnyDepth() throws IOException {
    SourceCoverage parts =
        coverage(
            """
            entities:
              - name: doc
                file: "*.json"
                resources:
                  - name: attainment
                    type: StudyAttainment
                    each: attainments
                    fields:
                      - { to: "part[]", each: parts, fieldGroup: part }
            groups:
              part:
                - { to: type, from: type, as: koodi }
                - { to: "part[]", each: parts, fieldGroup: part }
                - { to: "part[]", from: essay, fieldGroup: part }
            """);
    // Twelve levels of parts, each with an essay part; only the innermost part has a field the
    // spec does not read.
    String essay = "{\"type\": {\"koodiarvo\": \"essay\"}}";
    String deep = "{\"type\": {\"koodiarvo\": \"x\"}, \"grade\": \"9\"}";
    for (int i = 0; i < 12; i++) {
      deep =
          "{\"type\": {\"koodiarvo\": \"p\"}, \"essay\": " + essay + ", \"parts\": [" + deep + "]}";
    }

    assertThat(parts.unread(json("{\"attainments\": [{\"parts\": [" + deep + "]}]}")))
        .containsExactly("attainments" + ".parts".repeat(13) + ".grade");
  }

  @Test
  void childRecordsOfATreeAreNotFieldsOfTheirParent() throws IOException {
    SourceCoverage tree =
        coverage(
            """
            entities:
              - name: organisation
                file: "*.json"
                records: items
                recurse: children
                key: "{oid}"
                resources:
                  - name: organisation
                    type: Organization
                    fields:
                      - { to: name, from: name, as: lokalisoitu }
            """);

    JsonNode record =
        json("{\"oid\": \"1.2\", \"name\": {\"fi\": \"A\"}, \"children\": [{\"oid\": \"1.3\"}]}");

    assertThat(tree.unread(record)).isEmpty();
  }

  @Test
  void everyFieldOfTheKoskiExamplesIsReadOrIgnoredByTheKoskiSpec() throws IOException {
    assertEveryFieldCovered("koski", Samples.koskiExamples(), "document");
  }

  @Test
  void everyFieldOfTheOrganisationRegisterIsReadOrIgnoredByItsSpec() throws IOException {
    MappingSpec spec = SpecLoader.builtIn("organisation-register").spec();
    SourceCoverage c = SourceCoverage.of(spec.entities().get(0), spec.groups(), spec.ignored());
    Map<String, Integer> unread = new TreeMap<>();
    for (JsonNode o : JSON.readTree(Samples.organisationRegister().toFile()).get("organisaatiot")) {
      organisations(o, c, unread);
    }
    assertThat(unread).isEmpty();
  }

  private static void organisations(JsonNode o, SourceCoverage c, Map<String, Integer> unread) {
    c.unread(o).forEach(p -> unread.merge(p, 1, Integer::sum));
    if (o.has("children")) {
      o.get("children").forEach(child -> organisations(child, c, unread));
    }
  }

  private static void assertEveryFieldCovered(String mapping, Path folder, String entity)
      throws IOException {
    MappingSpec spec = SpecLoader.builtIn(mapping).spec();
    SourceCoverage c =
        SourceCoverage.of(
            spec.entities().stream().filter(e -> e.name().equals(entity)).findFirst().orElseThrow(),
            spec.groups(),
            spec.ignored());
    Map<String, List<String>> unread = new TreeMap<>();
    int documents = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode node = JSON.readTree(f.toFile());
        for (JsonNode doc : node.isArray() ? node : List.of(node)) {
          documents++;
          for (String p : c.unread(doc)) {
            unread.computeIfAbsent(p, k -> new ArrayList<>()).add(f.getFileName().toString());
          }
        }
      }
    }
    assertThat(documents).isGreaterThan(200);
    assertThat(unread).as("fields of the examples the spec neither reads nor ignores").isEmpty();
  }

  /** The coverage of the first entity of a JSON spec whose {@code body} follows the header. */
  private static SourceCoverage coverage(String body) {
    String yaml =
        """
        polku-mapping: 1
        name: coverage
        version: "1"
        sourceSystem: test
        source: { kind: json }
        """
            + body;
    MappingSpec spec = SpecLoader.read("test.yaml", new StringReader(yaml));
    return SourceCoverage.of(spec.entities().get(0), spec.groups(), spec.ignored());
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}
