package fi.polku.model;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The HL7 FHIR instance validator (through HAPI) set up with the model package and the R5 core.
 * Building it loads the whole R5 core, which takes tens of seconds: tests share one instance
 * through {@link ModelTestExtension}.
 */
final class ModelValidator {

  private final ModelPackage modelPackage;
  private final ValidationSupportChain chain;
  private final FhirValidator validator;

  private ModelValidator(ModelPackage modelPackage) {
    this.modelPackage = modelPackage;
    var ctx = modelPackage.fhirContext();
    PrePopulatedValidationSupport model = new PrePopulatedValidationSupport(ctx);
    modelPackage.resources().forEach(model::addResource);
    // Model first, so its definitions win; core next; terminology services check codes against the
    // package's code systems; the snapshot generator covers anything that lacks a snapshot.
    this.chain =
        new ValidationSupportChain(
            model,
            new DefaultProfileValidationSupport(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new CommonCodeSystemsTerminologyService(ctx),
            new SnapshotGeneratingValidationSupport(ctx));
    this.validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  static ModelValidator create(ModelPackage modelPackage) {
    return new ModelValidator(modelPackage);
  }

  ModelPackage modelPackage() {
    return modelPackage;
  }

  ValidationSupportChain supportChain() {
    return chain;
  }

  /** Validates a JSON instance against its own type, or also against {@code profile} if given. */
  ValidationResult validate(String json, String profile) {
    ValidationOptions options = new ValidationOptions();
    if (profile != null) {
      options.addProfile(profile);
    }
    return validator.validateWithResult(json, options);
  }

  /** Only errors decide validity; warnings (e.g. dom-6 "should have narrative") do not. */
  static List<SingleValidationMessage> errors(ValidationResult result) {
    return result.getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

  /** Every message above information level, one per line, for failure reports. */
  static String describe(ValidationResult result) {
    return result.getMessages().stream()
        .filter(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
        .map(m -> "  " + m.getSeverity() + " @ " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
