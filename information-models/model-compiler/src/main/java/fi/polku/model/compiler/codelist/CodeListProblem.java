package fi.polku.model.compiler.codelist;

import fi.polku.model.compiler.ir.SourceLocation;

/**
 * A problem in a code list, value set or concept declared in the model's Turtle, found while
 * reading it. Every problem is an error by the rules of the authoring guide: the build should fail
 * and show the location and message.
 *
 * @param location the file and RDF subject concerned
 * @param message what is wrong, for the author
 */
public record CodeListProblem(SourceLocation location, String message) {

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
