package fi.polku.samples.generate;

/**
 * The keys one city's legacy systems hand out. Each city runs its own systems, so keys of different
 * cities overlap on purpose: a hub must namespace source keys by source system.
 */
final class CityIds {

  private int school = 100;
  private int schoolOid;
  private int unitOid;
  private int unit;
  private int schoolClass = 5000;
  private int pupil = 100000;
  private int registerGuardian = 500000;
  private long absence = 1000000;
  private int child;
  private int ececGuardian;
  private int decision;
  private int placement;

  int school() {
    return ++school;
  }

  int schoolOidSequence() {
    return ++schoolOid;
  }

  int unitOidSequence() {
    return ++unitOid;
  }

  int unit() {
    return ++unit;
  }

  int schoolClass() {
    return ++schoolClass;
  }

  /** Pupil numbers leave small gaps, as records deleted over the years do. */
  int pupil(Rand rand) {
    pupil += rand.chance(0.15) ? rand.between(2, 4) : 1;
    return pupil;
  }

  int registerGuardian() {
    return ++registerGuardian;
  }

  long absence() {
    return ++absence;
  }

  int child() {
    return ++child;
  }

  int ececGuardian() {
    return ++ececGuardian;
  }

  int decision() {
    return ++decision;
  }

  int placement() {
    return ++placement;
  }
}
