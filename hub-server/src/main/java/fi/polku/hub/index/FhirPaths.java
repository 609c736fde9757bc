package fi.polku.hub.index;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.SimpleWorkerContext;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * Compiles search expressions: to a {@link DirectPath} when the expression only navigates (the
 * common case, and much cheaper per resource), otherwise to HAPI's R5 FHIRPath engine over a worker
 * context that knows the FHIR datatypes but nothing else (evaluating search expressions needs no
 * other definitions, and loading the FHIR core package would cost tens of seconds). Expressions are
 * parsed once; each thread evaluates with an engine of its own, since the engine keeps evaluation
 * state.
 */
public final class FhirPaths {

  private final DataTypes types;
  private final SimpleWorkerContext worker;
  private final FHIRPathEngine parser;
  private final ThreadLocal<FHIRPathEngine> engines;

  /** Paths over the datatypes registered in {@code fhir}. */
  public FhirPaths(FhirContext fhir) {
    this.types = new DataTypes(fhir);
    try {
      this.worker = new SimpleWorkerContext.SimpleWorkerContextBuilder().fromNothing();
      for (StructureDefinition sd : types.definitions()) {
        worker.cacheResource(sd);
      }
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

  /**
   * Compiles {@code expression}: evaluated directly when it only navigates, by the engine
   * otherwise.
   */
  public CompiledPath compile(String expression, String what) {
    ExpressionNode node = parse(expression, what);
    DirectPath direct = DirectPath.compile(node, types);
    return direct != null ? direct : engine(node);
  }

  /** {@code expression} evaluated by the engine, whatever its shape. */
  CompiledPath compileForEngine(String expression, String what) {
    return engine(parse(expression, what));
  }

  private CompiledPath engine(ExpressionNode node) {
    return new CompiledPath() {
      @Override
      public List<Base> evaluate(Base resource) {
        return engines.get().evaluate(resource, node);
      }

      @Override
      public boolean direct() {
        return false;
      }
    };
  }
}
