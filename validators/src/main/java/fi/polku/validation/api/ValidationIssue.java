package fi.polku.validation.api;

import java.util.Objects;

/**
 * One finding about a resource.
 *
 * @param severity how bad it is
 * @param code the stable code from the catalogue, e.g. {@code POLKU-VAL-0012}
 * @param location FHIRPath of the offending element, e.g. {@code
 *     StudyRight.statusHistory[1].start}; the resource type for whole-resource issues; {@code null}
 *     when the input is not a resource at all
 * @param ruleId what produced the issue: an invariant key ({@code sr-2}), a business rule id, or a
 *     structural check id
 * @param message the message in fi/sv/en, with the offending value filled in
 */
public record ValidationIssue(
    Severity severity, IssueCode code, String location, String ruleId, Text message) {

  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** An issue with the code's default severity and its message filled with {@code params}. */
  public static ValidationIssue of(
      IssueCode code, String location, String ruleId, java.util.Map<String, String> params) {
    return new ValidationIssue(
        code.severity(), code, location, ruleId, code.message().format(params));
  }
}
