package fi.polku.validation.oracle;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The HL7 FHIR instance validator (through HAPI) over Polku's model package and the FHIR R5 core,
 * set up as the model's own tests set it up ({@code ModelValidator} in {@code polku-model}): the
 * package's conformance resources first, then the core definitions, in-memory terminology and the
 * snapshot generator. Building it is cheap; the first validation loads the R5 core (20–60 s), so
 * create one and share it. Thread-safe, as HAPI's validator is meant to be shared by a server.
 */
public final class Hl7Validator {

  /** Where the model package lies on the class path. */
  static final String PACKAGE = "polku/fhir/package/";

  private static final String CANONICAL = "https://polku.fi/fhir/StructureDefinition/";

  private final FhirValidator validator;

  /**
   * A validator over the model package found on the class path of {@code context}'s classes.
   *
   * @param context an R5 context with the model's resource classes registered
   */
  public Hl7Validator(FhirContext context) {
    Objects.requireNonNull(context, "context");
    PrePopulatedValidationSupport model = new PrePopulatedValidationSupport(context);
    readPackage(context, model);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            model,
            new DefaultProfileValidationSupport(context),
            new InMemoryTerminologyServerValidationSupport(context),
            new CommonCodeSystemsTerminologyService(context),
            new SnapshotGeneratingValidationSupport(context));
    this.validator =
        context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /**
   * Validates {@code json} against its type, and against Polku's profile {@code profile} (e.g.
   * {@code PolkuOrganization}) if not null.
   */
  public Hl7Verdict validate(String json, String profile) {
    ValidationOptions options = new ValidationOptions();
    if (profile != null) {
      options.addProfile(CANONICAL + profile);
    }
    ValidationResult result;
    try {
      result = validator.validateWithResult(json, options);
    } catch (RuntimeException e) {
      // The validator fails on some malformed input instead of reporting it (e.g. a JSON null in
      // a primitive array). It has not accepted the instance: count the failure as a fatal issue.
      return new Hl7Verdict(List.of("(validator failed) " + e));
    }
    List<String> errors =
        result.getMessages().stream()
            .filter(Hl7Validator::rejects)
            .map(m -> m.getLocationString() + ": " + m.getMessage())
            .toList();
    return new Hl7Verdict(errors);
  }

  /**
   * Only errors and fatal messages reject; warnings (such as {@code dom-6}, "a resource should have
   * narrative") and information do not, as in Polku's own reports.
   */
  private static boolean rejects(SingleValidationMessage m) {
    return m.getSeverity() == ResultSeverityEnum.ERROR
        || m.getSeverity() == ResultSeverityEnum.FATAL;
  }

  private static void readPackage(FhirContext context, PrePopulatedValidationSupport into) {
    ClassLoader loader = Hl7Validator.class.getClassLoader();
    try {
      JsonNode index = new ObjectMapper().readTree(read(loader, PACKAGE + ".index.json"));
      for (JsonNode file : index.path("files")) {
        String text = read(loader, PACKAGE + file.path("filename").asText());
        into.addResource(context.newJsonParser().parseResource(text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model package", e);
    }
  }

  private static String read(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path (polku-model)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The HL7 validator's verdict on one instance.
   *
   * @param errors the error and fatal messages, as {@code location: message}
   */
  public record Hl7Verdict(List<String> errors) {

    /** True if nothing rejects the instance. */
    public boolean accepts() {
      return errors.isEmpty();
    }
  }
}
