package fi.polku.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated population is realistic in the proportions the README documents. */
class DistributionTest {

  private static final int LEARNERS = 24_000;
  private static final Map<String, Stats> BY_CITY = new HashMap<>();
  private static final Map<String, Person> PEOPLE = new HashMap<>();
  private static int codeCollisions;

  /** Statistics of one city, gathered from the stream. */
  static final class Stats implements PopulationSink {
    CityPlan plan;
    final List<Pupil> pupils = new ArrayList<>();
    final List<EcecChild> children = new ArrayList<>();
    final Map<Integer, Integer> classSizes = new HashMap<>();
    final Map<Integer, SchoolClass> classes = new HashMap<>();

    @Override
    public void beginCity(CityPlan plan) {
      this.plan = plan;
    }

    @Override
    public void schoolClass(SchoolClass c) {
      classes.put(c.key(), c);
    }

    @Override
    public void pupil(Pupil p) {
      pupils.add(p);
      classSizes.merge(p.memberships().get(0).schoolClass().key(), 1, Integer::sum);
      remember(p.person());
      p.household().roles().forEach(r -> remember(r.guardian().person()));
    }

    @Override
    public void ececChild(EcecChild c) {
      children.add(c);
      remember(c.person());
      c.household().roles().forEach(r -> remember(r.guardian().person()));
    }

    @Override
    public void endCity() {}

    private static void remember(Person person) {
      if (person.identityCode() == null) {
        return;
      }
      Person earlier = PEOPLE.putIfAbsent(person.identityCode(), person);
      if (earlier != null && !earlier.equals(person)) {
        codeCollisions++;
      }
    }

    long regularChildren() {
      return children.stream().filter(c -> c.person().birthDate().getYear() >= 2019).count();
    }
  }

  @BeforeAll
  static void generate() {
    Koodisto koodisto = new Koodisto();
    Cities cities = Cities.load(koodisto);
    double[] weights = cities.all().stream().mapToDouble(City::population).toArray();
    int[] learners = Allocation.split(LEARNERS, weights);
    PopulationGenerator generator = new PopulationGenerator(99, koodisto);
    for (int i = 0; i < cities.all().size(); i++) {
      Stats stats = new Stats();
      generator.generate(cities.all().get(i), learners[i], stats);
      BY_CITY.put(cities.all().get(i).code(), stats);
    }
  }

  private static List<Pupil> allPupils() {
    List<Pupil> all = new ArrayList<>();
    BY_CITY.values().forEach(s -> all.addAll(s.pupils));
    return all;
  }

  @Test
  void citiesAreSizedByPopulation() {
    int espoo = size("049");
    assertThat(espoo).isGreaterThan(size("837"));
    assertThat(size("837")).isGreaterThan(size("092"));
    assertThat(size("092")).isGreaterThan(size("564"));
    assertThat(size("564")).isGreaterThan(size("853"));
    assertThat(BY_CITY.values().stream().mapToInt(s -> s.plan.learners()).sum())
        .isEqualTo(LEARNERS);
  }

  private static int size(String city) {
    Stats s = BY_CITY.get(city);
    return (int) (s.pupils.size() + s.regularChildren());
  }

  @Test
  void ageCohortsFollowParticipation() {
    List<Pupil> pupils = allPupils();
    double ecec =
        BY_CITY.values().stream().mapToLong(Stats::regularChildren).sum() / (double) LEARNERS;
    double prePrimary =
        pupils.stream().filter(p -> p.level().isPrePrimary()).count() / (double) LEARNERS;
    double basic = pupils.stream().filter(p -> p.level().isBasic()).count() / (double) LEARNERS;
    double upper =
        pupils.stream().filter(p -> p.level().isUpperSecondary()).count() / (double) LEARNERS;
    assertThat(ecec).isCloseTo(0.215, within(0.01));
    assertThat(prePrimary).isCloseTo(0.056, within(0.005));
    assertThat(basic).isCloseTo(0.612, within(0.01));
    assertThat(upper).isCloseTo(0.116, within(0.01));
  }

  @Test
  void prePrimaryPupilsAreFiveToSevenWhenTheirStudyRightStarts() {
    List<Pupil> prePrimary = allPupils().stream().filter(p -> p.level().isPrePrimary()).toList();
    assertThat(prePrimary).hasSizeGreaterThan(1000);
    assertThat(prePrimary)
        .allSatisfy(
            p ->
                assertThat(Period.between(p.person().birthDate(), p.start()).getYears())
                    .as("age of pre-primary pupil %d at %s", p.key(), p.start())
                    .isBetween(5, 7));
  }

  @Test
  void supportLevelsAreGeneralIntensifiedAndSpecialInNationalProportions() {
    List<Pupil> basic = allPupils().stream().filter(p -> p.level().isBasic()).toList();
    Map<SupportLevel, Long> counts = new HashMap<>();
    basic.forEach(p -> counts.merge(p.support(), 1L, Long::sum));
    assertThat(counts.get(SupportLevel.GENERAL) / (double) basic.size()).isBetween(0.82, 0.88);
    assertThat(counts.get(SupportLevel.INTENSIFIED) / (double) basic.size()).isBetween(0.07, 0.11);
    assertThat(counts.get(SupportLevel.SPECIAL) / (double) basic.size()).isBetween(0.045, 0.075);
    assertThat(basic)
        .allSatisfy(
            p -> {
              boolean decided = p.support() != SupportLevel.GENERAL;
              assertThat(p.supportDecision() != null).isEqualTo(decided);
            });
    assertThat(allPupils().stream().filter(p -> p.level().isUpperSecondary()))
        .allSatisfy(p -> assertThat(p.support()).isNull());
  }

  @Test
  void almostAllBasicEducationPupilsAreInClassesOf16To26() {
    long inBand = 0;
    long total = 0;
    for (Stats s : BY_CITY.values()) {
      for (Map.Entry<Integer, Integer> e : s.classSizes.entrySet()) {
        if (s.classes.get(e.getKey()).kind() == GroupKind.CLASS) {
          total += e.getValue();
          inBand += e.getValue() >= 16 && e.getValue() <= 26 ? e.getValue() : 0;
        }
      }
    }
    assertThat(inBand / (double) total).isGreaterThan(0.95);
  }

  @Test
  void absencesAreSkewedMostPupilsFewSomeMany() {
    List<Integer> counts =
        new ArrayList<>(allPupils().stream().map(p -> p.absences().size()).toList());
    Collections.sort(counts);
    long total = counts.stream().mapToLong(Integer::intValue).sum();
    long top10 =
        counts.subList(counts.size() * 9 / 10, counts.size()).stream()
            .mapToLong(Integer::intValue)
            .sum();
    assertThat(counts.get(counts.size() / 2)).isBetween(2, 7);
    assertThat(top10 / (double) total).isGreaterThan(0.3);
    assertThat(counts.get(counts.size() - 1)).isGreaterThan(40);
    Map<AbsenceReason, Long> reasons = new HashMap<>();
    allPupils().forEach(p -> p.absences().forEach(a -> reasons.merge(a.reason(), 1L, Long::sum)));
    assertThat(reasons.keySet()).containsExactlyInAnyOrder(AbsenceReason.values());
    assertThat(Collections.max(reasons.entrySet(), Map.Entry.comparingByValue()).getKey())
        .isEqualTo(AbsenceReason.ILLNESS);
  }

  @Test
  void swedishIsCommonerInEspooTurkuAndVantaaAndForeignLanguagesInTheCapitalRegion() {
    assertThat(share("049", "SV")).isGreaterThan(0.04);
    assertThat(share("853", "SV")).isGreaterThan(0.03);
    assertThat(share("092", "SV")).isGreaterThan(share("564", "SV"));
    assertThat(share("564", "SV")).isLessThan(0.01);
    for (String city : BY_CITY.keySet()) {
      assertThat(share(city, "FI")).isGreaterThan(0.6);
    }
    assertThat(1 - share("092", "FI") - share("092", "SV")).isGreaterThan(0.2);
    assertThat(1 - share("564", "FI") - share("564", "SV")).isLessThan(0.12);
  }

  private static double share(String city, String language) {
    List<Pupil> pupils = BY_CITY.get(city).pupils;
    return pupils.stream().filter(p -> p.person().language().equals(language)).count()
        / (double) pupils.size();
  }

  @Test
  void childrenHaveOneOrTwoGuardiansSometimesSharedWithSiblings() {
    List<Pupil> pupils = allPupils();
    long two = pupils.stream().filter(p -> p.household().roles().size() == 2).count();
    long fosterCare = pupils.stream().filter(p -> p.household().roles().size() == 3).count();
    assertThat(pupils).allSatisfy(p -> assertThat(p.household().roles().size()).isBetween(1, 3));
    assertThat(two / (double) pupils.size()).isBetween(0.7, 0.85);
    assertThat(fosterCare / (double) pupils.size()).isLessThan(0.01);
    Map<Household, Integer> children = new IdentityHashMap<>();
    pupils.forEach(p -> children.merge(p.household(), 1, Integer::sum));
    long withSibling = pupils.stream().filter(p -> children.get(p.household()) > 1).count();
    assertThat(withSibling / (double) pupils.size()).isBetween(0.2, 0.7);
  }

  @Test
  void identityCodesAreValidSyntheticAndUniquePerPerson() {
    assertThat(codeCollisions).isZero();
    assertThat(PEOPLE.keySet())
        .allSatisfy(
            code -> {
              assertThat(IdentityCodes.isValid(code)).as(code).isTrue();
              assertThat(IdentityCodes.individualNumber(code)).isBetween(900, 999);
            });
    Set<Character> signs = new java.util.HashSet<>();
    PEOPLE.keySet().forEach(c -> signs.add(c.charAt(6)));
    assertThat(signs)
        .contains('A', '-')
        .containsAnyOf('B', 'C', 'D', 'E', 'F')
        .containsAnyOf('Y', 'X', 'W', 'V', 'U');
  }

  @Test
  void organisationsHaveSyntheticOidsAndSchoolNumbers() {
    for (Stats s : BY_CITY.values()) {
      assertThat(s.plan.providerOid()).satisfies(o -> assertThat(Oids.isSynthetic(o)).isTrue());
      assertThat(s.plan.schools())
          .allSatisfy(
              school -> {
                assertThat(Oids.isSynthetic(school.oid())).isTrue();
                assertThat(school.oid()).matches("^1[.]2[.]246[.]562[.]10[.][0-9]+$");
                assertThat(school.schoolNumber()).matches("9\\d{4}");
              });
      assertThat(s.plan.units()).allSatisfy(u -> assertThat(Oids.isSynthetic(u.oid())).isTrue());
      assertThat(s.plan.schools()).extracting(School::name).doesNotHaveDuplicates();
      assertThat(s.plan.schools())
          .extracting(School::address)
          .allSatisfy(a -> assertThat(s.plan.city().postalCodes()).contains(a.postalCode()));
    }
  }

  @Test
  void ececDecisionsAreMostlyMunicipalFullTimeAndConsistent() {
    List<EcecDecision> decisions = new ArrayList<>();
    BY_CITY.values().forEach(s -> s.children.forEach(c -> decisions.addAll(c.decisions())));
    long municipal =
        decisions.stream().filter(d -> d.arrangement() == EcecArrangement.MUNICIPAL).count();
    assertThat(municipal / (double) decisions.size()).isBetween(0.75, 0.95);
    assertThat(decisions)
        .allSatisfy(
            d -> {
              assertThat(d.applicationDate()).isBeforeOrEqualTo(d.start());
              assertThat(d.applicationDate()).isBefore(SchoolCalendar.EXPORT_DATE);
              if (d.end() != null) {
                assertThat(d.start()).isBeforeOrEqualTo(d.end());
              }
              assertThat(d.shiftCare()).isEqualTo(d.daily() == null);
              assertThat(d.placements()).isNotEmpty();
              assertThat(d.placements().get(0).start()).isEqualTo(d.start());
              assertThat(d.placements())
                  .allSatisfy(p -> assertThat(p.unit().arrangement()).isEqualTo(d.arrangement()));
              assertThat(d.modified()).isBeforeOrEqualTo(SchoolCalendar.EXPORT_TIME);
            });
  }
}
