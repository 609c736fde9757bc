package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Collection;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.SimpleWorkerContext;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.Enumerations;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * The FHIR core FHIRPath engine over a small worker context holding only the definitions the engine
 * needs to evaluate Polku's invariants (datatypes, the model's resources), instead of the whole
 * FHIR core package (which takes HAPI some 45 seconds to load). Expressions are parsed once; each
 * thread gets its own engine, as the engine keeps evaluation state.
 */
final class FhirPathSupport {

  private final SimpleWorkerContext worker;
  private final FHIRPathEngine parser;
  private final ThreadLocal<FHIRPathEngine> engines;

  private FhirPathSupport(SimpleWorkerContext worker) {
    this.worker = worker;
    this.parser = new FHIRPathEngine(worker);
    this.engines = ThreadLocal.withInitial(() -> new FHIRPathEngine(this.worker));
  }

  /** An engine over an empty context; add definitions before evaluating anything. */
  static FhirPathSupport create() {
    try {
      return new FhirPathSupport(
          new SimpleWorkerContext.SimpleWorkerContextBuilder().fromNothing());
    } catch (IOException | FHIRException e) {
      throw new IllegalStateException("Cannot create the FHIRPath worker context", e);
    }
  }

  /** Parses {@code expression}; a syntax error is a broken model, reported as an exception. */
  ExpressionNode parse(String expression, String what) {
    try {
      return parser.parse(expression);
    } catch (FHIRException | IllegalArgumentException e) {
      throw new IllegalStateException("Invariant " + what + " does not parse: " + expression, e);
    }
  }

  /**
   * Declares the types of {@code structureDefinitions} (JSON) to the engine: name, kind, derivation
   * and base, which is all that evaluating (not statically checking) an expression needs, e.g. for
   * {@code ofType(canonical)}. Parsing the full definitions would cost seconds at start-up for
   * nothing. Call before the first evaluation.
   */
  void declareTypes(Collection<JsonNode> structureDefinitions) {
    for (JsonNode j : structureDefinitions) {
      String url = j.path("url").asText();
      if (worker.fetchResource(StructureDefinition.class, url) != null) {
        continue;
      }
      StructureDefinition sd = new StructureDefinition();
      sd.setUrl(url);
      sd.setVersion(j.path("version").asText(null));
      sd.setName(j.path("name").asText());
      sd.setType(j.path("type").asText());
      sd.setStatus(Enumerations.PublicationStatus.ACTIVE);
      sd.setKind(StructureDefinition.StructureDefinitionKind.fromCode(j.path("kind").asText()));
      sd.setAbstract(j.path("abstract").asBoolean(false));
      if (j.has("derivation")) {
        sd.setDerivation(
            StructureDefinition.TypeDerivationRule.fromCode(j.path("derivation").asText()));
      }
      if (j.has("baseDefinition")) {
        sd.setBaseDefinition(j.path("baseDefinition").asText());
      }
      // A root-only snapshot, so the worker does not try (and fail, loudly) to generate one.
      String type = sd.getType();
      sd.getSnapshot().addElement().setPath(type).setId(type);
      worker.cacheResource(sd);
    }
  }

  /** This thread's engine. */
  FHIRPathEngine engine() {
    return engines.get();
  }
}
