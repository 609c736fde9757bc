package fi.polku.validation.rdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.compiler.ir.Model;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Projects FHIR JSON records to RDF with a generated JSON-LD context: the same triples a JSON-LD
 * 1.1 processor produces for the record with the context attached and {@code @id} set (blank node
 * labels aside), plus two repairs JSON-LD cannot express:
 *
 * <ul>
 *   <li><b>Decimals.</b> JSON-LD writes a JSON number with a fraction in double notation ({@code
 *       2.5E0}), which is not a valid {@code xsd:decimal} and loses trailing zeros. Here such a
 *       number keeps its exact text: {@code 2.50} becomes {@code "2.50"^^xsd:decimal}.
 *   <li><b>Partial dates.</b> FHIR allows {@code 2015} and {@code 2015-03} for a date, and a plain
 *       date for a date-time. These become {@code xsd:gYear}, {@code xsd:gYearMonth} or {@code
 *       xsd:date} (FHIR RDF's convention) instead of ill-typed {@code xsd:date}/{@code
 *       xsd:dateTime} literals. A value that is not a date at all stays ill-typed; the record
 *       shapes report it.
 * </ul>
 *
 * <p>It reads the context once and projects a record in microseconds; a general JSON-LD processor
 * (Jena's, Titanium) re-processes the large scoped context for every record and takes milliseconds.
 * Keys that are not terms are dropped, including keys containing a colon, which a JSON-LD processor
 * would read as IRIs; FHIR JSON has none. Thread-safe.
 */
public final class RecordProjector {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private final CompiledContext context;

  /**
   * @param contextDocument the generated context document, {@code {"@context": {...}}}
   * @throws IllegalArgumentException when it has no {@code @context} object
   */
  public RecordProjector(ObjectNode contextDocument) {
    JsonNode ctx = contextDocument.get("@context");
    if (ctx == null) {
      throw new IllegalArgumentException("Not a JSON-LD context document: no @context");
    }
    this.context = new CompiledContext(ctx);
  }

  /** A projector for the context generated for {@code model} with the default record base. */
  public static RecordProjector of(Model model) {
    return new RecordProjector(new JsonLdContextEmitter().context(model));
  }

  /**
   * Projects a record.
   *
   * @param recordJson the record as FHIR JSON
   * @param recordIri the IRI of the record, e.g. {@code https://polku.fi/fhir/Learner/123}
   * @return a new Jena model holding the record's triples
   * @throws IllegalArgumentException when the record is not a JSON object or holds an invalid
   *     reference
   */
  public org.apache.jena.rdf.model.Model project(String recordJson, String recordIri) {
    org.apache.jena.rdf.model.Model out = ModelFactory.createDefaultModel();
    project(parse(recordJson), recordIri, out.getGraph());
    return out;
  }

  /**
   * Projects a record into {@code target}, e.g. a graph already holding the records it refers to.
   * Parse the record with {@link #parse(String)} (or with decimals read as {@code BigDecimal}) so
   * that decimals keep their exact text.
   */
  public void project(ObjectNode record, String recordIri, Graph target) {
    new DirectProjection(context, recordIri, target).record(record, recordIri);
  }

  /**
   * Reads a record as JSON with decimals kept exact.
   *
   * @throws IllegalArgumentException when it is not a JSON object
   */
  public ObjectNode parse(String recordJson) {
    try {
      JsonNode record = mapper.readTree(recordJson);
      if (record instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Record is not JSON: " + e.getOriginalMessage(), e);
    }
    throw new IllegalArgumentException("Record is not a JSON object");
  }
}
