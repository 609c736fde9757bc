package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.validation.api.ValidationIssue;
import java.util.List;

/** Assertions on rule issues. */
final class Issues {

  private Issues() {}

  /** The codes of {@code issues}, in order. */
  static List<String> codes(List<ValidationIssue> issues) {
    return issues.stream().map(i -> i.code().code()).toList();
  }

  /** The one issue with {@code code}; fails if there is none, several, or issues of other rules. */
  static ValidationIssue only(List<ValidationIssue> issues, String code) {
    assertThat(codes(issues)).as("issues: %s", issues).containsExactly(code);
    return issues.get(0);
  }

  /** The message has each value in all three languages, and no placeholder is left unfilled. */
  static void assertMessageHas(ValidationIssue issue, String... values) {
    for (String text : List.of(issue.message().fi(), issue.message().sv(), issue.message().en())) {
      assertThat(text).contains(values).doesNotContain("{");
    }
  }
}
