package fi.polku.validation.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable validation error code: what integrators search for, filter on and write to their support
 * tickets. A code, once published, keeps its meaning forever; a changed rule gets a new code.
 *
 * @param code the code, {@code POLKU-VAL-nnnn}
 * @param category what kind of check: {@code input}, {@code structure}, {@code format}, {@code
 *     terminology}, {@code reference}, {@code invariant} or {@code rule}
 * @param severity default severity of issues with this code
 * @param message message template in fi/sv/en with {@code {param}} placeholders
 * @param since the first day the code was in use
 */
public record IssueCode(
    String code, String category, Severity severity, Text message, LocalDate since) {

  private static final Pattern FORMAT = Pattern.compile("POLKU-VAL-\\d{4}");

  public IssueCode {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(since, "since");
    if (code == null || !FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException("Issue codes look like POLKU-VAL-0012, was " + code);
    }
  }
}
