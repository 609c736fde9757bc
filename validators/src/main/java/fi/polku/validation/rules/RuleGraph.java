package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.rdf.RecordProjector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The graph one validation evaluates rules over: the validated record and its context records,
 * projected with the model's JSON-LD context, plus {@code pr:index} for each object's position in
 * its array. Remembers the FHIRPath location of every object of the validated record, so that
 * results can name the offending element. Not thread-safe: one per validation.
 *
 * <p>Each record has a graph of its own and the rules run over a view of them all ({@link
 * RecordsUnion}), so that the graph of a context record is made once and shared by the validations
 * of a batch that need it ({@link ContextGraphs}) instead of copied into each.
 */
final class RuleGraph {

  private final RecordProjector projector;
  private final Graph validated = new RecordGraph();
  private final List<Graph> context = new ArrayList<>();
  private final Map<Node, String> locations = new HashMap<>();
  private final Map<Node, Step> steps = new HashMap<>();
  private Graph view;

  RuleGraph(RecordProjector projector) {
    this.projector = projector;
  }

  /** The records' triples; do not add records after asking for it. */
  Graph graph() {
    if (view == null) {
      if (context.isEmpty()) {
        view = validated;
      } else {
        List<Graph> parts = new ArrayList<>(context.size() + 1);
        parts.add(validated);
        parts.addAll(context);
        view = new RecordsUnion(parts);
      }
    }
    return view;
  }

  /** Projects the validated record; returns its node. */
  Node addValidated(ObjectNode record, String iri, String resourceType) {
    return addValidated(record, iri, resourceType, null);
  }

  /**
   * Projects the validated record, reading the Reference objects in {@code links} (identity) as
   * referring to the text given there; returns its node.
   */
  Node addValidated(
      ObjectNode record, String iri, String resourceType, Map<ObjectNode, String> links) {
    Node self = NodeFactory.createURI(iri);
    locations.put(self, resourceType);
    // Where each object of the record is, as its parent, predicate and position: the FHIRPath text
    // is only built for the few nodes a result names.
    projector.project(
        record,
        iri,
        validated,
        (parent, predicate, node, index) -> {
          index(validated, node, index);
          if (parent.equals(self) || steps.containsKey(parent)) {
            steps.put(node, new Step(parent, predicate, index));
          }
        },
        links);
    return self;
  }

  /** Projects a context record. */
  void addContext(ObjectNode record, String iri) {
    addContext(ContextGraphs.project(projector, record, iri, null));
  }

  /**
   * Adds a context record's graph, not copied: it must not change while this graph is in use, and
   * must hold no triple about the validated record or another context record.
   */
  void addContext(Graph record) {
    context.add(record);
  }

  /** FHIRPath of a node of the validated record, e.g. {@code StudyRight.statusHistory[1]}. */
  String locationOf(Node node) {
    if (node == null) {
      return null;
    }
    String at = locations.get(node);
    if (at != null) {
      return at;
    }
    Step step = steps.get(node);
    if (step == null) {
      return null;
    }
    String parent = locationOf(step.parent());
    if (parent == null) {
      return null;
    }
    String element = parent + "." + elementName(step.predicate());
    at = step.index() >= 0 ? element + "[" + step.index() + "]" : element;
    locations.put(node, at);
    return at;
  }

  /** How an object of the validated record hangs from its parent. */
  private record Step(Node parent, Node predicate, int index) {}

  /** Adds {@code pr:index} for an object at {@code index} of its array. */
  static void index(Graph graph, Node node, int index) {
    if (index >= 0) {
      graph.add(Triple.create(node, RuleVocabulary.INDEX, RuleVocabulary.integer(index)));
    }
  }

  /**
   * The element name a predicate stands for: model predicates are {@code <Type>.<element>}, FHIR
   * datatype members {@code fhir:<element>}, core resource elements {@code fhir:<Type>.<element>}.
   * A choice element's predicate has no type suffix, as in FHIRPath ({@code value}, not {@code
   * valueBoolean}).
   */
  static String elementName(Node predicate) {
    String iri = predicate.getURI();
    int start = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    String local = iri.substring(start);
    return local.substring(local.lastIndexOf('.') + 1);
  }
}
