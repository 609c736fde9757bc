package fi.polku.mapping.codes;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationIssue;
import java.util.Map;

/**
 * Why a source record was rejected: a stable code, the message in fi/sv/en, and where in the source
 * (column or JSON path) and in the resource (FHIRPath) the problem is.
 *
 * @param code the code ({@code POLKU-VAL-0811}, or a validator code such as {@code POLKU-VAL-0305})
 * @param message the filled-in message
 * @param column the source column or path, or null for the whole record
 * @param location FHIRPath of the element in the built resource, or null
 */
public record RowIssue(IssueCode code, Text message, String column, String location) {

  /** An issue with {@code code}'s message filled with {@code params}. */
  public static RowIssue of(IssueCode code, String column, Map<String, String> params) {
    return new RowIssue(code, code.message().format(params), column, null);
  }

  /**
   * An issue with {@code code}'s message filled with {@code params} and with {@code localized}
   * values that differ per language (a detail written in fi/sv/en).
   */
  public static RowIssue of(
      IssueCode code, String column, Map<String, String> params, Map<String, Text> localized) {
    return new RowIssue(code, code.message().format(params, localized), column, null);
  }

  /** An issue from a validator finding, attributed to the source column that produced it. */
  public static RowIssue fromValidation(ValidationIssue issue, String column) {
    return new RowIssue(issue.code(), issue.message(), column, issue.location());
  }
}
