package fi.polku.validation.format;

import fi.polku.validation.api.IssueCode;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a {@link FormatRule}: fine, or a fault with its code and message parameters (the
 * engine adds {@code path}).
 *
 * @param code the fault's code, or null if the value is fine
 * @param params message parameters other than {@code path}; never the checked value
 */
public record FormatResult(IssueCode code, Map<String, String> params) {

  private static final FormatResult OK = new FormatResult(null, Map.of());

  public FormatResult {
    params = Map.copyOf(params);
  }

  /** The value is fine. */
  public static FormatResult ok() {
    return OK;
  }

  /** The value has the fault {@code code}. */
  public static FormatResult fault(IssueCode code) {
    return new FormatResult(Objects.requireNonNull(code), Map.of());
  }

  /** The value has the fault {@code code}, with one message parameter. */
  public static FormatResult fault(IssueCode code, String param, String value) {
    return new FormatResult(Objects.requireNonNull(code), Map.of(param, value));
  }

  /** True if there is nothing to report. */
  public boolean isOk() {
    return code == null;
  }
}
