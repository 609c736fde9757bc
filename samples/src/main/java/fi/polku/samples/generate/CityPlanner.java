package fi.polku.samples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a city's structure for a number of learners: how many learners of each age, the
 * districts, their schools and ECEC units.
 *
 * <p>A city has a Finnish-language and, where enough learners speak Swedish, a Swedish-language
 * stream of districts, each with its own schools and units. Learners of each age are split across
 * districts by random district sizes; schools are sized like city schools (about 450
 * basic-education pupils per district, about 450 students per upper secondary school).
 */
final class CityPlanner {

  /**
   * Relative size of each age group (index = age in 2024, so birth year 2024 − age): Finnish birth
   * cohorts, which fell from about 60,000 (2010) to about 43,000 (2023).
   */
  static final double[] POPULATION_BY_AGE = {
    0, 43, 45, 50, 47, 46, 48, 51, 53, 55, 57, 58, 59, 60, 61, 61, 60, 59, 59
  };

  /**
   * Share of each age group the exports contain: ECEC participation rises from about 40 % at one to
   * 94 % at five; pre-primary and basic education are compulsory; about 55 % of an age group goes
   * to general upper secondary school (the rest to vocational education, outside Polku).
   */
  static final double[] PARTICIPATION = {
    0, 0.40, 0.75, 0.88, 0.92, 0.94, 0.99, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.55, 0.55, 0.53
  };

  static final int BASIC_PUPILS_PER_AREA = 450;
  static final int STUDENTS_PER_UPPER_SECONDARY = 450;
  static final double COMBINED_SCHOOL_SHARE = 0.3;

  /** Share of pre-primary pupils who also have supplementary ECEC. */
  static final double SUPPLEMENTARY_ECEC_SHARE = 0.6;

  /** Fewer expected Swedish-speaking learners than this and a city gets no Swedish stream. */
  static final int MIN_SWEDISH_STREAM = 8;

  private final City city;
  private final Names names;
  private final PlaceNames places;
  private final RunIds run;
  private final CityIds ids;
  private final Rand rand;
  private final List<School> schools = new ArrayList<>();
  private final List<EcecUnit> units = new ArrayList<>();
  private final List<Area> areas = new ArrayList<>();
  private final List<String> privateUnitNames;
  private int postalIndex;

  CityPlanner(City city, Names names, WordLists words, RunIds run, CityIds ids, Rand rand) {
    this.city = city;
    this.names = names;
    this.places = new PlaceNames(words);
    this.run = run;
    this.ids = ids;
    this.rand = rand;
    this.privateUnitNames = words.list("ecec.private");
  }

  /** Plans the city for the given number of learners. */
  CityPlan plan(int learners) {
    int swedish = (int) Math.round(learners * city.swedishShare());
    if (swedish < MIN_SWEDISH_STREAM) {
      swedish = 0;
    }
    String providerOid = Oids.organisation(city.code(), Oids.PROVIDER, 1);
    planStream(false, learners - swedish);
    planStream(true, swedish);
    return new CityPlan(
        city,
        providerOid,
        learners,
        List.copyOf(schools),
        List.copyOf(units),
        List.copyOf(areas),
        SchoolCalendar.schoolDaysToExport(city));
  }

  /** Learners of each age (index 1–18) among {@code learners}. */
  static int[] cohorts(int learners) {
    double[] weights = new double[19];
    for (int age = 1; age <= 18; age++) {
      weights[age] = POPULATION_BY_AGE[age] * PARTICIPATION[age];
    }
    return Allocation.split(learners, weights);
  }

  private void planStream(boolean swedish, int learners) {
    if (learners <= 0) {
      return;
    }
    int[] cohorts = cohorts(learners);
    int basic = 0;
    for (int age = 6; age <= 15; age++) {
      basic += cohorts[age];
    }
    int areaCount = Math.max(1, (int) Math.round(basic / (double) BASIC_PUPILS_PER_AREA));
    double[] areaWeights = new double[areaCount];
    for (int i = 0; i < areaCount; i++) {
      areaWeights[i] = rand.uniform(0.75, 1.3);
    }
    int[][] areaCohorts = new int[areaCount][19];
    for (int age = 1; age <= 18; age++) {
      int[] split = Allocation.split(cohorts[age], areaWeights);
      for (int i = 0; i < areaCount; i++) {
        areaCohorts[i][age] = split[i];
      }
    }
    District[] districts = new District[areaCount];
    for (int i = 0; i < areaCount; i++) {
      districts[i] = district(swedish);
    }
    School[] primary = new School[areaCount];
    for (int i = 0; i < areaCount; i++) {
      boolean combined = areaCount == 1 || rand.chance(COMBINED_SCHOOL_SHARE);
      primary[i] = school(districts[i], combined ? SchoolType.COMBINED : SchoolType.PRIMARY);
    }
    School[] lower = lowerSecondarySchools(districts, primary);
    int students = cohorts[16] + cohorts[17] + cohorts[18];
    int upperCount =
        students == 0
            ? 0
            : Math.max(1, (int) Math.round(students / (double) STUDENTS_PER_UPPER_SECONDARY));
    School[] upper = new School[upperCount];
    for (int j = 0; j < upperCount; j++) {
      upper[j] = school(districts[j * areaCount / upperCount], SchoolType.UPPER_SECONDARY);
    }
    for (int i = 0; i < areaCount; i++) {
      District d = districts[i];
      School upperSchool = upperCount == 0 ? null : upper[i * upperCount / areaCount];
      List<EcecUnit> areaUnits = ececUnits(d, areaCohorts[i]);
      areas.add(
          new Area(
              swedish,
              d.name,
              d.postalCode,
              d.streets,
              areaCohorts[i],
              primary[i],
              lower[i],
              upperSchool,
              areaUnits));
    }
  }

  /** Grades 7–9 of two neighbouring primary-school districts share one lower secondary school. */
  private School[] lowerSecondarySchools(District[] districts, School[] primary) {
    School[] lower = new School[primary.length];
    School open = null;
    int served = 0;
    for (int i = 0; i < primary.length; i++) {
      if (primary[i].type() == SchoolType.COMBINED) {
        lower[i] = primary[i];
        continue;
      }
      if (open == null || served == 2) {
        open = school(districts[i], SchoolType.LOWER_SECONDARY);
        served = 0;
      }
      lower[i] = open;
      served++;
    }
    return lower;
  }

  private District district(boolean swedish) {
    String postalCode = city.postalCodes().get(postalIndex++ % city.postalCodes().size());
    List<String> streets = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      streets.add(places.street(rand));
    }
    if (swedish) {
      String name = places.nextSwedish(rand);
      return new District(true, name, name, postalCode, streets);
    }
    PlaceNames.Place place = places.nextFinnish(rand);
    return new District(false, place.nominative(), place.genitive(), postalCode, streets);
  }

  private School school(District d, SchoolType type) {
    String name =
        d.swedish
            ? d.name
                + switch (type) {
                  case PRIMARY, COMBINED -> " skola";
                  case LOWER_SECONDARY -> " högstadieskola";
                  case UPPER_SECONDARY -> " gymnasium";
                }
            : d.genitive
                + switch (type) {
                  case PRIMARY -> " koulu";
                  case COMBINED -> rand.chance(0.5) ? " yhtenäiskoulu" : " koulu";
                  case LOWER_SECONDARY -> " yläkoulu";
                  case UPPER_SECONDARY -> " lukio";
                };
    School school =
        new School(
            ids.school(),
            name,
            type,
            d.swedish ? "SV" : "FI",
            run.schoolNumber(),
            Oids.organisation(city.code(), Oids.SCHOOL, ids.schoolOidSequence()),
            address(d));
    schools.add(school);
    return school;
  }

  private List<EcecUnit> ececUnits(District d, int[] cohorts) {
    int children = (int) Math.round(SUPPLEMENTARY_ECEC_SHARE * cohorts[6]);
    boolean any = cohorts[6] > 0;
    for (int age = 1; age <= 5; age++) {
      children += cohorts[age];
      any |= cohorts[age] > 0;
    }
    List<EcecUnit> result = new ArrayList<>();
    if (!any) {
      return result;
    }
    int centres = Math.max(1, (int) Math.round(children * 0.88 / 85));
    int groupHomes = (int) Math.round(children * 0.05 / 12);
    int familyCarers = (int) Math.round(children * 0.07 / 4);
    for (int c = 0; c < centres; c++) {
      EcecArrangement arrangement = c == 0 ? EcecArrangement.MUNICIPAL : arrangement();
      int places =
          Math.max(
              20, Math.min(220, roundTo5(children * 0.88 / centres * rand.uniform(1.0, 1.25))));
      result.add(
          unit(d, UnitType.DAYCARE_CENTRE, arrangement, centreName(d, c, arrangement), places));
    }
    for (int g = 0; g < groupHomes; g++) {
      String place = d.swedish ? places.nextSwedish(rand) : places.nextFinnish(rand).nominative();
      String name = (d.swedish ? "Gruppfamiljedaghemmet " : "Ryhmäperhepäiväkoti ") + place;
      result.add(unit(d, UnitType.GROUP_FAMILY_DAYCARE, EcecArrangement.MUNICIPAL, name, 12));
    }
    for (int f = 0; f < familyCarers; f++) {
      String carer = names.family(d.swedish ? NameCulture.SWEDISH : NameCulture.FINNISH, rand);
      String name = (d.swedish ? "Familjedagvårdare " : "Perhepäivähoitaja ") + carer;
      result.add(unit(d, UnitType.FAMILY_DAYCARE, EcecArrangement.MUNICIPAL, name, 4));
    }
    return result;
  }

  private EcecArrangement arrangement() {
    double draw = rand.nextDouble();
    // The first centre of a district is always municipal; of the others about a third are
    // private centres the city buys places from or accepts service vouchers in.
    return draw < 0.65
        ? EcecArrangement.MUNICIPAL
        : draw < 0.77 ? EcecArrangement.PURCHASED_SERVICE : EcecArrangement.SERVICE_VOUCHER;
  }

  private String centreName(District d, int index, EcecArrangement arrangement) {
    if (arrangement != EcecArrangement.MUNICIPAL) {
      return "Päiväkoti " + rand.pick(privateUnitNames) + " " + d.name;
    }
    if (d.swedish) {
      return "Daghemmet " + (index == 0 ? d.name : places.nextSwedish(rand));
    }
    if (index == 0) {
      return rand.chance(0.5) ? d.genitive + " päiväkoti" : "Päiväkoti " + d.name;
    }
    return "Päiväkoti " + places.nextFinnish(rand).nominative();
  }

  private EcecUnit unit(
      District d, UnitType type, EcecArrangement arrangement, String name, int places) {
    return add(
        new EcecUnit(
            ids.unit(),
            name,
            type,
            arrangement,
            Oids.organisation(city.code(), Oids.ECEC_UNIT, ids.unitOidSequence()),
            d.swedish ? "SV" : "FI",
            address(d),
            places,
            Timestamps.between(LocalDate.of(2016, 1, 1), LocalDate.of(2024, 12, 31), rand)));
  }

  private EcecUnit add(EcecUnit unit) {
    units.add(unit);
    return unit;
  }

  private Address address(District d) {
    return new Address(
        rand.pick(d.streets) + " " + rand.between(1, 60), d.postalCode, city.postOffice());
  }

  private static int roundTo5(double value) {
    return (int) (Math.round(value / 5.0) * 5);
  }

  /** A district while it is being planned. */
  private record District(
      boolean swedish, String name, String genitive, String postalCode, List<String> streets) {}
}
