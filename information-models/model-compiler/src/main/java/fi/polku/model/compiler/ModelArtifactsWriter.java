package fi.polku.model.compiler;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.compiler.emit.docs.MarkdownDocsEmitter;
import fi.polku.model.compiler.emit.fhir.FhirPackageWriter;
import fi.polku.model.compiler.emit.java.JavaModelGenerator;
import fi.polku.model.compiler.emit.rdf.JsonLdContextEmitter;
import fi.polku.model.compiler.emit.rdf.RecordShapesEmitter;
import fi.polku.model.compiler.ir.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes every artifact of a successful compilation to its place. */
public final class ModelArtifactsWriter {

  private final FhirContext fhir;

  /** Creates a writer; {@code fhir} is the R5 context used for the compilation. */
  public ModelArtifactsWriter(FhirContext fhir) {
    this.fhir = fhir;
  }

  /**
   * Where the artifacts go.
   *
   * @param resources classpath resources root: the FHIR package goes to {@code polku/fhir}, SHACL
   *     shapes and the JSON-LD context to {@code polku/rdf}
   * @param java generated Java sources root
   * @param docs the documentation folder of the model ({@code docs/model})
   */
  public record Outputs(Path resources, Path java, Path docs) {}

  /** Writes all artifacts; fails on I/O errors. */
  public void write(Compilation compilation, Outputs outputs) {
    if (!compilation.succeeded()) {
      throw new IllegalStateException("refusing to write artifacts of a model with problems");
    }
    Model model = compilation.model();
    try {
      new FhirPackageWriter(fhir)
          .write(model, compilation.fhir(), outputs.resources().resolve("polku/fhir"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the FHIR package", e);
    }
    Path rdf = outputs.resources().resolve("polku/rdf");
    new JsonLdContextEmitter().emit(model, rdf);
    new RecordShapesEmitter().emit(model, rdf);
    new JavaModelGenerator().generate(model, outputs.java());
    new MarkdownDocsEmitter().emit(model, outputs.docs());
  }
}
