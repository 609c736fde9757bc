package fi.polku.validation.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/**
 * The reference projection the {@link RecordProjector} is held to: the record with the context
 * attached, read by Jena's JSON-LD 1.1 parser (Titanium), with the projector's two documented
 * repairs done around it (decimals as exact text before, partial dates retyped after). The model
 * compiler's tests hold the emitted context to the same reader.
 */
final class JsonLdOracle {

  private final ObjectNode context;
  private final ObjectMapper mapper = new ObjectMapper();

  JsonLdOracle(ObjectNode contextDocument) {
    this.context = contextDocument;
  }

  Model project(ObjectNode record, String recordIri) {
    ObjectNode doc = mapper.createObjectNode();
    doc.set("@context", context.get("@context"));
    doc.put("@id", recordIri);
    for (Map.Entry<String, JsonNode> field : record.properties()) {
      doc.set(field.getKey(), decimalsAsText(field.getValue()));
    }
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(doc.toString(), Lang.JSONLD11)
        .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings)
        .parse(m);
    retypePartialDates(m.getGraph());
    return m;
  }

  private JsonNode decimalsAsText(JsonNode node) {
    if (node.isNumber() && !node.isIntegralNumber()) {
      return mapper.getNodeFactory().textNode(node.decimalValue().toPlainString());
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = mapper.createObjectNode();
      object.properties().forEach(e -> copy.set(e.getKey(), decimalsAsText(e.getValue())));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = mapper.createArrayNode();
      array.forEach(e -> copy.add(decimalsAsText(e)));
      return copy;
    }
    return node;
  }

  private static void retypePartialDates(Graph graph) {
    List<Triple> remove = new ArrayList<>();
    List<Triple> add = new ArrayList<>();
    graph
        .find()
        .forEachRemaining(
            t -> {
              Node o = t.getObject();
              if (!o.isLiteral()) {
                return;
              }
              String dt = o.getLiteralDatatypeURI();
              String retyped = PartialDates.retype(dt, o.getLiteralLexicalForm());
              if (!retyped.equals(dt)) {
                remove.add(t);
                add.add(
                    Triple.create(
                        t.getSubject(),
                        t.getPredicate(),
                        NodeFactory.createLiteralDT(
                            o.getLiteralLexicalForm(),
                            TypeMapper.getInstance().getSafeTypeByName(retyped))));
              }
            });
    remove.forEach(graph::delete);
    add.forEach(graph::add);
  }
}
