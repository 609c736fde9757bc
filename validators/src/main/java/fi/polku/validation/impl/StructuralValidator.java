package fi.polku.validation.impl;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.parse.InputLimits;
import fi.polku.validation.parse.JsonValue;
import fi.polku.validation.parse.ParseResult;
import fi.polku.validation.parse.SafeJsonReader;
import fi.polku.validation.structure.StructuralEngine;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Resource;

/**
 * Polku's own validator: safe JSON reading, then the structural engine compiled from the model
 * package. Business rules are composed in later; until then {@code businessRules = true} checks
 * structure only. Thread-safe; create it once (see {@link fi.polku.validation.PolkuValidators}).
 */
public final class StructuralValidator implements ResourceValidator {

  private final StructuralEngine engine;
  private final SafeJsonReader reader;
  private final FhirContext fhir;
  private final InputLimits limits;

  /**
   * A validator.
   *
   * @param engine the compiled structural engine
   * @param fhir an R5 context with the model's classes registered ({@code
   *     PolkuModelTypes.registerAll})
   * @param limits input limits
   */
  public StructuralValidator(StructuralEngine engine, FhirContext fhir, InputLimits limits) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.fhir = Objects.requireNonNull(fhir, "fhir");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = new SafeJsonReader(limits);
  }

  /**
   * A report and the JSON tree it was made from.
   *
   * @param tree the body as read, or {@code null} when it could not be read (not JSON, or over the
   *     input limits)
   */
  public record Checked(ValidationReport report, JsonValue tree) {}

  @Override
  public ValidationReport validate(byte[] json, ValidationOptions options) {
    return check(json, options).report();
  }

  /**
   * Validates as {@link #validate(byte[], ValidationOptions)} does and also returns the tree read,
   * so that a caller working on the same body (the business rules) need not read it again.
   */
  public Checked check(byte[] json, ValidationOptions options) {
    ParseResult parsed = reader.read(json);
    if (!parsed.isOk()) {
      return new Checked(ValidationReport.of(List.of(parsed.issue())), null);
    }
    return new Checked(validate(parsed.value(), () -> parse(json), options), parsed.value());
  }

  @Override
  public ValidationReport validate(IBaseResource resource, ValidationOptions options) {
    if (!(resource instanceof Resource r5)) {
      throw new IllegalArgumentException(
          "Polku validates FHIR R5 resources; got "
              + (resource == null ? "null" : resource.getClass()));
    }
    byte[] json =
        fhir.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    ParseResult parsed = reader.read(json);
    if (!parsed.isOk()) {
      return ValidationReport.of(List.of(parsed.issue()));
    }
    return validate(parsed.value(), () -> r5, options);
  }

  private ValidationReport validate(
      JsonValue tree, Supplier<Resource> hapi, ValidationOptions options) {
    LocalDate asOf = options == null || options.asOf() == null ? LocalDate.now() : options.asOf();
    return ValidationReport.of(engine.validate(tree, hapi, asOf, limits.maxIssues()));
  }

  /** Reads the (already structurally valid) body into HAPI objects for invariant evaluation. */
  private Resource parse(byte[] json) {
    IParser parser = fhir.newJsonParser();
    // The structural pass has reported everything wrong; HAPI must not log about it (nor log data).
    parser.setParserErrorHandler(new LenientErrorHandler(false));
    return (Resource) parser.parseResource(new String(json, StandardCharsets.UTF_8));
  }
}
