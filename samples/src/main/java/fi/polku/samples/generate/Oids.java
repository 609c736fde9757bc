package fi.polku.samples.generate;

/**
 * Synthetic OIDs in the national arcs, in a range no real OID can take.
 *
 * <p>Real organisation OIDs ({@code 1.2.246.562.10.}) end in 11 or 12 digits; synthetic ones end in
 * 14 digits starting {@code 9999}, so they match the model's pattern ({@code 1.2.246.562.10.}
 * followed by digits) but cannot collide with a real one. Learner numbers ({@code 1.2.246.562.24.})
 * always end in exactly 11 digits, which the validators check; synthetic ones start {@code 99}, a
 * range the national register has not reached.
 */
public final class Oids {

  /** The organisation arc. */
  public static final String ORGANISATION_ARC = "1.2.246.562.10.";

  /** The learner-number arc. */
  public static final String LEARNER_ARC = "1.2.246.562.24.";

  /** The first digits of every synthetic OID's last component. */
  public static final String SYNTHETIC_PREFIX = "9999";

  /** Kind digit of the city as education and ECEC provider. */
  public static final int PROVIDER = 1;

  /** Kind digit of schools. */
  public static final int SCHOOL = 2;

  /** Kind digit of ECEC units. */
  public static final int ECEC_UNIT = 3;

  private Oids() {}

  /**
   * {@code 1.2.246.562.10.9999KKKTNNNNNN}: K municipality code, T kind digit, N sequence number
   * within the city and kind.
   */
  public static String organisation(String municipality, int kind, int sequence) {
    if (sequence < 0 || sequence > 999_999) {
      throw new IllegalArgumentException("organisation sequence out of range: " + sequence);
    }
    return ORGANISATION_ARC + SYNTHETIC_PREFIX + municipality + kind + pad(sequence, 6);
  }

  /** The first digits of a synthetic learner number's last component. */
  public static final String SYNTHETIC_LEARNER_PREFIX = "99";

  /** {@code 1.2.246.562.24.99NNNNNNNNN}: N a run-wide sequence number. */
  public static String learner(long sequence) {
    if (sequence < 0 || sequence > 999_999_999L) {
      throw new IllegalArgumentException("learner sequence out of range: " + sequence);
    }
    return LEARNER_ARC + SYNTHETIC_LEARNER_PREFIX + pad(sequence, 9);
  }

  /** True if the OID is in the synthetic range of its arc. */
  public static boolean isSynthetic(String oid) {
    int lastDot = oid.lastIndexOf('.');
    String last = oid.substring(lastDot + 1);
    if (!last.chars().allMatch(Character::isDigit)) {
      return false;
    }
    if (oid.startsWith(LEARNER_ARC)) {
      return last.length() == 11 && last.startsWith(SYNTHETIC_LEARNER_PREFIX);
    }
    return last.length() == 14 && last.startsWith(SYNTHETIC_PREFIX);
  }

  private static String pad(long value, int width) {
    StringBuilder digits = new StringBuilder(Long.toString(value));
    while (digits.length() < width) {
      digits.insert(0, '0');
    }
    return digits.toString();
  }
}
