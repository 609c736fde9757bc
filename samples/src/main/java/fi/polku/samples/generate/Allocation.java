package fi.polku.samples.generate;

/** Splits whole numbers by weights without losing or inventing a unit. */
public final class Allocation {

  private Allocation() {}

  /**
   * Splits {@code total} into parts proportional to {@code weights} by the largest-remainder
   * method; ties go to the lower index, so the result is deterministic. The parts sum to {@code
   * total}.
   */
  public static int[] split(int total, double[] weights) {
    int[] parts = new int[weights.length];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (total <= 0 || sum <= 0) {
      return parts;
    }
    double[] remainders = new double[weights.length];
    int assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      assigned += parts[i];
    }
    for (int left = total - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
    }
    return parts;
  }
}
