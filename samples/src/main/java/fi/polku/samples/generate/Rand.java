package fi.polku.samples.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness: a seeded {@link SplittableRandom} (SplitMix64) behind
 * a small, fixed set of derived draws.
 *
 * <p>Every derived value is computed here from {@link SplittableRandom#nextLong()} alone, with
 * {@link StrictMath} for the transcendental functions, so the same seed gives the same bytes on
 * every JDK and CPU: library helpers such as {@code nextGaussian} or {@link Math#log} are allowed
 * to differ between releases or platforms, which would break the golden sample set.
 */
public final class Rand {

  private final SplittableRandom random;

  /** A generator seeded with {@code seed}. */
  public Rand(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private Rand(SplittableRandom random) {
    this.random = random;
  }

  /**
   * An independent generator for one named purpose, derived from the seed and the label only. Used
   * where a stream must not shift when another one changes (for example fault injection, which must
   * not alter the data it is injected into).
   */
  public static Rand derive(long seed, String label) {
    long mixed = seed * 0x9E3779B97F4A7C15L + label.hashCode();
    return new Rand(new SplittableRandom(mixed).nextLong());
  }

  /** A new generator split off this one; advances this one by a fixed amount. */
  public Rand split() {
    return new Rand(random.split());
  }

  /** 64 random bits. */
  public long nextLong() {
    return random.nextLong();
  }

  /** A uniform integer in {@code [0, bound)}; {@code bound} must be positive. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    // The modulo bias is below 2^-31 for any int bound: irrelevant for synthetic data.
    return (int) ((random.nextLong() >>> 1) % bound);
  }

  /** A uniform integer in {@code [low, high]} (both inclusive). */
  public int between(int low, int high) {
    return low + nextInt(high - low + 1);
  }

  /** A uniform double in {@code [0, 1)}. */
  public double nextDouble() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return nextDouble() < p;
  }

  /** A uniform double in {@code [low, high)}. */
  public double uniform(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  /** A standard normal value (Box–Muller; one value per call keeps the stream simple). */
  public double gaussian() {
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** A normal value with the given mean and standard deviation, clamped to {@code [min, max]}. */
  public double normal(double mean, double sd, double min, double max) {
    return Math.max(min, Math.min(max, mean + sd * gaussian()));
  }

  /**
   * A log-normal multiplier with mean 1 and shape {@code sigma}: most draws near or below 1, a long
   * tail above. Gives the skew of real absence counts.
   */
  public double lognormalFactor(double sigma) {
    return StrictMath.exp(sigma * gaussian() - sigma * sigma / 2.0);
  }

  /** A Poisson-distributed count with mean {@code lambda}. */
  public int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 60) {
      // Normal approximation: Knuth's product method underflows and is slow for large means.
      return (int) Math.max(0, Math.round(lambda + StrictMath.sqrt(lambda) * gaussian()));
    }
    double limit = StrictMath.exp(-lambda);
    double product = nextDouble();
    int count = 0;
    while (product > limit) {
      product *= nextDouble();
      count++;
    }
    return count;
  }

  /** A uniformly chosen element of a non-empty list. */
  public <T> T pick(List<T> values) {
    return values.get(nextInt(values.size()));
  }
}
