package fi.polku.hub.index;

import java.io.IOException;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.SimpleWorkerContext;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.Base;

/**
 * HAPI's R5 FHIRPath engine over an empty worker context (evaluating search expressions needs no
 * definitions, and loading the FHIR core package would cost tens of seconds). Expressions are
 * parsed once; each thread evaluates with an engine of its own, since the engine keeps evaluation
 * state.
 */
public final class FhirPaths {

  private final SimpleWorkerContext worker;
  private final FHIRPathEngine parser;
  private final ThreadLocal<FHIRPathEngine> engines;

  /** A new engine set. */
  public FhirPaths() {
    try {
      this.worker = new SimpleWorkerContext.SimpleWorkerContextBuilder().fromNothing();
    } catch (IOException | FHIRException e) {
      throw new IllegalStateException("Cannot create the FHIRPath worker context", e);
    }
    this.parser = new FHIRPathEngine(worker);
    this.engines = ThreadLocal.withInitial(() -> new FHIRPathEngine(worker));
  }

  /** Parses {@code expression}; a syntax error is a broken model, reported as an exception. */
  public synchronized ExpressionNode parse(String expression, String what) {
    try {
      return parser.parse(expression);
    } catch (FHIRException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Search parameter " + what + " does not parse: " + expression, e);
    }
  }

  /** The values {@code node} selects on {@code resource}. */
  public List<Base> evaluate(Base resource, ExpressionNode node) {
    return engines.get().evaluate(resource, node);
  }
}
