package fi.polku.model.compiler.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.model.compiler.codelist.KoodistoFiles.Code;
import fi.polku.model.compiler.codelist.KoodistoFiles.Relation;
import fi.polku.model.compiler.codelist.KoodistoFiles.RelationKind;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.LocalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MunicipalityMergerTest {

  private static final Map<String, Concept> KUNTA = TestData.concepts(TestData.list("kunta"));

  private static List<String> successor(String code) {
    return KUNTA.get(code).properties().get(ConceptProperties.SUCCESSOR);
  }

  private static boolean inactive(String code) {
    return List.of("true").equals(KUNTA.get(code).properties().get(ConceptProperties.INACTIVE));
  }

  @Test
  void ahlainenMergedIntoPoriByEra() {
    assertThat(successor("001")).containsExactly("609");
    assertThat(inactive("001")).isTrue();
    assertThat(successor("609")).isNull();
    assertThat(inactive("609")).isFalse();
  }

  @Test
  void aitolahtiMergedIntoTampereThoughItHasNoOtherRelations() {
    assertThat(successor("002")).containsExactly("837");
    assertThat(successor("837")).isNull();
  }

  @Test
  void aChainOfMergersIsFollowedOneStepAtATime() {
    // Suodenniemi -> Vammala (2007) -> Sastamala (2009): Vammala is the hub of its era.
    assertThat(successor("772")).containsExactly("912");
    assertThat(successor("912")).containsExactly("790");
    assertThat(successor("790")).isNull();
  }

  @Test
  void aSplitMunicipalityHasSeveralSuccessors() {
    assertThat(successor("443")).containsExactly("182", "562"); // Längelmäki -> Jämsä, Orivesi
    assertThat(successor("994")).containsExactly("536", "604"); // Pirkkala -> Nokia, Pirkkala
  }

  @Test
  void sameEraMergersAreDecidedByLinksThenEducationProviders() {
    assertThat(successor("413")).containsExactly("609"); // Lavia -> Pori: Pori is the hub
    assertThat(successor("863")).containsExactly("010"); // Töysä -> Alavus: more providers
    assertThat(successor("532")).containsExactly("398"); // Nastola -> Lahti
    assertThat(successor("010")).isNull();
  }

  @Test
  void undecidablePairsGetNoSuccessorRatherThanAGuess() {
    for (String code : List.of("423", "838", "098", "283", "783", "319", "321", "497")) {
      assertThat(successor(code)).as(code).isNull();
      assertThat(inactive(code)).as(code).isFalse();
    }
  }

  @Test
  void currentMunicipalitiesAreNeitherMergedNorInactive() {
    for (String code : List.of("091", "049", "609", "837", "564", "297")) {
      assertThat(successor(code)).as(code).isNull();
      assertThat(inactive(code)).as(code).isFalse();
    }
  }

  @Test
  void exactlyTheMunicipalitiesWithASuccessorAreInactive() {
    long merged = KUNTA.values().stream().filter(c -> successor(c.code()) != null).count();
    long inactive = KUNTA.values().stream().filter(c -> inactive(c.code())).count();

    assertThat(merged).isEqualTo(154);
    assertThat(inactive).isEqualTo(merged);
  }

  @Test
  void regionIsTheMaakuntaCode() {
    assertThat(KUNTA.get("091").properties().get(ConceptProperties.REGION)).containsExactly("01");
    assertThat(KUNTA.get("609").properties().get(ConceptProperties.REGION)).containsExactly("04");
    // Merged municipalities keep the region of their area when the data gives one.
    assertThat(KUNTA.get("001").properties().get(ConceptProperties.REGION)).containsExactly("04");
    assertThat(KUNTA.get("002").properties()).doesNotContainKey(ConceptProperties.REGION);
  }

  @Test
  void anEndDateOutweighsEveryOtherEvidence() {
    // The ended code has more of everything else, but its end date decides.
    Code ended = code("100", "2008-12-31", "kunta_200", "aluehallintovirasto_1");
    Code current = code("200", null, "kunta_100");

    assertThat(MunicipalityRelations.successors(List.of(ended, current)))
        .containsExactly(Map.entry("100", List.of("200")));
  }

  @Test
  void linksRecordedOnOneSideOnlyStillCount() {
    Code merged = code("100", null, "kunta_200");
    Code successor = code("200", null, "elykeskus_01");

    assertThat(MunicipalityRelations.successors(List.of(merged, successor)))
        .containsExactly(Map.entry("100", List.of("200")));
  }

  private static Code code(String value, String validTo, String... relatedUris) {
    Map<RelationKind, List<Relation>> relations = new EnumMap<>(RelationKind.class);
    for (RelationKind kind : RelationKind.values()) {
      relations.put(kind, new ArrayList<>());
    }
    for (String uri : relatedUris) {
      RelationKind kind = RelationKind.INCLUDES;
      if (uri.startsWith("kunta_")) {
        kind = RelationKind.LEVELS_WITH;
      } else if (uri.startsWith("aluehallintovirasto_")) {
        kind = RelationKind.WITHIN;
      }
      relations.get(kind).add(new Relation(uri, 2, false));
    }
    return new Code(
        value,
        "kunta_" + value,
        "2",
        new LocalizedText("k" + value, null, null),
        null,
        validTo,
        relations);
  }
}
