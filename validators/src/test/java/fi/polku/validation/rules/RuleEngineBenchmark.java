package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.rdf.RecordProjector;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Measures the time per record of the business rules (not a test; run by hand):
 *
 * <pre>
 * java -cp "validators/target/test-classes:validators/target/classes:..." \
 *   fi.polku.validation.rules.RuleEngineBenchmark
 * </pre>
 *
 * Prints the mean time per record for each sample record type, with the in-memory resolver (whose
 * records are re-encoded to JSON on every fetch, as a hub's would be), next to the time of just
 * projecting the record, as a reference.
 */
public final class RuleEngineBenchmark {

  private RuleEngineBenchmark() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    BusinessRuleEngine engine = Fixtures.engine();
    ValidationOptions options = Fixtures.options(Fixtures.world());
    RecordProjector projector = Fixtures.projector();
    List<String> names =
        List.of(
            "study-attainment",
            "study-right-basic",
            "study-right-pre-primary",
            "group-membership",
            "early-childhood-placement",
            "early-childhood-decision",
            "absence");
    for (String name : names) {
      ObjectNode record = Fixtures.record(name);
      run(rounds / 4, () -> engine.validate(record, options));
      double rules = run(rounds, () -> engine.validate(record, options));
      run(
          rounds / 4,
          () -> projector.project(record, "urn:x:1", GraphFactory.createDefaultGraph()));
      double projection =
          run(
              rounds,
              () -> projector.project(record, "urn:x:1", GraphFactory.createDefaultGraph()));
      System.out.printf(
          Locale.ROOT,
          "%-28s rules %7.1f µs/record   (projection alone %5.1f µs)%n",
          name,
          rules,
          projection);
    }
  }

  private static double run(int rounds, Runnable r) {
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      r.run();
    }
    return (System.nanoTime() - start) / 1000.0 / rounds;
  }
}
