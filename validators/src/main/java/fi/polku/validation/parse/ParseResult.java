package fi.polku.validation.parse;

import fi.polku.validation.api.ValidationIssue;
import java.util.Objects;

/**
 * What {@link SafeJsonReader} made of a request body: either the JSON tree or the one issue that
 * stopped reading.
 *
 * @param value the tree, or null if reading failed
 * @param issue why reading failed, or null
 */
public record ParseResult(JsonValue value, ValidationIssue issue) {

  public ParseResult {
    if ((value == null) == (issue == null)) {
      throw new IllegalArgumentException("Exactly one of value and issue");
    }
  }

  static ParseResult ok(JsonValue value) {
    return new ParseResult(Objects.requireNonNull(value), null);
  }

  static ParseResult failed(ValidationIssue issue) {
    return new ParseResult(null, Objects.requireNonNull(issue));
  }

  /** True if the body was read into a tree. */
  public boolean isOk() {
    return value != null;
  }
}
