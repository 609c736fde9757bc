package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationReport;
import java.util.Map;

/**
 * A request the hub answers with an error: a {@link HubCode}, its parameters and, for rejected
 * content, the validation report. The message (for logs) is the English text, which never carries
 * personal data; the client gets an OperationOutcome in its language.
 */
public class HubException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HubCode code;
  private final transient Map<String, String> params;
  private final transient Map<String, Text> localized;
  private final transient ValidationReport report;
  private final transient String expression;

  /** An error with {@code code} and the placeholder values {@code params}. */
  public HubException(HubCode code, Map<String, String> params) {
    this(code, params, Map.of(), null, null, null);
  }

  /** An error with {@code code}, {@code params} and the validation report of rejected content. */
  public HubException(HubCode code, Map<String, String> params, ValidationReport report) {
    this(code, params, Map.of(), report, null, null);
  }

  /** An error with {@code code}, {@code params} and the exception that led to it. */
  public HubException(HubCode code, Map<String, String> params, Throwable cause) {
    this(code, params, Map.of(), null, cause, null);
  }

  /**
   * An error with {@code code}, {@code params} (the same in every language, such as a parameter's
   * name) and {@code localized} (a value per language, such as the {@code detail} that says what is
   * wrong), so that a Finnish or Swedish client reads the whole message in its language.
   */
  public HubException(HubCode code, Map<String, String> params, Map<String, Text> localized) {
    this(code, params, localized, null, null, null);
  }

  /**
   * As {@link #HubException(HubCode, Map, Map)}, with the validation report of the content, such as
   * the report whose fatal finding made the body unreadable.
   */
  public HubException(
      HubCode code,
      Map<String, String> params,
      Map<String, Text> localized,
      ValidationReport report) {
    this(code, params, localized, report, null, null);
  }

  /** As {@link #HubException(HubCode, Map, Map)}, with the exception that led to it. */
  public HubException(
      HubCode code, Map<String, String> params, Map<String, Text> localized, Throwable cause) {
    this(code, params, localized, null, cause, null);
  }

  private HubException(
      HubCode code,
      Map<String, String> params,
      Map<String, Text> localized,
      ValidationReport report,
      Throwable cause,
      String expression) {
    super(Problems.logMessage(code.code(), code.message(), params, localized), cause);
    this.code = code;
    this.params = Map.copyOf(params);
    this.localized = Map.copyOf(localized);
    this.report = report;
    this.expression = expression;
  }

  /**
   * This error located at {@code expression} (a FHIRPath such as {@code Bundle.entry[3].resource}),
   * which the OperationOutcome's issue names: in a large Bundle the client must learn which entry
   * to fix. The new exception's cause is this one.
   */
  public HubException at(String expression) {
    return new HubException(code, params, localized, report, this, expression);
  }

  /** Where the error is (see {@link #at}), or null when it is the request as a whole. */
  public String expression() {
    return expression;
  }

  /** An error whose only parameter is {@code detail}, in fi/sv/en. */
  public static HubException withDetail(HubCode code, Text detail) {
    return new HubException(code, Map.of(), Map.of("detail", detail));
  }

  /** The code. */
  public HubCode code() {
    return code;
  }

  /** The message in fi/sv/en with the parameters filled in. */
  public Text text() {
    return code.message().format(params, localized);
  }

  /** The value of parameter {@code name} (in English if it is localized), or null. */
  public String param(String name) {
    String value = params.get(name);
    return value != null || !localized.containsKey(name) ? value : localized.get(name).en();
  }

  /** The validation report when content was rejected, else {@code null}. */
  public ValidationReport report() {
    return report;
  }
}
