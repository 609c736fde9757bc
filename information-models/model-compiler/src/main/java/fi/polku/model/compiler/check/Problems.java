package fi.polku.model.compiler.check;

import fi.polku.model.compiler.ir.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while loading and checking a model. */
public final class Problems {

  private final List<ModelProblem> problems = new ArrayList<>();

  /** Records a problem. */
  public void add(String check, SourceLocation location, String element, String message) {
    problems.add(new ModelProblem(check, location, element, message));
  }

  /** Everything recorded so far, in order. */
  public List<ModelProblem> all() {
    return List.copyOf(problems);
  }

  /** True if nothing was recorded. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }
}
