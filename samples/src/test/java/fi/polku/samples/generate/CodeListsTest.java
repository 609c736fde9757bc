package fi.polku.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.ecec.EcecCodes;
import fi.polku.samples.register.RegisterCodes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every national code the generator or its code tables use exists in the model's code lists. */
class CodeListsTest {

  private final Koodisto koodisto = new Koodisto();

  @Test
  void cityNamesComeFromTheMunicipalityCodeList() {
    Cities cities = Cities.load(koodisto);
    assertThat(cities.all())
        .extracting(City::name)
        .containsExactly("Vantaa", "Espoo", "Oulu", "Tampere", "Turku");
    assertThat(cities.all())
        .extracting(City::nameSv)
        .containsExactly("Vanda", "Esbo", "Uleåborg", "Tammerfors", "Åbo");
    for (City city : cities.all()) {
      assertThat(city.neighbours())
          .allSatisfy(
              n -> {
                assertThat(koodisto.contains("kunta", n.code())).isTrue();
                assertThat(n.postalCode()).matches("\\d{5}").isNotIn(city.postalCodes());
              });
      assertThat(city.postalCodes()).allSatisfy(p -> assertThat(p).matches("\\d{5}"));
    }
  }

  @Test
  void populationOrderIsEspooTampereVantaaOuluTurku() {
    assertThat(
            Cities.load(koodisto).all().stream()
                .sorted((a, b) -> Double.compare(b.population(), a.population()))
                .map(City::name))
        .containsExactly("Espoo", "Tampere", "Vantaa", "Oulu", "Turku");
  }

  @Test
  void languagesAndNationalitiesAreInTheirCodeLists() {
    Languages languages = new Languages(koodisto);
    for (Language language : languages.all()) {
      assertThat(koodisto.contains("kieli", language.code())).as(language.code()).isTrue();
      assertThat(language.nationalities().values())
          .allSatisfy(c -> assertThat(koodisto.contains("maatjavaltiot2", c)).as(c).isTrue());
    }
  }

  @Test
  void basicEducationGradesMapToTheNationalGradeList() {
    RegisterCodes.GRADE_LEVELS.values().stream()
        .filter(GradeLevel::isBasic)
        .forEach(
            level ->
                assertThat(
                        koodisto.contains(
                            "perusopetuksenluokkaaste", Integer.toString(level.number())))
                    .isTrue());
  }

  @Test
  void arrangementsAndSchoolTypesAreNationalCodes() {
    assertThat(EcecCodes.ARRANGEMENTS.values())
        .allSatisfy(c -> assertThat(koodisto.contains("vardajarjestamismuoto", c)).as(c).isTrue());
    for (EcecArrangement arrangement : EcecArrangement.values()) {
      assertThat(koodisto.contains("vardajarjestamismuoto", arrangement.code())).isTrue();
    }
    for (SchoolType type : SchoolType.values()) {
      assertThat(koodisto.contains("oppilaitostyyppi", type.schoolTypeCode())).isTrue();
    }
  }

  @Test
  void absenceSubjectsAreNationalSubjectCodes() {
    for (String subject :
        "AI MA YL A1 B1 LI MU KU KS KT BI GE FY KE HI YH KO TE OP FI PS".split(" ")) {
      assertThat(koodisto.contains("koskioppiaineetyleissivistava", subject)).as(subject).isTrue();
    }
  }

  @Test
  void everyWordOfTheWordListsFitsTheRegisterEncoding() {
    for (String file : new String[] {"names.txt", "places.txt"}) {
      WordLists words = WordLists.load(file);
      for (String section : words.sections()) {
        assertThat(words.list(section))
            .as(file + " [" + section + "]")
            .doesNotHaveDuplicates()
            .allSatisfy(
                w ->
                    assertThat(StandardCharsets.ISO_8859_1.newEncoder().canEncode(w))
                        .as(w)
                        .isTrue());
      }
    }
  }
}
