package fi.polku.model.compiler.emit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * The FHIR R5 core definitions (datatypes, resources, value sets) the compiler builds on. Loading
 * them takes seconds, so one instance serves a whole compilation; model artifacts are added to
 * {@link #modelSupport()} before the worker context is first used.
 */
public final class CoreDefinitions {

  private static final String CORE_SD = "http://hl7.org/fhir/StructureDefinition/";

  private final FhirContext fhir;
  private final DefaultProfileValidationSupport core;
  private final PrePopulatedValidationSupport model;
  private IWorkerContext worker;

  /** Creates the core definitions over {@code fhir}, which must be an R5 context. */
  public CoreDefinitions(FhirContext fhir) {
    this.fhir = fhir;
    this.core = new DefaultProfileValidationSupport(fhir);
    this.model = new PrePopulatedValidationSupport(fhir);
  }

  /** The FHIR context. */
  public FhirContext fhirContext() {
    return fhir;
  }

  /** Where the model's own conformance resources go, so the worker can resolve them. */
  public PrePopulatedValidationSupport modelSupport() {
    return model;
  }

  /** The FHIR core StructureDefinition of {@code type} (a resource or datatype name), or null. */
  public StructureDefinition coreType(String type) {
    return (StructureDefinition) core.fetchStructureDefinition(CORE_SD + type);
  }

  /** True if {@code type} is a FHIR R5 core resource type. */
  public boolean isCoreResource(String type) {
    StructureDefinition sd = coreType(type);
    return sd != null
        && sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE
        && sd.getDerivation() == StructureDefinition.TypeDerivationRule.SPECIALIZATION;
  }

  /** True if {@code code} is a FHIR R5 datatype (primitive or complex). */
  public boolean isDatatype(String code) {
    StructureDefinition sd = coreType(code);
    return sd != null
        && (sd.getKind() == StructureDefinition.StructureDefinitionKind.PRIMITIVETYPE
            || sd.getKind() == StructureDefinition.StructureDefinitionKind.COMPLEXTYPE)
        && sd.getDerivation() == StructureDefinition.TypeDerivationRule.SPECIALIZATION;
  }

  /** True if {@code url} names a FHIR core value set. */
  public boolean isCoreValueSet(String url) {
    String plain = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    return core.fetchValueSet(plain) instanceof ValueSet;
  }

  /** Names of the FHIR core types that are primitives. */
  public Set<String> primitiveTypes() {
    return Set.of(
        "base64Binary",
        "boolean",
        "canonical",
        "code",
        "date",
        "dateTime",
        "decimal",
        "id",
        "instant",
        "integer",
        "integer64",
        "markdown",
        "oid",
        "positiveInt",
        "string",
        "time",
        "unsignedInt",
        "uri",
        "url",
        "uuid");
  }

  /**
   * The worker context over core and model definitions, created on first use: call it only after
   * every model artifact has been added to {@link #modelSupport()}.
   */
  public synchronized IWorkerContext worker() {
    if (worker == null) {
      IValidationSupport chain =
          new ValidationSupportChain(
              model,
              core,
              new InMemoryTerminologyServerValidationSupport(fhir),
              new CommonCodeSystemsTerminologyService(fhir));
      // The same adapter the HAPI instance validator uses, so compiler and validator agree.
      worker = WorkerContextValidationSupportAdapter.newVersionSpecificWorkerContextWrapper(chain);
    }
    return worker;
  }
}
