package fi.polku.mapping.spec;

import java.util.List;

/**
 * A mapping spec that cannot be used: broken configuration, not bad input data. The message lists
 * every problem found, each as {@code file:line:column: key path: what is wrong}, so an integrator
 * can fix them all in one go.
 */
public final class SpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  /** An exception reporting {@code problems} (at least one). */
  public SpecException(List<SpecProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** An exception with a single problem. */
  public SpecException(Loc where, String message) {
    this(List.of(new SpecProblem(where, message)));
  }

  /** Every problem, in the order found. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String message(List<SpecProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "The mapping spec has a problem:" : "The mapping spec has ")
        .append(problems.size() == 1 ? "" : problems.size() + " problems:");
    for (SpecProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /**
   * One problem in a spec.
   *
   * @param where where it is
   * @param message what is wrong, in English
   */
  public record SpecProblem(Loc where, String message) {
    @Override
    public String toString() {
      return where + ": " + message;
    }
  }
}
