package fi.polku.hub.terminology;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.UriType;

/**
 * {@code CodeSystem/$lookup} and {@code CodeSystem/$validate-code}, at type level (the code system
 * by {@code system} or {@code url}) and instance level ({@code CodeSystem/<id>/...}). A plain
 * provider, so that the read-only {@code CodeSystem} provider stays as it is.
 */
public final class CodeSystemOperations {

  private final Terminology terminology;
  private final CodeLookup lookup;
  private final CodeValidation validation;

  /** The operations over {@code terminology}. */
  public CodeSystemOperations(Terminology terminology) {
    this.terminology = terminology;
    this.lookup = new CodeLookup(terminology);
    this.validation = new CodeValidation(terminology, new ValueSetMembers(terminology));
  }

  /**
   * {@code CodeSystem/$lookup?system=&code=} (or {@code coding}), and {@code
   * CodeSystem/<id>/$lookup?code=}.
   */
  @Operation(name = "$lookup", type = CodeSystem.class, idempotent = true)
  public Parameters lookup(
      @IdParam(optional = true) IdType id,
      @OperationParam(name = "code") CodeType code,
      @OperationParam(name = "system") UriType system,
      @OperationParam(name = "coding") Coding coding,
      @OperationParam(name = "displayLanguage") CodeType displayLanguage,
      @OperationParam(name = "property", max = OperationParam.MAX_UNLIMITED)
          List<CodeType> property,
      RequestDetails request) {
    CodeSystem instance =
        id != null && id.hasIdPart() ? terminology.codeSystemById(id.getIdPart()) : null;
    Coding c =
        OperationInputs.codings(
                code,
                instance == null ? system : null,
                null,
                coding,
                null,
                instance == null ? null : instance.getUrl())
            .get(0);
    if (instance == null && !c.hasSystem()) {
      throw OperationInputs.missing("system");
    }
    CodeSystem cs = instance != null ? instance : terminology.codeSystem(c.getSystem());
    return lookup(cs, c.getCode(), displayLanguage, property, request);
  }

  private Parameters lookup(
      CodeSystem cs,
      String code,
      CodeType displayLanguage,
      List<CodeType> property,
      RequestDetails request) {
    Set<String> wanted = null;
    if (property != null && !property.isEmpty()) {
      wanted = new HashSet<>();
      for (CodeType p : property) {
        wanted.add(p.getValue());
      }
    }
    return lookup.lookup(
        cs, code, Languages.display(displayLanguage, request, Displays.own(cs)), wanted);
  }

  /**
   * {@code CodeSystem/$validate-code?url=&code=} (or {@code system}, {@code coding}, ...), and
   * {@code CodeSystem/<id>/$validate-code?code=}.
   */
  @Operation(name = "$validate-code", type = CodeSystem.class, idempotent = true)
  public Parameters validateCode(
      @IdParam(optional = true) IdType id,
      @OperationParam(name = "url") UriType url,
      @OperationParam(name = "code") CodeType code,
      @OperationParam(name = "system") UriType system,
      @OperationParam(name = "display") StringType display,
      @OperationParam(name = "coding") Coding coding,
      @OperationParam(name = "codeableConcept") CodeableConcept codeableConcept,
      @OperationParam(name = "displayLanguage") CodeType displayLanguage,
      @OperationParam(name = "lenient-display-validation") BooleanType lenient,
      RequestDetails request) {
    CodeSystem instance =
        id != null && id.hasIdPart() ? terminology.codeSystemById(id.getIdPart()) : null;
    String csUrl =
        instance != null
            ? instance.getUrl()
            : url != null && url.hasValue() ? url.getValue() : null;
    List<Coding> codings =
        OperationInputs.codings(
            code, instance == null ? system : null, display, coding, codeableConcept, csUrl);
    if (csUrl == null) {
      csUrl = codings.get(0).getSystem();
    }
    if (csUrl == null) {
      throw OperationInputs.missing("url");
    }
    CodeSystem cs = instance != null ? instance : terminology.codeSystem(csUrl);
    return validation.inCodeSystem(cs, codings, options(cs, displayLanguage, lenient, request));
  }

  static CodeValidation.Options options(
      CodeSystem cs, CodeType displayLanguage, BooleanType lenient, RequestDetails request) {
    return new CodeValidation.Options(
        OperationInputs.isTrue(lenient),
        Languages.display(displayLanguage, request, cs == null ? null : Displays.own(cs)),
        Languages.message(displayLanguage, request));
  }
}
