package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationReport;
import java.util.Map;
import java.util.Objects;

/**
 * A request the hub answers with an error: a {@link HubCode}, its parameters and, for rejected
 * content, the validation report. The message (for logs) is the English text, which never carries
 * personal data; the client gets an OperationOutcome in its language.
 */
public class HubException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HubCode code;
  private final transient Map<String, String> params;
  private final transient ValidationReport report;

  /** An error with {@code code} and the placeholder values {@code params}. */
  public HubException(HubCode code, Map<String, String> params) {
    this(code, params, null, null);
  }

  /** An error with {@code code}, {@code params} and the validation report of rejected content. */
  public HubException(HubCode code, Map<String, String> params, ValidationReport report) {
    this(code, params, report, null);
  }

  /** An error with {@code code}, {@code params} and the exception that led to it. */
  public HubException(HubCode code, Map<String, String> params, Throwable cause) {
    this(code, params, null, cause);
  }

  private HubException(
      HubCode code, Map<String, String> params, ValidationReport report, Throwable cause) {
    super(
        code.code() + ": " + code.message().format(Objects.requireNonNull(params, "params")).en(),
        cause);
    this.code = code;
    this.params = Map.copyOf(params);
    this.report = report;
  }

  /** The code. */
  public HubCode code() {
    return code;
  }

  /** The message in fi/sv/en with the parameters filled in. */
  public Text text() {
    return code.message().format(params);
  }

  /** The value of parameter {@code name}, or null. */
  public String param(String name) {
    return params.get(name);
  }

  /** The validation report when content was rejected, else {@code null}. */
  public ValidationReport report() {
    return report;
  }
}
