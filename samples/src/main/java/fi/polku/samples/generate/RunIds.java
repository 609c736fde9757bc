package fi.polku.samples.generate;

/**
 * Identifiers that must be unique across a whole run (all cities): personal identity codes, school
 * numbers and learner numbers.
 */
public final class RunIds {

  /** First synthetic school number; real ones are far below (under 40000). */
  public static final int FIRST_SCHOOL_NUMBER = 90000;

  private final IdentityCodeAllocator identityCodes = new IdentityCodeAllocator();
  private int nextSchoolNumber = FIRST_SCHOOL_NUMBER;
  private long nextLearner = 1;

  /** A fresh run. */
  public RunIds() {}

  /** The identity-code allocator. */
  public IdentityCodeAllocator identityCodes() {
    return identityCodes;
  }

  /** A new five-digit school number in 90000–99999. */
  public String schoolNumber() {
    if (nextSchoolNumber > 99999) {
      throw new IllegalStateException("more than 10,000 schools: generate fewer learners");
    }
    return Integer.toString(nextSchoolNumber++);
  }

  /** A new synthetic learner number (oppijanumero). */
  public String learnerOid() {
    return Oids.learner(nextLearner++);
  }
}
