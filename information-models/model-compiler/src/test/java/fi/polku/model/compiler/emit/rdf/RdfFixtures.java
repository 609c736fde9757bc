package fi.polku.model.compiler.emit.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.compiler.emit.docs.GoldenFolder;
import fi.polku.model.compiler.testing.DocsTestModels;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;

/**
 * The context and shapes of the fixture model, built once per test run: building them reads FHIR R5
 * definitions through HAPI, which is slow the first time. Records are projected with Jena's JSON-LD
 * 1.1 reader ({@link JsonLdOracle}); the fast runtime projector lives in the validators module and
 * is tested there against the same reader.
 */
final class RdfFixtures {

  static final String BASE = DocsTestModels.BASE + "/";
  static final String NS = DocsTestModels.NS;
  static final String FHIR = "http://hl7.org/fhir/";

  private static ObjectNode context;
  private static JsonLdOracle projector;
  private static Model shapesModel;
  private static Shapes shapes;

  private RdfFixtures() {}

  static synchronized ObjectNode context() {
    if (context == null) {
      context = new JsonLdContextEmitter().context(DocsTestModels.polku());
    }
    return context;
  }

  static synchronized JsonLdOracle projector() {
    if (projector == null) {
      projector = new JsonLdOracle(context());
    }
    return projector;
  }

  static synchronized Model shapesModel() {
    if (shapesModel == null) {
      shapesModel = new RecordShapesEmitter().shapes(DocsTestModels.polku());
    }
    return shapesModel;
  }

  static synchronized Shapes shapes() {
    if (shapes == null) {
      shapes = Shapes.parse(shapesModel());
    }
    return shapes;
  }

  /** The sample record of a golden scenario. */
  static String record(String scenario) {
    return GoldenFolder.of("rdf-golden", scenario).read("record.json");
  }

  /** The IRI a hub would give the record: base, resource type and id. */
  static String iriOf(String recordJson) {
    try {
      JsonNode r = new ObjectMapper().readTree(recordJson);
      return BASE + r.get("resourceType").asText() + "/" + r.get("id").asText();
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Projects a record with the fixture context. */
  static Model project(String recordJson) {
    return projector().project(recordJson, iriOf(recordJson));
  }

  /** A record graph as Turtle, the same text for the same graph (blank nodes written inline). */
  static String turtle(Model m) {
    m.setNsPrefix("fhir", FHIR);
    m.setNsPrefix("polku", NS);
    m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    return new TurtleWriter(m).write(List.of());
  }
}
