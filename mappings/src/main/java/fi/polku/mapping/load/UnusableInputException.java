package fi.polku.mapping.load;

import fi.polku.mapping.codes.InputProblem;

/**
 * An input of a run cannot be used at all (a damaged or encrypted ZIP archive, one that passes the
 * load's limits), so the run stops before it loads anything. Its message is the problem's code and
 * English text in one line, as {@code polku load} prints it; {@link #problem()} has the text in
 * fi/sv/en.
 */
public final class UnusableInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient InputProblem problem;

  /** The exception for {@code problem}, shown by {@code cause} (null when a check found it). */
  public UnusableInputException(InputProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /** Why the input cannot be used, with its code. */
  public InputProblem problem() {
    return problem;
  }
}
