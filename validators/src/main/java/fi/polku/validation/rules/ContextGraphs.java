package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.rdf.RecordProjector;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * The projections of context records, each made once per batch and shared by the rule graphs of the
 * validations that need the record (500 absences of one Bundle need the same study right).
 * Projecting a record again for every validation that needs it was a fifth of the rules' cost.
 *
 * <p>A projection is reused only for the same record tree ({@link ContextRecords} gives one per
 * record and batch), the same IRI and the same links ({@link ContextCollector.Record#links()}): it
 * then has exactly the triples a new projection would have, blank node labels aside. The graphs are
 * not changed once made. Not thread-safe: one per batch and thread, as {@link ContextRecords}.
 */
final class ContextGraphs {

  private record Projection(String iri, Map<ObjectNode, String> links, Graph graph) {}

  private final RecordProjector projector;
  private final Map<ObjectNode, List<Projection>> made = new IdentityHashMap<>();

  /**
   * @param projector projects records (dropping invalid references, as the engine's)
   */
  ContextGraphs(RecordProjector projector) {
    this.projector = projector;
  }

  /** The graph of {@code record}: its triples and the {@code pr:index} of its array elements. */
  Graph of(ContextCollector.Record record) {
    List<Projection> known = made.computeIfAbsent(record.json(), json -> new ArrayList<>(1));
    for (Projection p : known) {
      if (p.iri().equals(record.iri()) && sameLinks(p.links(), record.links())) {
        return p.graph();
      }
    }
    Graph graph = project(projector, record.json(), record.iri(), record.links());
    Map<ObjectNode, String> links =
        record.links().isEmpty() ? Map.of() : new IdentityHashMap<>(record.links());
    known.add(new Projection(record.iri(), links, graph));
    return graph;
  }

  /** A new graph of one context record. */
  static Graph project(
      RecordProjector projector, ObjectNode json, String iri, Map<ObjectNode, String> links) {
    Graph graph = new RecordGraph();
    projector.project(
        json,
        iri,
        graph,
        (parent, predicate, node, index) -> RuleGraph.index(graph, node, index),
        links);
    return graph;
  }

  /** Same Reference objects (identity) linked to the same texts. */
  private static boolean sameLinks(Map<ObjectNode, String> a, Map<ObjectNode, String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<ObjectNode, String> e : a.entrySet()) {
      if (!e.getValue().equals(b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
