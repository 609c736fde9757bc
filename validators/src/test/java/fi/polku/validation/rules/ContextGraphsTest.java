package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.rdf.RecordProjector;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

class ContextGraphsTest {

  private static final String BASE = "https://polku.fi/fhir/";

  /** As the engine's: a reference that is not an IRI is left out. */
  private static final RecordProjector PROJECTOR = Fixtures.projector().droppingInvalidReferences();

  private static final Node REFERENCE = NodeFactory.createURI("http://hl7.org/fhir/reference");

  @Test
  void aRecordNeededAgainWithTheSameLinksIsProjectedOnceWithTheTriplesOfAFreshProjection() {
    ObjectNode group = record("teaching-group");
    ContextGraphs graphs = new ContextGraphs(PROJECTOR);
    String iri = BASE + "TeachingGroup/group-1a";

    Graph first = graphs.of(new ContextCollector.Record(iri, group));
    Graph again = graphs.of(new ContextCollector.Record(iri, group));

    assertThat(again).isSameAs(first);
    RuleGraph fresh = new RuleGraph(PROJECTOR);
    fresh.addContext(group.deepCopy(), iri);
    assertThat(IsoMatcher.isomorphic(first, fresh.graph())).isTrue();
  }

  @Test
  void aRecordWhoseReferencesAreLinkedDifferentlyIsProjectedAsLinked() {
    ObjectNode group = record("teaching-group");
    group.putObject("school").put("reference", "Organization?identifier=x|0384101");
    ObjectNode school = (ObjectNode) group.get("school");
    ContextGraphs graphs = new ContextGraphs(PROJECTOR);
    String iri = BASE + "TeachingGroup/group-1a";
    Map<ObjectNode, String> links = new IdentityHashMap<>();
    links.put(school, "Organization/unit-1");

    Graph unlinked = graphs.of(new ContextCollector.Record(iri, group));
    Graph linked = graphs.of(new ContextCollector.Record(iri, group, links));
    Graph linkedAgain =
        graphs.of(new ContextCollector.Record(iri, group, new IdentityHashMap<>(links)));

    Node unit = NodeFactory.createURI(BASE + "Organization/unit-1");
    assertThat(unlinked.contains(Node.ANY, REFERENCE, unit)).isFalse();
    assertThat(linked.contains(Node.ANY, REFERENCE, unit)).isTrue();
    assertThat(linkedAgain).isSameAs(linked);
    // The tree itself is shared by the batch and stays as it was.
    assertThat(school.get("reference").asText()).isEqualTo("Organization?identifier=x|0384101");
    ObjectNode rewritten = group.deepCopy();
    ((ObjectNode) rewritten.get("school")).put("reference", "Organization/unit-1");
    RuleGraph fresh = new RuleGraph(PROJECTOR);
    fresh.addContext(rewritten, iri);
    assertThat(IsoMatcher.isomorphic(linked, fresh.graph())).isTrue();
  }
}
