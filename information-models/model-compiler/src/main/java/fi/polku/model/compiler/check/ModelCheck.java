package fi.polku.model.compiler.check;

import fi.polku.model.compiler.ir.Model;

/** One self-check of the model; reports into {@link Problems} rather than throwing. */
public interface ModelCheck {

  /** Checks {@code model} and records every problem found. */
  void check(Model model, Problems problems);
}
