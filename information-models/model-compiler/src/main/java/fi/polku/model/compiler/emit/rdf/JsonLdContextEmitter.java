package fi.polku.model.compiler.emit.rdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.compiler.ir.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the JSON-LD 1.1 context that projects Polku's FHIR JSON records to RDF.
 *
 * <p>A record with this context attached and an {@code @id} added (e.g. {@code
 * https://polku.fi/fhir/Learner/123}) reads as RDF where:
 *
 * <ul>
 *   <li>{@code resourceType} is the record's {@code rdf:type}: the model class ({@code
 *       https://polku.fi/model/Learner}) or {@code http://hl7.org/fhir/<Type>} for core resources;
 *   <li>each model element is its {@code rdfPredicate} ({@code
 *       https://polku.fi/model/Learner.birthDate}); elements of core resources are {@code
 *       http://hl7.org/fhir/<path>} ({@code fhir:Organization.partOf});
 *   <li>members of FHIR datatypes are {@code http://hl7.org/fhir/<member>} ({@code fhir:system},
 *       {@code fhir:family}, {@code fhir:start}, {@code fhir:code}, {@code fhir:value}), as in FHIR
 *       R5 RDF, but with the value directly as the object (no {@code fhir:v} wrapper);
 *   <li>complex values are blank nodes; repeated elements are several triples (order is not kept);
 *   <li>primitives are typed: boolean, integer (positiveInt as {@code xsd:positiveInteger},
 *       unsignedInt as {@code xsd:nonNegativeInteger}, integer64 as {@code xsd:long}), decimal,
 *       date, dateTime and instant ({@code xsd:dateTime}), time, base64Binary; all other primitives
 *       (string, code, uri, id, markdown, ...) are plain strings;
 *   <li>{@code Reference.reference} is an IRI resolved against {@code @base}, so {@code
 *       Learner/123} is the same node as that record's {@code @id};
 *   <li>keys the context does not define ({@code id}, {@code meta}, {@code text}, {@code
 *       contained}, {@code _birthDate}, ...) are dropped: there is no {@code @vocab}.
 * </ul>
 *
 * <p>JSON-LD can only type a value by its key, not by its content, so partial dates ({@code 2015})
 * and non-integer JSON numbers need the small repairs the runtime projector of the validators
 * module ({@code fi.polku.validation.rdf.RecordProjector}) makes. That projector also reads the
 * context once instead of per record, which a general JSON-LD processor does not; use it for bulk
 * projection. {@code @base} is honoured only when the context is embedded in the document, not when
 * it is loaded as a remote context.
 */
public final class JsonLdContextEmitter {

  /** File name of the context in the model package. */
  public static final String FILE_NAME = "context.jsonld";

  private final String recordBase;

  /** A context whose {@code @base} is the model's canonical base plus {@code /}. */
  public JsonLdContextEmitter() {
    this(null);
  }

  /**
   * A context with another record base, e.g. the hub's public FHIR base.
   *
   * @param recordBase IRI that {@code Reference.reference} values are resolved against (should end
   *     in {@code /}); {@code null} for the model's canonical base
   */
  public JsonLdContextEmitter(String recordBase) {
    this.recordBase = recordBase;
  }

  /**
   * The context document as a Jackson tree: {@code {"@context": {...}}}.
   *
   * @param model the compiled model
   */
  public ObjectNode context(Model model) {
    return context(ProjectionModel.of(model));
  }

  ObjectNode context(ProjectionModel projection) {
    Model model = projection.model();
    String base = recordBase != null ? recordBase : model.canonicalBase() + "/";
    return new ContextBuilder(model.namespace()).build(projection, base);
  }

  /** The context document as pretty-printed JSON with {@code \n} line endings. */
  public String contextJson(Model model) {
    return write(context(model));
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
      Files.writeString(file, contextJson(model), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }

  static String write(ObjectNode node) {
    // Jackson's default indenter uses the platform line separator; the output must not.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
