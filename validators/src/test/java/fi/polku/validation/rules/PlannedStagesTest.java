package fi.polku.validation.rules;

import static fi.polku.validation.rules.Fixtures.record;
import static fi.polku.validation.rules.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.junit.jupiter.api.Test;

class PlannedStagesTest {

  private static final String BASE = "https://polku.fi/fhir/";

  @Test
  void everyRuleFindsTheSameSolutionsInTheSameOrderAsWithArqsOwnStages() {
    PlannedStages planned = new PlannedStages();
    RuleSet ruleSet = RuleSet.fromClasspath();
    List<String> types = List.of("StudyRight", "StudyAttainment", "Absence", "GroupMembership");
    int solutions = 0;
    for (String name : Fixtures.WORLD) {
      ObjectNode validated = record(name);
      String type = validated.get("resourceType").asText();
      if (!types.contains(type)) {
        continue;
      }
      // Broken on purpose, so that rules have solutions to compare.
      if (type.equals("StudyRight")) {
        set(validated, "period.end", "2001-01-01");
      }
      RuleGraph graph = new RuleGraph(Fixtures.projector());
      Node self = graph.addValidated(validated, iri(validated), type);
      for (String other : Fixtures.WORLD) {
        if (!other.equals(name)) {
          ObjectNode context = record(other);
          graph.addContext(context, iri(context));
        }
      }
      for (CompiledRule rule : ruleSet.inEffect(type, Fixtures.AS_OF)) {
        List<Binding> arq = solutions(rule, self, graph, null);
        // Twice: the second run takes the orders remembered in the first.
        assertThat(solutions(rule, self, graph, planned)).as(rule.rule().id()).isEqualTo(arq);
        assertThat(solutions(rule, self, graph, planned)).as(rule.rule().id()).isEqualTo(arq);
        solutions += arq.size();
      }
    }
    assertThat(solutions).isPositive();
  }

  private static String iri(ObjectNode record) {
    return BASE + record.get("resourceType").asText() + "/" + record.get("id").asText();
  }

  private static List<Binding> solutions(
      CompiledRule rule, Node self, RuleGraph graph, PlannedStages stages) {
    ExecutionContext execution = ExecutionContext.createForGraph(graph.graph());
    if (stages != null) {
      execution.getContext().set(ARQ.stageGenerator, stages);
    }
    List<Binding> out = new ArrayList<>();
    QueryIterator it =
        QC.execute(rule.query(), BindingFactory.binding(Var.alloc("this"), self), execution);
    try {
      it.forEachRemaining(out::add);
    } finally {
      it.close();
    }
    return out;
  }
}
