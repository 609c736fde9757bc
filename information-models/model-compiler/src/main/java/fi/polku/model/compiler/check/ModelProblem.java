package fi.polku.model.compiler.check;

import fi.polku.model.compiler.ir.SourceLocation;

/**
 * A problem found in the model sources: the build fails on any of them.
 *
 * @param check id of the check that found it, e.g. {@code labels}, {@code binding}
 * @param location file and RDF subject where the problem is
 * @param element the model element concerned (FHIR path, search parameter code, ...)
 * @param message what is wrong and how to fix it
 */
public record ModelProblem(String check, SourceLocation location, String element, String message) {

  /** One line for the build log: {@code file (subject): element: message [check]}. */
  public String format() {
    return location + ": " + element + ": " + message + " [" + check + "]";
  }
}
