package fi.polku.validation.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
