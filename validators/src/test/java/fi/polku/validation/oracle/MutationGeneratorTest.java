package fi.polku.validation.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fi.polku.validation.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MutationGeneratorTest {

  private final List<OracleCase> bases =
      OracleCorpus.load(TestSupport.root().resolve(OracleCorpus.SOURCE_FOLDER)).cases().stream()
          .filter(c -> c.kind() == OracleCase.Kind.BASE)
          .toList();
  private final MutationGenerator generator = new MutationGenerator();

  @Test
  void generatesTheSameCasesOnEveryRun() {
    List<OracleCase> first = generator.generate(bases);
    List<OracleCase> second = new MutationGenerator().generate(bases);

    assertThat(second)
        .extracting(OracleCase::id)
        .isEqualTo(first.stream().map(OracleCase::id).toList());
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).text()).as(first.get(i).id()).isEqualTo(first.get(i).text());
    }
  }

  @Test
  void everyCaseChangesItsBaseAndSaysHow() throws IOException {
    Map<String, OracleCase> byId =
        bases.stream().collect(Collectors.toMap(OracleCase::id, Function.identity()));
    // Read and printed as the generator does, so only the fault can make the texts differ (JSON
    // trees compare members regardless of their order, which one recipe changes).
    ObjectMapper json =
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    for (OracleCase c : generator.generate(bases)) {
      OracleCase base = byId.get(c.id().substring(0, c.id().indexOf('~')));
      assertThat(c.description()).isNotBlank();
      assertThat(c.recipe()).isEqualTo(c.id().substring(c.id().indexOf('~') + 1));
      assertThat(c.text())
          .as("%s (%s)", c.id(), c.description())
          .isNotEqualTo(
              json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(base.json())));
    }
  }

  @Test
  void everyRecipeIsUsedAtLeastOnce() {
    List<String> used = generator.generate(bases).stream().map(OracleCase::recipe).toList();

    assertThat(used).containsAll(generator.recipeNames());
  }

  @Test
  void aBaseGetsItsRecipesFromItsOwnSeed() {
    List<OracleCase> all = generator.generate(bases);
    List<OracleCase> fromOne = generator.generate(bases.subList(0, 1));
    String id = bases.get(0).id();

    assertThat(fromOne)
        .extracting(OracleCase::id)
        .containsAll(
            all.stream()
                .map(OracleCase::id)
                .filter(x -> x.startsWith(id + "~"))
                .limit(MutationGenerator.RECIPES_PER_BASE)
                .toList());
  }

  @Test
  void keepsDecimalsAsWritten() {
    OracleCase base =
        new OracleCase(
            "StudyAttainment/x",
            "StudyAttainment",
            OracleCase.Kind.BASE,
            null,
            null,
            """
            {"resourceType": "StudyAttainment", "id": "x",
             "studyRight": {"reference": "StudyRight/sr"}, "learner": {"reference": "Learner/l"},
             "type": {"coding": [{"system": "s", "code": "c"}]},
             "module": {"code": {"text": "m"}, "extent": {"value": 2.50}}}
            """
                .getBytes(StandardCharsets.UTF_8));

    OracleCase withMeta =
        generator.generate(List.of(base)).stream()
            .filter(c -> c.recipe().equals("add-meta"))
            .findFirst()
            .orElseThrow();

    assertThat(withMeta.text()).contains("2.50");
  }

  @Test
  void syntheticIdentityCodesGetTheirCheckCharacter() {
    assertThat(ModelRecipes.hetu("131052-", 900)).isEqualTo("131052-900W");
    assertThat(ModelRecipes.hetu("010106A", 950)).isEqualTo("010106A950M");
  }

  @Test
  void identityCodeFaultsKeepTheShapeAndBreakOnlyTheCheckCharacterOrTheDate() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<OracleCase> faults =
        generator.generate(bases).stream()
            .filter(c -> c.recipe().equals("hetu-checksum") || c.recipe().equals("hetu-date"))
            .toList();

    assertThat(faults).isNotEmpty();
    for (OracleCase c : faults) {
      String code = null;
      for (var id : json.readTree(c.json()).path("identifier")) {
        if (id.path("system").asText().equals("urn:oid:1.2.246.21")) {
          code = id.path("value").asText();
        }
      }
      assertThat(code).as(c.id()).matches("\\d{6}[-+A-FU-Y]9\\d{2}[0-9A-Y]");
      String checked =
          ModelRecipes.hetu(code.substring(0, 7), Integer.parseInt(code.substring(7, 10)));
      if (c.recipe().equals("hetu-checksum")) {
        assertThat(code).as(c.id()).isNotEqualTo(checked);
      } else {
        assertThat(code).as(c.id()).isEqualTo(checked).startsWith("3002");
      }
    }
  }

  @Test
  void shiftingByYearsKeepsPrecisionAndAvoidsTheTwentyNinthOfFebruary() {
    assertThat(ModelRecipes.shiftYear("2024-08-01", -1)).isEqualTo("2023-08-01");
    assertThat(ModelRecipes.shiftYear("2024-02-29", 1)).isEqualTo("2025-02-28");
    assertThat(ModelRecipes.shiftYear("2020-08-01T10:00:00+03:00", 1))
        .isEqualTo("2021-08-01T10:00:00+03:00");
  }
}
