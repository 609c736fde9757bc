package fi.polku.samples.generate;

/**
 * Synthetic OIDs in the national arcs, in a range no real OID can take.
 *
 * <p>Real organisation OIDs ({@code 1.2.246.562.10.}) and learner numbers ({@code 1.2.246.562.24.})
 * end in 11 or 12 digits. Synthetic ones end in 14 digits starting {@code 9999}, so they still
 * match the model's patterns ({@code ^1.2.246.562.10.[0-9]+$}) but cannot collide with a real one.
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

  /** {@code 1.2.246.562.24.9999NNNNNNNNNN}: N a run-wide sequence number. */
  public static String learner(long sequence) {
    if (sequence < 0 || sequence > 9_999_999_999L) {
      throw new IllegalArgumentException("learner sequence out of range: " + sequence);
    }
    return LEARNER_ARC + SYNTHETIC_PREFIX + pad(sequence, 10);
  }

  /** True if the OID is in the synthetic range of its arc. */
  public static boolean isSynthetic(String oid) {
    int lastDot = oid.lastIndexOf('.');
    String last = oid.substring(lastDot + 1);
    return last.length() == 14
        && last.startsWith(SYNTHETIC_PREFIX)
        && last.chars().allMatch(Character::isDigit);
  }

  private static String pad(long value, int width) {
    StringBuilder digits = new StringBuilder(Long.toString(value));
    while (digits.length() < width) {
      digits.insert(0, '0');
    }
    return digits.toString();
  }
}
