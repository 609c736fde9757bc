package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.rdf.RecordProjector;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The graph one validation evaluates rules over: the validated record and its context records,
 * projected with the model's JSON-LD context, plus {@code pr:index} for each object's position in
 * its array. Remembers the FHIRPath location of every object of the validated record, so that
 * results can name the offending element. Not thread-safe: one per validation.
 */
final class RuleGraph {

  private final RecordProjector projector;
  private final Graph graph = GraphFactory.createDefaultGraph();
  private final Map<Node, String> locations = new HashMap<>();
  private final Map<Node, Step> steps = new HashMap<>();

  RuleGraph(RecordProjector projector) {
    this.projector = projector;
  }

  Graph graph() {
    return graph;
  }

  /** Projects the validated record; returns its node. */
  Node addValidated(ObjectNode record, String iri, String resourceType) {
    Node self = NodeFactory.createURI(iri);
    locations.put(self, resourceType);
    // Where each object of the record is, as its parent, predicate and position: the FHIRPath text
    // is only built for the few nodes a result names.
    projector.project(
        record,
        iri,
        graph,
        (parent, predicate, node, index) -> {
          index(node, index);
          if (parent.equals(self) || steps.containsKey(parent)) {
            steps.put(node, new Step(parent, predicate, index));
          }
        });
    return self;
  }

  /** Projects a context record. */
  void addContext(ObjectNode record, String iri) {
    projector.project(record, iri, graph, (parent, predicate, node, index) -> index(node, index));
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

  private void index(Node node, int index) {
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
