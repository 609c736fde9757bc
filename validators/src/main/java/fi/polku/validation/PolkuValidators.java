package fi.polku.validation;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.impl.StructuralValidator;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.structure.StructuralEngine;
import java.util.concurrent.CompletableFuture;

/**
 * Entry point: Polku's validators, compiled from the model package on the class path. The first
 * call compiles the model (a few seconds); later calls share it.
 */
public final class PolkuValidators {

  private PolkuValidators() {}

  /** Holder idiom: compiled on first use, safely published, once per class loader. */
  private static final class Shared {
    // HAPI's context scans its model classes for seconds: let it do so while the engine compiles.
    private static final CompletableFuture<FhirContext> CONTEXT =
        CompletableFuture.supplyAsync(PolkuValidators::newFhirContext);
    static final StructuralEngine ENGINE =
        StructuralEngine.load(PolkuValidators.class.getClassLoader());
    static final FhirContext FHIR = CONTEXT.join();
    static final ResourceValidator DEFAULT = new StructuralValidator(ENGINE, FHIR, InputLimits.DEFAULT);
  }

  /** The structural validator with {@link InputLimits#DEFAULT}. */
  public static ResourceValidator structural() {
    return Shared.DEFAULT;
  }

  /** A structural validator with other input limits, sharing the compiled model. */
  public static ResourceValidator structural(InputLimits limits) {
    return new StructuralValidator(Shared.ENGINE, Shared.FHIR, limits);
  }

  /** The shared compiled engine (for composing further validators). */
  public static StructuralEngine engine() {
    return Shared.ENGINE;
  }

  /** The shared R5 context with the model's classes registered. */
  public static FhirContext fhirContext() {
    return Shared.FHIR;
  }

  private static FhirContext newFhirContext() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    return ctx;
  }
}
