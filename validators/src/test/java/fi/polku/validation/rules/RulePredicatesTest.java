package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.junit.jupiter.api.Test;

class RulePredicatesTest {

  private static Op compiled(String where) {
    return Algebra.optimize(
        Algebra.compile(QueryFactory.create("SELECT * WHERE { " + where + " }")));
  }

  private static Set<Node> of(String... wheres) {
    return RulePredicates.of(List.of(wheres).stream().map(RulePredicatesTest::compiled).toList());
  }

  private static Node iri(String local) {
    return NodeFactory.createURI("urn:p:" + local);
  }

  @Test
  void collectsPredicatesOfPatternsPathsAndExistsFilters() {
    Set<Node> found =
        of(
            "$this <urn:p:a> ?o . ?o a <urn:p:Type> "
                + "FILTER NOT EXISTS { ?o <urn:p:b>/^<urn:p:c> ?x }"
                + " OPTIONAL { ?o (<urn:p:d>|<urn:p:e>)* ?y }",
            "?s <urn:p:f> ?v FILTER(?v > 1 && EXISTS { ?s <urn:p:g>+ ?w }) BIND(<urn:p:h> AS ?p)");

    assertThat(found)
        .contains(
            iri("a"),
            iri("b"),
            iri("c"),
            iri("d"),
            iri("e"),
            iri("f"),
            iri("g"),
            NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))
        .doesNotContain(iri("Type"));
  }

  @Test
  void aVariablePredicateLeavesTheGraphUnrestricted() {
    assertThat(of("$this <urn:p:a> ?o", "$this ?p ?o")).isNull();
  }

  @Test
  void aVariablePredicateInsideNotExistsLeavesTheGraphUnrestricted() {
    assertThat(of("$this <urn:p:a> ?o FILTER NOT EXISTS { ?o ?p ?x }")).isNull();
  }

  @Test
  void aNegatedPropertySetLeavesTheGraphUnrestricted() {
    assertThat(of("$this !<urn:p:a> ?o")).isNull();
  }

  @Test
  void theClasspathRulesMatchOnlyNamedPredicates() {
    Set<Node> found = RuleSet.fromClasspath().predicates();

    assertThat(found).isNotNull().contains(RuleVocabulary.INDEX);
  }
}
