package fi.polku.validation.format;

import java.util.Locale;

/**
 * Synthetic personal identity codes for generated test and benchmark data: the one place that makes
 * them, so that the hub's benchmarks, the validators' benchmarks and the integration tests all use
 * the same codes, and none of them ever holds a real person's code.
 *
 * <p>Every code is valid ({@link PersonalIdentityCode#isValid}) and has an individual number in the
 * range 900–999 that is kept for temporary and test codes, so it cannot belong to anyone. Code
 * {@code n} is made from {@code n} alone: the day (1–28) changes fastest, then the month, then the
 * year (2010–2019, century sign {@code A}), then the individual number (900–998). The mapping is
 * fixed: benchmark runs and stored test data stay comparable from one version to the next.
 */
public final class SyntheticIdentityCodes {

  private static final int DAYS = 28;
  private static final int MONTHS = 12;
  private static final int YEARS = 10;
  // 900-998: 999 is not used, so that the codes stay those that earlier runs made.
  private static final int INDIVIDUAL_NUMBERS = 99;

  /** How many distinct codes {@link #code} makes: for {@code n} from 0 to {@code DISTINCT - 1}. */
  public static final long DISTINCT = (long) DAYS * MONTHS * YEARS * INDIVIDUAL_NUMBERS;

  private SyntheticIdentityCodes() {}

  /**
   * Synthetic code number {@code n}, such as {@code 010110A9002} for 0; distinct codes for distinct
   * {@code n}.
   *
   * @param n from 0 to {@link #DISTINCT} - 1
   * @throws IllegalArgumentException when {@code n} is outside that range (the codes would repeat)
   */
  public static String code(long n) {
    if (n < 0 || n >= DISTINCT) {
      throw new IllegalArgumentException(
          "Synthetic identity code number " + n + " is outside 0.." + (DISTINCT - 1));
    }
    int day = 1 + (int) (n % DAYS);
    int month = 1 + (int) (n / DAYS % MONTHS);
    int year = 10 + (int) (n / (DAYS * MONTHS) % YEARS);
    int individual = 900 + (int) (n / (DAYS * MONTHS * YEARS));
    // Locale.ROOT: ASCII digits whatever the default locale.
    String digits = String.format(Locale.ROOT, "%02d%02d%02d%03d", day, month, year, individual);
    return digits.substring(0, 6)
        + "A"
        + digits.substring(6)
        + PersonalIdentityCode.checkCharacter(digits);
  }
}
