package fi.polku.validation;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.impl.CompositeValidator;
import fi.polku.validation.impl.StructuralValidator;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.rdf.RecordProjector;
import fi.polku.validation.rules.BusinessRuleEngine;
import fi.polku.validation.rules.RuleSet;
import fi.polku.validation.structure.StructuralEngine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Entry point: Polku's validators, compiled from the model package on the class path. The first
 * call compiles the model (a few seconds); later calls share it. If the model package is missing or
 * broken, every call throws the same {@link IllegalStateException} (with its cause), not just the
 * first.
 */
public final class PolkuValidators {

  private static volatile Shared shared;

  private PolkuValidators() {}

  /** The compiled engine, the FHIR context and the default validator, built together once. */
  private record Shared(StructuralEngine engine, FhirContext fhir, ResourceValidator validator) {}

  private static Shared shared() {
    Shared s = shared;
    return s != null ? s : compile();
  }

  private static synchronized Shared compile() {
    if (shared == null) {
      // HAPI's context scans its model classes for seconds: let it do so while the engine compiles.
      CompletableFuture<FhirContext> context =
          CompletableFuture.supplyAsync(PolkuValidators::newFhirContext);
      StructuralEngine engine = StructuralEngine.load(PolkuValidators.class.getClassLoader());
      FhirContext fhir;
      try {
        fhir = context.join();
      } catch (CompletionException e) {
        throw new IllegalStateException("Cannot create the FHIR context", e.getCause());
      }
      shared = new Shared(engine, fhir, new StructuralValidator(engine, fhir, InputLimits.DEFAULT));
    }
    return shared;
  }

  private static volatile ResourceValidator full;

  /**
   * The complete validator: structure, then (when the options ask for them) the business rules. The
   * rules compile on first use.
   */
  public static ResourceValidator full() {
    ResourceValidator v = full;
    if (v == null) {
      synchronized (PolkuValidators.class) {
        if (full == null) {
          RecordProjector projector = RecordProjector.fromClasspath();
          full =
              new CompositeValidator(
                  structural(),
                  new BusinessRuleEngine(RuleSet.fromClasspath(), projector, fhirContext()),
                  projector);
        }
        v = full;
      }
    }
    return v;
  }

  /** The structural validator with {@link InputLimits#DEFAULT}. */
  public static ResourceValidator structural() {
    return shared().validator();
  }

  /** A structural validator with other input limits, sharing the compiled model. */
  public static ResourceValidator structural(InputLimits limits) {
    Shared s = shared();
    return new StructuralValidator(s.engine(), s.fhir(), limits);
  }

  /** The shared compiled engine (for composing further validators, e.g. business rules). */
  public static StructuralEngine engine() {
    return shared().engine();
  }

  /** The shared R5 context with the model's classes registered. */
  public static FhirContext fhirContext() {
    return shared().fhir();
  }

  private static FhirContext newFhirContext() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    return ctx;
  }
}
