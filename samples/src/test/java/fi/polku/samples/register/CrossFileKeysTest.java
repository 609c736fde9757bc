package fi.polku.samples.register;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.FaultFinder;
import fi.polku.samples.TestSets;
import fi.polku.samples.cli.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without injected faults every key is unique and every reference resolves. */
class CrossFileKeysTest {

  @TempDir static Path dir;
  static Path set;

  @BeforeAll
  static void generate() {
    set = TestSets.generate(dir, Settings.of(1000, 11, 0));
  }

  @Test
  void cleanExportsHaveNoFaultsAtAll() throws Exception {
    for (Path city : TestSets.cities(set)) {
      assertThat(TestSets.faults(city)).isEmpty();
      assertThat(FaultFinder.register(city)).as(city.toString()).isEmpty();
      assertThat(FaultFinder.ecec(city)).as(city.toString()).isEmpty();
    }
  }

  @Test
  void everyPupilHasGuardiansAndAClassOfTheirOwnSchool() {
    for (Path city : TestSets.cities(set)) {
      Path register = city.resolve("register");
      List<TestSets.Row> pupils = TestSets.csv(register.resolve("oppilaat.csv"));
      Map<String, TestSets.Row> classes = new HashMap<>();
      TestSets.csv(register.resolve("luokat.csv")).forEach(c -> classes.put(c.get("luokkanro"), c));
      Map<String, List<TestSets.Row>> memberships =
          TestSets.csv(register.resolve("ryhmajasenyydet.csv")).stream()
              .collect(Collectors.groupingBy(r -> r.get("oppilasnro")));
      Map<String, Long> guardians =
          TestSets.csv(register.resolve("huoltajat.csv")).stream()
              .collect(Collectors.groupingBy(r -> r.get("oppilasnro"), Collectors.counting()));
      for (TestSets.Row pupil : pupils) {
        String key = pupil.get("oppilasnro");
        assertThat(guardians.get(key)).as(key).isBetween(1L, 3L);
        assertThat(memberships.get(key)).as(key).isNotEmpty();
        for (TestSets.Row m : memberships.get(key)) {
          TestSets.Row schoolClass = classes.get(m.get("luokkanro"));
          assertThat(schoolClass.get("koulunro")).isEqualTo(pupil.get("koulunro"));
          if (!schoolClass.get("luokka_aste").isEmpty()) {
            assertThat(schoolClass.get("luokka_aste")).isEqualTo(pupil.get("luokka_aste"));
          }
        }
      }
    }
  }

  @Test
  void aGuardianNumberAlwaysCarriesTheSamePerson() {
    for (Path city : TestSets.cities(set)) {
      Map<String, String> person = new HashMap<>();
      for (TestSets.Row r : TestSets.csv(city.resolve("register/huoltajat.csv"))) {
        String identity = r.get("hetu") + "|" + r.get("sukunimi") + "|" + r.get("etunimet");
        assertThat(person.putIfAbsent(r.get("huoltajanro"), identity)).isIn(null, identity);
      }
    }
  }
}
