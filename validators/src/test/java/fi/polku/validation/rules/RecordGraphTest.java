package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class RecordGraphTest {

  private static final Node RECORD = NodeFactory.createURI("https://polku.fi/fhir/Learner/1");
  private static final Node PERIOD = NodeFactory.createBlankNode("p1");
  private static final Node HAS_PERIOD = NodeFactory.createURI("https://polku.fi/model/x.period");
  private static final Node START = NodeFactory.createURI("http://hl7.org/fhir/start");
  private static final Node DAY = NodeFactory.createLiteralString("2024-08-01");

  @Test
  void holdsATripleAddedTwiceOnce() {
    Graph g = new RecordGraph();
    g.add(Triple.create(RECORD, HAS_PERIOD, PERIOD));
    g.add(Triple.create(RECORD, HAS_PERIOD, PERIOD));

    assertThat(g.size()).isEqualTo(1);
    assertThat(g.find().toList()).hasSize(1);
  }

  @Test
  void findsWhatJenasGraphFindsForEveryKindOfPattern() {
    Graph ours = new RecordGraph();
    Graph jenas = GraphFactory.createDefaultGraph();
    for (Graph g : new Graph[] {ours, jenas}) {
      g.add(Triple.create(RECORD, HAS_PERIOD, PERIOD));
      g.add(Triple.create(PERIOD, START, DAY));
      g.add(Triple.create(PERIOD, RuleVocabulary.INDEX, RuleVocabulary.integer(0)));
    }
    Node[] subjects = {Node.ANY, RECORD, PERIOD, START};
    Node[] predicates = {Node.ANY, HAS_PERIOD, START, RuleVocabulary.INDEX};
    Node[] objects = {Node.ANY, PERIOD, DAY, RuleVocabulary.integer(0), RECORD};
    for (Node s : subjects) {
      for (Node p : predicates) {
        for (Node o : objects) {
          assertThat(ours.find(s, p, o).toSet())
              .as("%s %s %s", s, p, o)
              .isEqualTo(jenas.find(s, p, o).toSet());
          assertThat(ours.contains(s, p, o)).isEqualTo(jenas.contains(s, p, o));
        }
      }
    }
  }
}
