package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.set;
import static fi.polku.validation.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The rule files are standard SHACL-SPARQL: Jena's own SHACL engine, given the same graph, finds
 * the same rules broken for the validated record as the engine does.
 */
class JenaShaclAgreementTest {

  private static final String BASE = "https://polku.fi/fhir/";

  @Test
  void jenasShaclEngineFindsTheSameViolationsOnTheSameGraph() {
    ObjectNode studyRight = record("study-right-pre-primary");
    ArrayNode history = (ArrayNode) studyRight.get("statusHistory");
    history.add(status("lasna", "2022-08-10"));
    history.add(status("loma", "2022-08-01"));
    set(studyRight, "period.end", "2022-06-03");
    ObjectNode learner = set(record("learner"), "birthDate", "2017-10");

    Set<String> engine = new TreeSet<>();
    var resolver = Fixtures.world();
    resolver.add(Fixtures.resource(learner));
    Fixtures.validate(studyRight, resolver).forEach(i -> engine.add(i.ruleId()));

    RuleGraph graph = new RuleGraph(Fixtures.projector());
    Node self = graph.addValidated(studyRight, BASE + "StudyRight/sr-pre", "StudyRight");
    graph.addContext(learner, BASE + "Learner/learner-1");
    ValidationReport report = ShaclValidator.get().validate(shapes(), graph.graph());
    Set<String> jena = new TreeSet<>();
    report.getEntries().stream()
        .filter(e -> e.focusNode().equals(self))
        .forEach(e -> jena.add(e.source().getLocalName()));

    assertThat(engine)
        .containsExactly(
            "nothing-follows-terminating-status",
            "pre-primary-learner-age",
            "status-history-in-date-order",
            "study-right-end-is-terminating-status-start");
    assertThat(jena).isEqualTo(engine);
  }

  private static Shapes shapes() {
    Graph rules = GraphFactory.createDefaultGraph();
    List<URL> files = new ArrayList<>();
    for (String f :
        List.of(
            "prefixes.ttl",
            "study-right.ttl",
            "study-attainment.ttl",
            "early-childhood.ttl",
            "groups-support-absence.ttl")) {
      files.add(RuleSetTest.resource("polku/rules/" + f));
    }
    files.forEach(u -> RDFParser.source(u.toString()).parse(rules));
    RuleFunctions.register();
    return Shapes.parse(RuleLoader.englishOnly(rules));
  }
}
