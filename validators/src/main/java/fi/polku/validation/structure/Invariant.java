package fi.polku.validation.structure;

import fi.polku.validation.api.Text;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;

/**
 * A FHIRPath invariant, parsed once at start-up.
 *
 * @param key the constraint key, e.g. {@code str-1}; the rule id
 * @param error true for severity error, false for warning
 * @param expression the FHIRPath text
 * @param node the parsed expression (shared, read-only while evaluating)
 * @param human the rule's text in fi/sv/en (English in all three when only English exists)
 * @param onlyWithContained true for rules about contained resources (dom-2..dom-5), which hold
 *     trivially when a resource has none and are then skipped
 * @param check the native check that replaces the FHIRPath evaluation (see {@link
 *     NativeInvariants}), or null; {@code node} is then null
 * @param path the expression compiled for evaluation on the JSON tree ({@link JsonFhirPath}), or
 *     null if it uses FHIRPath beyond the natively evaluated subset (HAPI's engine evaluates it)
 */
record Invariant(
    String key,
    boolean error,
    String expression,
    ExpressionNode node,
    Text human,
    boolean onlyWithContained,
    NativeInvariants.Check check,
    JsonFhirPath.Expr path) {

  /** True if this invariant is evaluated with FHIRPath on the HAPI objects. */
  boolean fhirPath() {
    return check == null;
  }

  /** How this invariant is evaluated: {@code json-check}, {@code native} or {@code hapi}. */
  String evaluation() {
    return check != null ? "json-check" : (path != null ? "native" : "hapi");
  }
}
