package fi.polku.hub.terminology;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.UriType;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * {@code ValueSet/$validate-code} and {@code ValueSet/$expand}, at type level (the value set by
 * {@code url}) and instance level ({@code ValueSet/<id>/...}).
 */
public final class ValueSetOperations {

  private final Terminology terminology;
  private final CodeValidation validation;
  private final ValueSetExpansion expansion;

  /** The operations over {@code terminology}. */
  public ValueSetOperations(Terminology terminology) {
    this.terminology = terminology;
    ValueSetMembers members = new ValueSetMembers(terminology);
    this.validation = new CodeValidation(terminology, members);
    this.expansion = new ValueSetExpansion(members);
  }

  /**
   * {@code ValueSet/$validate-code?url=&system=&code=} (or {@code coding}, ...), and {@code
   * ValueSet/<id>/$validate-code?system=&code=}.
   */
  @Operation(name = "$validate-code", type = ValueSet.class, idempotent = true)
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
    return validate(
        valueSet(id, url),
        code,
        system,
        display,
        coding,
        codeableConcept,
        displayLanguage,
        lenient,
        request);
  }

  /** The instance's value set, or at type level the one {@code url} names. */
  private ValueSet valueSet(IdType id, UriType url) {
    return id != null && id.hasIdPart()
        ? terminology.valueSetById(id.getIdPart())
        : terminology.valueSet(OperationInputs.required(url, "url"));
  }

  private Parameters validate(
      ValueSet vs,
      CodeType code,
      UriType system,
      StringType display,
      Coding coding,
      CodeableConcept codeableConcept,
      CodeType displayLanguage,
      BooleanType lenient,
      RequestDetails request) {
    List<Coding> codings =
        OperationInputs.codings(code, system, display, coding, codeableConcept, onlySystem(vs));
    if (codings.stream().anyMatch(c -> !c.hasSystem())) {
      throw OperationInputs.missing("system");
    }
    CodeSystem cs = terminology.findCodeSystem(codings.get(0).getSystem());
    return validation.inValueSet(
        vs, codings, CodeSystemOperations.options(cs, displayLanguage, lenient, request));
  }

  /**
   * The code system of a value set that includes only one, so that a code sent without its system
   * can still be checked; null when it includes several.
   */
  private static String onlySystem(ValueSet vs) {
    Set<String> systems = new LinkedHashSet<>();
    vs.getCompose().getInclude().forEach(i -> systems.add(i.getSystem()));
    return systems.size() == 1 ? systems.iterator().next() : null;
  }

  /** {@code ValueSet/$expand?url=&filter=&count=&offset=}, and {@code ValueSet/<id>/$expand}. */
  @Operation(name = "$expand", type = ValueSet.class, idempotent = true)
  public ValueSet expand(
      @IdParam(optional = true) IdType id,
      @OperationParam(name = "url") UriType url,
      @OperationParam(name = "filter") StringType filter,
      @OperationParam(name = "count") IntegerType count,
      @OperationParam(name = "offset") IntegerType offset,
      @OperationParam(name = "displayLanguage") CodeType displayLanguage,
      @OperationParam(name = "activeOnly") BooleanType activeOnly,
      RequestDetails request) {
    return expand(valueSet(id, url), filter, count, offset, displayLanguage, activeOnly, request);
  }

  private ValueSet expand(
      ValueSet vs,
      StringType filter,
      IntegerType count,
      IntegerType offset,
      CodeType displayLanguage,
      BooleanType activeOnly,
      RequestDetails request) {
    String own = vs.hasLanguage() ? vs.getLanguage() : "fi";
    ValueSetExpansion.Request r =
        new ValueSetExpansion.Request(
            filter == null ? null : filter.getValue(),
            OperationInputs.nonNegative(offset, "offset", 0),
            OperationInputs.nonNegative(count, "count", null),
            Languages.display(displayLanguage, request, own),
            OperationInputs.isTrue(activeOnly));
    return expansion.expand(vs, r);
  }
}
