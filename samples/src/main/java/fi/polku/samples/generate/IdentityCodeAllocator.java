package fi.polku.samples.generate;

import java.time.LocalDate;

/**
 * Hands out synthetic identity codes that are unique across a whole generation run.
 *
 * <p>For every birth date and sex there are 50 individual numbers in 900–999 per century sign. The
 * allocator keeps two counters per date and sex: one for the traditional sign ({@code -} or {@code
 * A}; 50 codes) and one for the five signs added in 2023 (250 codes). A small share of codes takes
 * a new sign on purpose, so every export contains some; when one pool is full the other is used.
 * The order of numbers within a pool is shuffled per date by a fixed rotation so that codes do not
 * all end in 900/901. Memory is two small counters per day, whatever the number of people.
 */
public final class IdentityCodeAllocator {

  /** Earliest birth date the allocator serves. */
  public static final LocalDate FIRST = LocalDate.of(1940, 1, 1);

  /** Latest birth date the allocator serves. */
  public static final LocalDate LAST = LocalDate.of(2029, 12, 31);

  /** Share of codes deliberately given one of the century signs introduced in 2023. */
  public static final double NEW_SIGN_SHARE = 0.03;

  private static final int PER_SIGN = 50;
  private static final int NEW_SIGNS = 5;

  private final int firstDay = (int) FIRST.toEpochDay();
  private final byte[] traditional;
  private final short[] reform;

  /** An allocator with nothing handed out yet. */
  public IdentityCodeAllocator() {
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
    traditional = new byte[days * 2];
    reform = new short[days * 2];
  }

  /** A new unique code for someone born on the date. */
  public String next(LocalDate birthDate, Sex sex, Rand rand) {
    int year = birthDate.getYear();
    if (year < 1900 || year > 2099 || birthDate.isBefore(FIRST) || birthDate.isAfter(LAST)) {
      throw new IllegalArgumentException("birth date outside " + FIRST + ".." + LAST);
    }
    int day = (int) birthDate.toEpochDay() - firstDay;
    int slot = day * 2 + (sex == Sex.MALE ? 1 : 0);
    String signs = year >= 2000 ? IdentityCodes.SIGNS_2000 : IdentityCodes.SIGNS_1900;
    int rotation = Math.floorMod(day * 17 + 5, PER_SIGN);
    boolean preferNew = rand.chance(NEW_SIGN_SHARE);
    if (preferNew && reform[slot] < PER_SIGN * NEW_SIGNS || traditional[slot] >= PER_SIGN) {
      if (reform[slot] >= PER_SIGN * NEW_SIGNS) {
        throw new IllegalStateException(
            "identity-code space exhausted for "
                + birthDate
                + " ("
                + sex
                + "): 300 synthetic codes per birth date and sex; generate fewer learners");
      }
      int n = reform[slot]++;
      char sign = signs.charAt(1 + (n + rotation) % NEW_SIGNS);
      return IdentityCodes.format(birthDate, sign, number(n / NEW_SIGNS, rotation, sex));
    }
    int n = traditional[slot]++;
    return IdentityCodes.format(birthDate, signs.charAt(0), number(n, rotation, sex));
  }

  private static int number(int index, int rotation, Sex sex) {
    return 900 + 2 * ((index + rotation) % PER_SIGN) + (sex == Sex.MALE ? 1 : 0);
  }
}
