package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationIssue;
import java.util.HashMap;
import java.util.Map;

/** Shorthand for creating issues from catalogue codes with name/value parameter pairs. */
public final class Issues {

  private Issues() {}

  /**
   * An issue with the code's default severity; {@code params} alternate name and value, e.g. {@code
   * "path", "Learner.name[0]", "max", "1"}.
   */
  public static ValidationIssue of(
      IssueCode code, String location, String ruleId, String... params) {
    return ValidationIssue.of(code, location, ruleId, map(params));
  }

  /** As {@link #of}, with parameters whose value differs by language (e.g. a rule's own text). */
  public static ValidationIssue localized(
      IssueCode code,
      String location,
      String ruleId,
      Map<String, Text> localized,
      String... params) {
    return new ValidationIssue(
        code.severity(), code, location, ruleId, code.message().format(map(params), localized));
  }

  private static Map<String, String> map(String... params) {
    if (params.length % 2 != 0) {
      throw new IllegalArgumentException("Parameters come in name/value pairs");
    }
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      map.put(params[i], params[i + 1]);
    }
    return map;
  }
}
