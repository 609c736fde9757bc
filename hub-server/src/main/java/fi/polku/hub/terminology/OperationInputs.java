package fi.polku.hub.terminology;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.PrimitiveType;
import org.hl7.fhir.r5.model.StringType;

/**
 * The codes a terminology request names, as FHIR lets a client give them: {@code code} (with {@code
 * system} and {@code display}), a {@code coding} or a {@code codeableConcept}. A request that gives
 * none fails with invalid request (400) naming the missing parameter.
 */
final class OperationInputs {

  private OperationInputs() {}

  /**
   * The codings to check, with {@code defaultSystem} (may be null) where a coding has no system.
   */
  static List<Coding> codings(
      CodeType code,
      PrimitiveType<String> system,
      StringType display,
      Coding coding,
      CodeableConcept codeableConcept,
      String defaultSystem) {
    List<Coding> out = new ArrayList<>();
    if (codeableConcept != null) {
      out.addAll(codeableConcept.getCoding());
    } else if (coding != null) {
      out.add(coding.copy());
    } else if (present(code)) {
      out.add(
          new Coding(
              present(system) ? system.getValue() : null,
              code.getValue(),
              present(display) ? display.getValue() : null));
    }
    out.removeIf(c -> !c.hasCode());
    if (out.isEmpty()) {
      throw missing("code");
    }
    for (Coding c : out) {
      if (!c.hasSystem() && defaultSystem != null) {
        c.setSystem(defaultSystem);
      }
    }
    return out;
  }

  /** The value of a required parameter {@code name}. */
  static String required(PrimitiveType<String> value, String name) {
    if (!present(value)) {
      throw missing(name);
    }
    return value.getValue();
  }

  /** A count or offset: {@code fallback} when absent, invalid request when negative. */
  static Integer nonNegative(IntegerType value, String name, Integer fallback) {
    if (value == null || value.getValue() == null) {
      return fallback;
    }
    if (value.getValue() < 0) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          TerminologyTexts.NEGATIVE.format(
              Map.of("parameter", name, "value", value.getValueAsString())));
    }
    return value.getValue();
  }

  /** Whether a boolean parameter is given as true. */
  static boolean isTrue(BooleanType value) {
    return value != null && value.getValue() != null && value.getValue();
  }

  /** An invalid request (400) whose detail names the missing parameter {@code name}. */
  static HubException missing(String name) {
    return HubException.withDetail(
        HubCodes.BAD_REQUEST, TerminologyTexts.MISSING_PARAMETER.format(Map.of("parameter", name)));
  }

  private static boolean present(PrimitiveType<String> value) {
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }
}
