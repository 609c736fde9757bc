package fi.polku.hub.problem;

import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationReport;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r5.model.OperationOutcome.IssueType;
import org.hl7.fhir.r5.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * Hub errors as FHIR OperationOutcomes, in the same shape as the validators' reports: the code in
 * {@code details.coding}, the text in the client's language as {@code details.text} with the other
 * two as translations.
 */
public final class Problems {

  /** Code system of the hub's codes in OperationOutcomes. */
  public static final String CODE_SYSTEM = "https://polku.fi/fhir/CodeSystem/hub-code";

  private Problems() {}

  /**
   * The OperationOutcome of {@code e}: the hub's issue first, then the validation report's issues
   * when content was rejected.
   *
   * @param lang fi, sv or en
   * @param correlationId id of the server log entry, or null (it is in the text of 5xx codes)
   */
  public static OperationOutcome toOperationOutcome(
      HubException e, String lang, String correlationId) {
    OperationOutcome oo = new OperationOutcome();
    OperationOutcomeIssueComponent issue = issue(e.code(), e.text(), lang);
    // Generic clients (HAPI's among them) show the diagnostics of the first issue: code and text.
    issue.setDiagnostics(e.code().code() + ": " + e.text().in(lang));
    if (e.expression() != null) {
      issue.addExpression(e.expression());
    }
    oo.addIssue(issue);
    if (e.report() != null) {
      oo.getIssue().addAll(e.report().toOperationOutcome(lang).getIssue());
    }
    return oo;
  }

  /** One issue for {@code code} with {@code text}. */
  public static OperationOutcomeIssueComponent issue(HubCode code, Text text, String lang) {
    OperationOutcomeIssueComponent c = new OperationOutcomeIssueComponent();
    c.setSeverity(code.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR);
    c.setCode(IssueType.fromCode(code.issueType()));
    CodeableConcept details = new CodeableConcept();
    details.addCoding().setSystem(CODE_SYSTEM).setCode(code.code()).setDisplay(text.en());
    details.setTextElement(ValidationReport.translated(text, lang));
    c.setDetails(details);
    return c;
  }

  /**
   * The message of an exception carrying {@code code}: the code and the English text, which never
   * carries personal data, so that logs can show it.
   */
  public static String logMessage(
      String code, Text template, Map<String, String> params, Map<String, Text> localized) {
    return code
        + ": "
        + template
            .format(
                Objects.requireNonNull(params, "params"),
                Objects.requireNonNull(localized, "localized"))
            .en();
  }

  /** The language of the client: the first of fi, sv, en in {@code Accept-Language}; else en. */
  public static String language(String acceptLanguage) {
    if (acceptLanguage == null) {
      return "en";
    }
    for (String part : acceptLanguage.split(",")) {
      String tag = part.trim().toLowerCase(java.util.Locale.ROOT);
      if (tag.startsWith("fi")) {
        return "fi";
      }
      if (tag.startsWith("sv")) {
        return "sv";
      }
      if (tag.startsWith("en")) {
        return "en";
      }
    }
    return "en";
  }

  /** The reason phrase of an HTTP status, for Bundle entry statuses. */
  public static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 412 -> "Precondition Failed";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Entity";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }
}
