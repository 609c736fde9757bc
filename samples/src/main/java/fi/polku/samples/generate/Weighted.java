package fi.polku.samples.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable discrete distribution over values: draw one with {@link #pick(Rand)}.
 *
 * @param <T> the value type
 */
public final class Weighted<T> {

  private final List<T> values;
  private final double[] cumulative;

  private Weighted(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** A builder; weights need not sum to one. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Values weighted by rank, the first the most likely: weight {@code 1 / (rank + offset)}. Name
   * frequencies follow roughly this shape; a larger offset flattens it.
   */
  public static <T> Weighted<T> byRank(List<T> values, double offset) {
    Builder<T> builder = builder();
    for (int i = 0; i < values.size(); i++) {
      builder.add(values.get(i), 1.0 / (i + 1 + offset));
    }
    return builder.build();
  }

  /** Draws a value. */
  public T pick(Rand rand) {
    double target = rand.nextDouble() * cumulative[cumulative.length - 1];
    // The first index whose cumulative weight exceeds the target; zero weights are never hit.
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return values.get(low);
  }

  /** The values, in the order they were added. */
  public List<T> values() {
    return values;
  }

  /** Builds a {@link Weighted}. */
  public static final class Builder<T> {
    private final List<T> values = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    private Builder() {}

    /** Adds a value; a zero weight is allowed and never drawn. */
    public Builder<T> add(T value, double weight) {
      if (weight < 0 || Double.isNaN(weight)) {
        throw new IllegalArgumentException("weight must be non-negative: " + weight);
      }
      values.add(value);
      weights.add(weight);
      return this;
    }

    /** The distribution; at least one weight must be positive. */
    public Weighted<T> build() {
      double[] cumulative = new double[values.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      if (sum <= 0) {
        throw new IllegalStateException("no positive weight");
      }
      return new Weighted<>(Collections.unmodifiableList(new ArrayList<>(values)), cumulative);
    }
  }
}
