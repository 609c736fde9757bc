package fi.polku.validation.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.TestSupport;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.spi.ReferenceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The composition of the oracle corpus, checked without the (slow) HL7 validator. */
class OracleCorpusTest {

  private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final String KOODISTO =
      "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";

  private final Path folder = TestSupport.root().resolve(OracleCorpus.SOURCE_FOLDER);
  private final OracleCorpus corpus = OracleCorpus.load(folder);
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void corpusHoldsBasesHandWrittenAndGeneratedCases() {
    assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(count(OracleCase.Kind.BASE)).isGreaterThanOrEqualTo(90);
    assertThat(count(OracleCase.Kind.HANDMADE)).isGreaterThanOrEqualTo(50);
    assertThat(count(OracleCase.Kind.GENERATED)).isGreaterThanOrEqualTo(300);
    assertThat(corpus.cases().stream().map(OracleCase::id)).doesNotHaveDuplicates();
  }

  @Test
  void everyTypeOfTheModelHasBasesHandWrittenAndGeneratedCases() {
    Set<String> types = ModelFacts.load().types();
    Map<String, Map<OracleCase.Kind, Long>> byType =
        corpus.cases().stream()
            .collect(
                Collectors.groupingBy(
                    OracleCase::type,
                    Collectors.groupingBy(OracleCase::kind, Collectors.counting())));

    assertThat(types).contains("Learner", "StudyRight", "PolkuOrganization", "PolkuPerson");
    assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(types);
    byType.forEach(
        (type, kinds) -> {
          assertThat(kinds.getOrDefault(OracleCase.Kind.BASE, 0L))
              .as(type)
              .isGreaterThanOrEqualTo(2);
          assertThat(kinds.getOrDefault(OracleCase.Kind.HANDMADE, 0L))
              .as(type)
              .isGreaterThanOrEqualTo(3);
          assertThat(kinds.getOrDefault(OracleCase.Kind.GENERATED, 0L))
              .as(type)
              .isGreaterThanOrEqualTo(8);
        });
  }

  /**
   * Valid and invalid cases as Polku's engine judges them (whether the HL7 validator agrees is
   * {@code OracleAgreementIT}'s question): plenty of both overall and for every type.
   */
  @Test
  void everyTypeHasValidAndInvalidCases() {
    ValidationOptions options =
        new ValidationOptions(OracleCorpus.AS_OF, ReferenceResolver.none(), false);
    Map<String, Map<Boolean, Long>> byType =
        corpus.cases().stream()
            .collect(
                Collectors.groupingBy(
                    OracleCase::type,
                    Collectors.partitioningBy(
                        c -> TestSupport.validator().validate(c.json(), options).isValid(),
                        Collectors.counting())));

    byType.forEach(
        (type, verdicts) -> {
          assertThat(verdicts.get(true)).as("valid %s cases", type).isGreaterThanOrEqualTo(2);
          assertThat(verdicts.get(false)).as("invalid %s cases", type).isGreaterThanOrEqualTo(5);
        });
    assertThat(byType.values().stream().mapToLong(v -> v.get(true)).sum())
        .isGreaterThanOrEqualTo(150);
    assertThat(byType.values().stream().mapToLong(v -> v.get(false)).sum())
        .isGreaterThanOrEqualTo(300);
  }

  @Test
  void koskiDerivedBasesCoverLearnersStudyRightsAndAttainmentsOfTheFourEducationForms()
      throws IOException {
    List<OracleCase> koski = bases().stream().filter(OracleCase::fromKoski).toList();
    Set<String> studyRightTypes = new java.util.TreeSet<>();
    for (OracleCase c : koski) {
      JsonNode root = json.readTree(c.json());
      assertThat(root.path("meta").path("source").asText())
          .as("KOSKI source document of %s", c.id())
          .startsWith("https://github.com/Opetushallitus/koski/")
          .endsWith(".json");
      if (c.type().equals("StudyRight")) {
        studyRightTypes.add(root.path("type").path("coding").path(0).path("code").asText());
      }
    }

    assertThat(koski).hasSizeGreaterThanOrEqualTo(30);
    assertThat(koski.stream().map(OracleCase::type).collect(Collectors.toSet()))
        .contains("Learner", "StudyRight", "StudyAttainment");
    assertThat(studyRightTypes)
        .contains("esiopetus", "perusopetus", "aikuistenperusopetus", "lukiokoulutus");
  }

  @Test
  void everyKoskiSourceIsListedInTheSourceIndex() throws IOException {
    String index = Files.readString(folder.resolve("base/SOURCES.md"));
    for (OracleCase c : bases()) {
      if (c.fromKoski()) {
        String source = json.readTree(c.json()).path("meta").path("source").asText();
        assertThat(index).contains(source.substring(source.lastIndexOf('/') + 1)).contains(c.id());
      }
    }
  }

  @Test
  void personalIdentityCodesAreSyntheticWithValidCheckCharacters() throws IOException {
    List<String> codes = new ArrayList<>();
    for (OracleCase c : bases()) {
      collectIdentityCodes(json.readTree(c.json()), codes);
    }

    assertThat(codes).hasSizeGreaterThanOrEqualTo(20);
    assertThat(codes)
        .allSatisfy(
            code -> {
              assertThat(code).matches("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");
              int individual = Integer.parseInt(code.substring(7, 10));
              assertThat(individual).as("individual number of %s", code).isBetween(900, 999);
              long digits = Long.parseLong(code.substring(0, 6) + code.substring(7, 10));
              assertThat(code.charAt(10)).isEqualTo(CHECK.charAt((int) (digits % 31)));
            });
  }

  @Test
  void koskiCodesKeepTheirCodeListSystems() throws IOException {
    OracleCase right =
        bases().stream()
            .filter(c -> c.id().equals("StudyRight/koski-perusopetus-paattotodistus"))
            .findFirst()
            .orElseThrow();
    JsonNode status = json.readTree(right.json()).path("statusHistory").path(0).path("status");

    assertThat(status.path("coding").path(0).path("system").asText())
        .isEqualTo(KOODISTO + "koskiopiskeluoikeudentila");
  }

  private List<OracleCase> bases() {
    return corpus.cases().stream().filter(c -> c.kind() == OracleCase.Kind.BASE).toList();
  }

  private long count(OracleCase.Kind kind) {
    return corpus.cases().stream().filter(c -> c.kind() == kind).count();
  }

  private static void collectIdentityCodes(JsonNode node, List<String> out) {
    if ("urn:oid:1.2.246.21".equals(node.path("system").asText())) {
      out.add(node.path("value").asText());
    }
    node.forEach(child -> collectIdentityCodes(child, out));
  }
}
