package fi.polku.validation.rules;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;

/**
 * A read-only view of the graphs of several records as one graph, without copying their triples.
 * Every triple of a record's graph has the record's IRI or one of the record's own blank nodes as
 * subject, so no triple is in two of the graphs, and the view needs none of the duplicate
 * elimination (a set of the triples seen) that Jena's general union graphs do.
 */
final class RecordsUnion extends GraphBase {

  private final List<Graph> parts;

  /**
   * @param parts graphs of different records, not changed while the view is in use
   */
  RecordsUnion(List<Graph> parts) {
    this.parts = List.copyOf(parts);
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    ExtendedIterator<Triple> found = null;
    for (Graph g : parts) {
      ExtendedIterator<Triple> here = g.find(pattern);
      found = found == null ? here : found.andThen(here);
    }
    return found != null ? found : NullIterator.instance();
  }

  @Override
  protected boolean graphBaseContains(Triple t) {
    for (Graph g : parts) {
      if (g.contains(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected int graphBaseSize() {
    int size = 0;
    for (Graph g : parts) {
      size += g.size();
    }
    return size;
  }
}
