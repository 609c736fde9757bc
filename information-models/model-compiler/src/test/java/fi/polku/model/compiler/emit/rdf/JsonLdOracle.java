package fi.polku.model.compiler.emit.rdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * Projects records with the emitted context the way the runtime projector ({@code
 * fi.polku.validation.rdf.RecordProjector}, in the validators module) is specified to: the record
 * with the context attached, read by Jena's JSON-LD 1.1 parser (Titanium), with the projector's two
 * documented repairs done around it (decimals as exact text before, partial dates retyped after).
 * The compiler's tests use it to check that the context means what it should; the validators hold
 * the fast projector to the same output.
 */
final class JsonLdOracle {

  private static final Pattern YEAR = Pattern.compile("-?\\d{4,}");
  private static final Pattern YEAR_MONTH = Pattern.compile("-?\\d{4,}-\\d{2}");
  private static final Pattern FULL_DATE = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}");

  private final ObjectNode context;
  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  JsonLdOracle(ObjectNode contextDocument) {
    this.context = contextDocument;
  }

  /** Projects a record given as JSON text, decimals kept exact. */
  Model project(String recordJson, String recordIri) {
    try {
      return project((ObjectNode) mapper.readTree(recordJson), recordIri);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("Not a JSON object: " + e.getMessage(), e);
    }
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
              String retyped = retype(dt, o.getLiteralLexicalForm());
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

  /** Partial dates as the projector types them: gYear, gYearMonth, or date for a date-time. */
  private static String retype(String datatype, String lexical) {
    boolean date = Xsd.DATE.equals(datatype);
    boolean dateTime = Xsd.DATE_TIME.equals(datatype);
    if (!date && !dateTime) {
      return datatype;
    }
    if (YEAR.matcher(lexical).matches()) {
      return Xsd.G_YEAR;
    }
    if (YEAR_MONTH.matcher(lexical).matches()) {
      return Xsd.G_YEAR_MONTH;
    }
    if (dateTime && FULL_DATE.matcher(lexical).matches()) {
      return Xsd.DATE;
    }
    return datatype;
  }
}
