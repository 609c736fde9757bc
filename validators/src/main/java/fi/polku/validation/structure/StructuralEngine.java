package fi.polku.validation.structure;

import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.catalogue.InvariantCodes;
import fi.polku.validation.format.FormatRules;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.r5.model.Resource;

/**
 * The structural engine: validates a JSON tree against the {@link CompiledModel} (unknown elements,
 * cardinality, JSON types and primitive formats, Finnish formats, bindings and code validity,
 * reference target types), then, if the resource is structurally sound, evaluates the FHIRPath
 * invariants: on the JSON tree where the native evaluation covers them ({@link JsonFhirPath}),
 * otherwise on its HAPI object model. Thread-safe.
 */
public final class StructuralEngine {

  private final CompiledModel model;
  private final boolean nativeInvariants;

  /** An engine over {@code model}. */
  public StructuralEngine(CompiledModel model) {
    this(model, true);
  }

  /**
   * An engine that evaluates FHIRPath invariants on the JSON tree where it can ({@code
   * nativeInvariants}), or always with HAPI's engine on HAPI objects (for comparing the two).
   */
  StructuralEngine(CompiledModel model, boolean nativeInvariants) {
    this.model = model;
    this.nativeInvariants = nativeInvariants;
  }

  /** Compiles the model package found through {@code loader} with the registered format rules. */
  public static StructuralEngine load(ClassLoader loader) {
    return new StructuralEngine(CompiledModel.compile(loader, FormatRules.load()));
  }

  /** The compiled model. */
  public CompiledModel model() {
    return model;
  }

  /**
   * Validates {@code tree}.
   *
   * @param tree the resource as read by the safe JSON reader
   * @param hapi supplies the same resource as HAPI objects; called only if invariants are to be
   *     evaluated (the resource is structurally valid and its type has invariants) and some
   *     invariant met cannot be evaluated on the JSON tree. It may throw for input HAPI cannot
   *     read; that is reported, not propagated.
   * @param asOf the day codes are judged at when the record has no dates of its own
   * @param maxIssues stop after this many issues
   * @return the issues, in the order found
   */
  public List<ValidationIssue> validate(
      JsonValue tree, Supplier<Resource> hapi, LocalDate asOf, int maxIssues) {
    IssueSink sink = new IssueSink(maxIssues);
    StructureWalker walker = new StructureWalker(model, sink, asOf);
    StructureRules rules = walker.resource(tree);
    if (rules == null || sink.hasErrors() || sink.full()) {
      return sink.issues(); // invariants assume a structurally sound resource
    }
    for (StructureWalker.Violation v : walker.nativeViolations()) {
      InvariantRunner.report(sink, v.invariant(), v.loc());
    }
    if (rules.invariantsBelow || walker.extensionInvariants()) {
      if (nativeInvariants
          && new JsonInvariantRunner(model, sink, walker.extensionInvariants())
              .run((JsonObject) tree, rules)) {
        return sink.issues(); // no HAPI objects needed
      }
      Resource resource;
      try {
        resource = hapi.get();
      } catch (RuntimeException e) {
        sink.add(InvariantCodes.MODEL_NOT_READ, Loc.root(rules.name), "invariants");
        return sink.issues();
      }
      new InvariantRunner(model, sink, walker.extensionInvariants()).run(resource, rules);
    }
    return sink.issues();
  }
}
