package fi.polku.model.compiler.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.CodeList.PropertyDef;
import fi.polku.model.compiler.ir.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KoodistoReaderTest {

  @Test
  void readsAllEighteenListsWithTheirCodeCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    TestData.koodisto().forEach(l -> counts.put(l.id(), l.concepts().size()));

    assertThat(counts)
        .containsExactly(
            entry("arviointiasteikkoyleissivistava", 10),
            entry("erityinenkoulutustehtava", 18),
            entry("jarjestamismuoto", 2),
            entry("kieli", 196),
            entry("kielivalikoima", 102),
            entry("koskiopiskeluoikeudentila", 11),
            entry("koskioppiaineetyleissivistava", 29),
            entry("koulutustyyppi", 31),
            entry("kunta", 630),
            entry("lahdejarjestelma", 47),
            entry("maatjavaltiot2", 259),
            entry("opintojenrahoitus", 16),
            entry("opiskeluoikeudentyyppi", 21),
            entry("oppilaitostyyppi", 27),
            entry("perusopetuksenluokkaaste", 9),
            entry("perusopetuksentoimintaalue", 5),
            entry("suorituksentyyppi", 141),
            entry("vardajarjestamismuoto", 5));
  }

  @Test
  void codeSystemUrlIsTheCodeServiceUriAndValueSetIsPolkus() {
    CodeList kunta = TestData.list("kunta");

    assertThat(kunta.codeSystemUrl())
        .isEqualTo("https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta");
    assertThat(kunta.valueSetUrl()).isEqualTo("https://polku.fi/fhir/ValueSet/kunta");
    assertThat(kunta.content()).isEqualTo("complete");
    assertThat(TestData.koodisto())
        .allSatisfy(
            l ->
                assertThat(l.codeSystemUrl())
                    .isEqualTo(
                        "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/" + l.id()));
  }

  @Test
  void headerGivesVersionValidityTitleAndOrigin() {
    CodeList kunta = TestData.list("kunta");

    assertThat(kunta.version()).isEqualTo("2");
    assertThat(kunta.validFrom()).isEqualTo("2018-02-08");
    assertThat(kunta.validTo()).isNull();
    assertThat(kunta.title()).isEqualTo(new LocalizedText("kunta", "kommun", "municipality"));
    assertThat(kunta.description().fi()).startsWith("Kunta on tietyn alueen");
    assertThat(kunta.origin())
        .contains("koodistot/kunta.json", "koodit/kunta.json", "EUPL-1.1, Opetushallitus");
  }

  @Test
  void missingTranslationsStayMissing() {
    Map<String, Concept> kunta = TestData.concepts(TestData.list("kunta"));
    Map<String, Concept> kieli = TestData.concepts(TestData.list("kieli"));

    assertThat(kunta.get("091").display())
        .isEqualTo(new LocalizedText("Helsinki", "Helsingfors", null));
    assertThat(kunta.get("200").display())
        .isEqualTo(new LocalizedText("Ulkomaa", "Utlandet", "Other than Finland"));
    assertThat(kieli.get("SV").display())
        .isEqualTo(new LocalizedText("ruotsi", "svenska", "Swedish"));
    assertThat(kieli.get("IM").display().en()).isNull();
    // A header with an English name only keeps just that.
    assertThat(TestData.list("koskiopiskeluoikeudentila").title())
        .isEqualTo(new LocalizedText(null, null, "Koski-opiskeluoikeuden tila"));
  }

  @Test
  void countsOfCodesWithoutSwedishOrEnglishMatchTheData() {
    long noFi = 0;
    long noSv = 0;
    long noEn = 0;
    for (CodeList list : TestData.koodisto()) {
      for (Concept c : list.concepts()) {
        noFi += c.display().fi() == null ? 1 : 0;
        noSv += c.display().sv() == null ? 1 : 0;
        noEn += c.display().en() == null ? 1 : 0;
      }
    }

    assertThat(noFi).isZero();
    assertThat(noSv).isEqualTo(31);
    assertThat(noEn).isEqualTo(712);
  }

  @Test
  void conceptsCarryTheirVersionAndNoInventedDates() {
    CodeList kunta = TestData.list("kunta");

    assertThat(TestData.concepts(kunta).get("091").version()).isEqualTo("2");
    assertThat(TestData.koodisto())
        .flatMap(CodeList::concepts)
        .allSatisfy(
            c -> {
              assertThat(c.validFrom()).isNull();
              assertThat(c.validTo()).isNull();
            });
  }

  @Test
  void codesAreSortedNumericallyWhenAllDigits() {
    assertThat(TestData.list("perusopetuksenluokkaaste").concepts())
        .extracting(Concept::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(TestData.list("kunta").concepts().get(0).code()).isEqualTo("001");
  }

  @Test
  void activeRelationsBecomePropertiesWithTheRelatedKoodiUri() {
    Map<String, Concept> kunta = TestData.concepts(TestData.list("kunta"));

    Map<String, List<String>> ahlainen = kunta.get("001").properties();
    assertThat(ahlainen.get(ConceptProperties.INCLUDES))
        .containsExactly("laani97_02", "maakunta_04");
    assertThat(ahlainen.get(ConceptProperties.LEVELS_WITH)).containsExactly("kunta_609");
    assertThat(ahlainen).doesNotContainKey(ConceptProperties.WITHIN);
  }

  @Test
  void passiveRelationsAreLeftOut() {
    Map<String, Concept> kunta = TestData.concepts(TestData.list("kunta"));

    // 016 has oppilaitosnumero_02564 only as a passive relation.
    assertThat(kunta.get("016").properties().get(ConceptProperties.WITHIN))
        .doesNotContain("oppilaitosnumero_02564");
    // Pori relates to maakunta_04 actively (version 2) and passively (version 1): listed once.
    assertThat(kunta.get("609").properties().get(ConceptProperties.INCLUDES))
        .containsOnlyOnce("maakunta_04");
  }

  @Test
  void declaresOnlyThePropertiesTheListUses() {
    assertThat(TestData.list("kunta").properties())
        .extracting(PropertyDef::code)
        .containsExactly("includes", "within", "levelsWith", "region", "successor", "inactive");
    assertThat(TestData.list("kielivalikoima").properties())
        .extracting(PropertyDef::code)
        .containsExactly("includes");
    assertThat(TestData.list("perusopetuksenluokkaaste").properties()).isEmpty();
  }

  @Test
  void propertyDefinitionsHaveTypesUrisAndNameTheRelatedLists() {
    Map<String, PropertyDef> defs = new LinkedHashMap<>();
    TestData.list("kunta").properties().forEach(d -> defs.put(d.code(), d));

    assertThat(defs.get("includes").type()).isEqualTo("string");
    assertThat(defs.get("includes").uri())
        .isEqualTo("https://polku.fi/fhir/concept-property/includes");
    assertThat(defs.get("includes").description()).contains("maakunta", "seutukunta", "laani97");
    assertThat(defs.get("successor").type()).isEqualTo("code");
    assertThat(defs.get("inactive").type()).isEqualTo("boolean");
    assertThat(defs.get("inactive").uri())
        .isEqualTo("http://hl7.org/fhir/concept-properties#inactive");
  }
}
