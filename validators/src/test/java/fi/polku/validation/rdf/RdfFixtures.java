package fi.polku.validation.rdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.sample.RecordTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;

/** The model's context from the classpath, the projector and the sample records, read once. */
final class RdfFixtures {

  static final String BASE = "https://polku.fi/fhir/";
  static final String NS = "https://polku.fi/model/";
  static final String FHIR = "http://hl7.org/fhir/";

  private static ObjectNode context;
  private static RecordProjector projector;

  private RdfFixtures() {}

  static synchronized ObjectNode context() {
    if (context == null) {
      try (InputStream in =
          RdfFixtures.class
              .getClassLoader()
              .getResourceAsStream(RecordProjector.CONTEXT_RESOURCE)) {
        context = (ObjectNode) new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return context;
  }

  static synchronized RecordProjector projector() {
    if (projector == null) {
      projector = RecordProjector.fromClasspath();
    }
    return projector;
  }

  /** A sample record, {@code rules/records/<name>.json}. */
  static String record(String name) {
    return RecordTemplates.text("rules/records/" + name + ".json");
  }

  /** The IRI a hub would give the record: base, resource type and id. */
  static String iriOf(String recordJson) {
    ObjectNode r = projector().parse(recordJson);
    return BASE + r.get("resourceType").asText() + "/" + r.get("id").asText();
  }

  /** Projects a record with the model's context. */
  static Model project(String recordJson) {
    return projector().project(recordJson, iriOf(recordJson));
  }

  /** A graph as Turtle, for failure messages. */
  static String turtle(Model m) {
    m.setNsPrefix("fhir", FHIR);
    m.setNsPrefix("polku", NS);
    m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    return RDFWriter.source(m).lang(Lang.TURTLE).asString();
  }
}
