package fi.polku.model.compiler.emit.rdf;

import fi.polku.model.compiler.ir.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the SHACL shapes that records projected with the {@link JsonLdContextEmitter context}
 * (through the validators module's {@code fi.polku.validation.rdf.RecordProjector}) must satisfy.
 *
 * <p>Per record type a {@code sh:NodeShape} with {@code sh:targetClass} its class (model classes
 * and the FHIR core types the model profiles or references), and per element a property shape with
 * {@code sh:path} its predicate and the element's cardinality. Primitive values are checked with
 * {@code sh:datatype} (dates and date-times also accept the partial-date types the projector gives
 * them), complex values with {@code sh:nodeKind sh:BlankNodeOrIRI} and {@code sh:node} to a shape
 * of their datatype or backbone, choice elements with {@code sh:or}. A reference's {@code
 * fhir:reference} must be an IRI; its target type cannot be checked without the target record.
 * Profile extension slices are counted by URL with qualified value shapes. Shapes are not closed.
 */
public final class RecordShapesEmitter {

  /** File name of the shapes in the model package. */
  public static final String FILE_NAME = "record-shapes.ttl";

  /**
   * The shapes as a Jena model.
   *
   * @param model the compiled model
   * @throws IllegalArgumentException when two record types would get the same shape IRI
   */
  public org.apache.jena.rdf.model.Model shapes(Model model) {
    return shapes(ProjectionModel.of(model));
  }

  org.apache.jena.rdf.model.Model shapes(ProjectionModel projection) {
    return new ShapesBuilder(projection.model().namespace()).build(projection);
  }

  /**
   * The shapes as Turtle, in a fixed order: the ontology header, each record type's node shape
   * followed by its property shapes, then the datatype and backbone shapes in order of first use.
   */
  public String turtle(Model model) {
    ShapesBuilder builder = new ShapesBuilder(model.namespace());
    org.apache.jena.rdf.model.Model shapes = builder.build(ProjectionModel.of(model));
    return new TurtleWriter(shapes).write(builder.subjects());
  }

  /**
   * Writes {@value #FILE_NAME} into {@code dir} (created when missing).
   *
   * @return the written file
   */
  public Path emit(Model model, Path dir) {
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
      Files.writeString(file, turtle(model), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }
}
