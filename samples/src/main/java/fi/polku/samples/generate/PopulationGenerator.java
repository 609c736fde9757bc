package fi.polku.samples.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the learners of a city and streams them to a {@link PopulationSink}.
 *
 * <p>Determinism: every city draws from its own generator derived from the seed and the
 * municipality code, split once for the plan and once per district. Identity codes, school numbers
 * and learner numbers are unique across the run ({@link RunIds}), so the same seed, cities and
 * learner count always give the same population.
 */
public final class PopulationGenerator {

  private final long seed;
  private final Names names;
  private final Languages languages;
  private final WordLists places;
  private final RunIds run;

  /** A generator for one run. */
  public PopulationGenerator(long seed, Koodisto koodisto) {
    this(seed, koodisto, new RunIds());
  }

  /**
   * A generator that draws run-wide identifiers from {@code run}: populations generated with the
   * same {@code run} share no identity codes, learner numbers or school numbers, even with
   * different seeds.
   */
  public PopulationGenerator(long seed, Koodisto koodisto, RunIds run) {
    this.seed = seed;
    this.names = new Names();
    this.languages = new Languages(koodisto);
    this.places = WordLists.load("places.txt");
    this.run = run;
  }

  /** Generates {@code learners} learners of the city into the sink. */
  public void generate(City city, int learners, PopulationSink sink) {
    Rand cityRand = Rand.derive(seed, "city:" + city.code());
    CityIds ids = new CityIds();
    CityPlan plan = new CityPlanner(city, names, places, run, ids, cityRand.split()).plan(learners);
    sink.beginCity(plan);
    Pupils pupils = new Pupils(ids, run, plan.schoolDays(), places.list("register.note"));
    EcecChildren ecec = new EcecChildren(ids);
    for (Area area : plan.areas()) {
      Rand rand = cityRand.split();
      Households households = new Households(city, area, names, languages, run, ids);
      for (int age = 1; age <= 18; age++) {
        int count = area.cohort(age);
        if (count == 0) {
          continue;
        }
        if (age <= 5) {
          for (int i = 0; i < count; i++) {
            Households.Child child = households.child(2024 - age, rand);
            sink.ececChild(ecec.regular(child, area, age, rand));
          }
          continue;
        }
        List<SchoolClass> classes = classes(area, age, count, ids, sink);
        for (int i = 0; i < count; i++) {
          Pupil pupil = pupils.create(households, classes.get(i % classes.size()), classes, rand);
          sink.pupil(pupil);
          if (age == 6 && rand.chance(CityPlanner.SUPPLEMENTARY_ECEC_SHARE)) {
            Households.Child child = new Households.Child(pupil.person(), pupil.household());
            sink.ececChild(ecec.supplementary(child, area, rand));
          }
        }
      }
    }
    sink.endCity();
  }

  private static List<SchoolClass> classes(
      Area area, int age, int pupils, CityIds ids, PopulationSink sink) {
    List<SchoolClass> classes = new ArrayList<>();
    if (age >= 16) {
      int startYear = 2024 - (age - 16);
      School school = area.upperSecondary();
      int groups = Math.max(1, (int) Math.round(pupils / 28.0));
      String series = Integer.toString(startYear % 100);
      for (int g = 0; g < groups; g++) {
        classes.add(
            new SchoolClass(
                ids.schoolClass(),
                school,
                series + school.nextLetter(series),
                GroupKind.HOMEROOM_GROUP,
                null,
                SchoolCalendar.YEAR_START,
                SchoolCalendar.YEAR_END));
      }
    } else {
      GradeLevel level = age == 6 ? GradeLevel.PRE_PRIMARY : GradeLevel.basic(age - 6);
      School school =
          level.isBasic() && level.number() >= 7 ? area.lowerSecondary() : area.primary();
      String series = level.isPrePrimary() ? "Esi" : Integer.toString(level.number());
      GroupKind kind = level.isPrePrimary() ? GroupKind.PRE_PRIMARY_GROUP : GroupKind.CLASS;
      for (int c = 0, n = classCount(pupils); c < n; c++) {
        String letter = school.nextLetter(series);
        String name = level.isPrePrimary() ? "Esi-" + letter : series + letter;
        classes.add(
            new SchoolClass(
                ids.schoolClass(),
                school,
                name,
                kind,
                level,
                SchoolCalendar.YEAR_START,
                SchoolCalendar.YEAR_END));
      }
    }
    classes.forEach(sink::schoolClass);
    return classes;
  }

  /**
   * The number of classes for an age group: class sizes as close to 16–26 as the group allows, near
   * 21 where several counts fit. A group of fewer than 16 forms one small class.
   */
  static int classCount(int pupils) {
    int best = 1;
    double bestScore = Double.MAX_VALUE;
    for (int k = 1; k <= Math.max(1, pupils / 8); k++) {
      double size = pupils / (double) k;
      double outside = size < 16 ? 16 - size : size > 26 ? size - 26 : 0;
      double score = outside * 100 + Math.abs(size - 21);
      if (score < bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }
}
