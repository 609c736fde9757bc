package fi.polku.model.compiler.ir;

/**
 * Where a model item was declared: the source file and the RDF subject (IRI, or a description for
 * blank nodes). Every check message names both so an author can find the problem.
 */
public record SourceLocation(String file, String subject) {

  @Override
  public String toString() {
    return file + " (" + subject + ")";
  }
}
