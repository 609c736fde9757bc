package fi.polku.samples.generate;

import java.util.List;

/**
 * Decides, row by row, whether a row of one output file gets a fault and which. Each file has its
 * own generator derived from the seed, so injecting faults never changes the generated data itself,
 * only the rows that carry a fault (and the line numbers after an added duplicate row).
 */
public final class FaultDice {

  private final Rand rand;
  private final double rate;

  /** Dice for one file: {@code rate} is the probability that a row carries a fault. */
  public FaultDice(long seed, String label, double rate) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("fault rate must be within 0..1: " + rate);
    }
    this.rand = Rand.derive(seed, "faults:" + label);
    this.rate = rate;
  }

  /** A fault kind for the next row, or {@code null} for none (always none at rate 0). */
  public FaultKind roll(List<FaultKind> possible) {
    if (rate == 0 || possible.isEmpty() || !rand.chance(rate)) {
      return null;
    }
    return rand.pick(possible);
  }

  /** The generator for choosing the details of a fault. */
  public Rand rand() {
    return rand;
  }

  /** A date that cannot exist, in the year given, as {@code d.m.yyyy}. */
  public static String impossibleDate(int year, Rand rand) {
    boolean leap = java.time.Year.isLeap(year);
    List<String> days =
        leap
            ? List.of("30.2", "31.2", "31.4", "31.6", "31.9", "31.11")
            : List.of("29.2", "30.2", "31.2", "31.4", "31.6", "31.9", "31.11");
    return rand.pick(days) + "." + year;
  }
}
