package fi.polku.model.compiler;

import fi.polku.model.compiler.check.ModelProblem;
import fi.polku.model.compiler.emit.fhir.FhirArtifacts;
import fi.polku.model.compiler.ir.Model;
import java.util.List;

/**
 * The outcome of compiling the model sources.
 *
 * @param model the intermediate representation
 * @param fhir the FHIR conformance resources (null if loading failed before they could be built)
 * @param problems everything wrong with the sources; the build fails unless empty
 */
public record Compilation(Model model, FhirArtifacts fhir, List<ModelProblem> problems) {

  public Compilation {
    problems = List.copyOf(problems);
  }

  /** True when the model has no problems and its artifacts can be written. */
  public boolean succeeded() {
    return problems.isEmpty();
  }
}
