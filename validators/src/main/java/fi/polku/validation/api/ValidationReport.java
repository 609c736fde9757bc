package fi.polku.validation.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.MarkdownType;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.StringType;

/**
 * The outcome of validating one resource: a list of issues. Validation never throws for bad input;
 * everything the sender needs to know is here.
 */
public final class ValidationReport {

  /** Code system of Polku's validation codes in OperationOutcomes. */
  public static final String CODE_SYSTEM = "https://polku.fi/fhir/CodeSystem/validation-code";

  private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** The text of a report without findings. */
  private static final Text NO_FINDINGS =
      new Text("Ei huomautettavaa.", "Inga anmärkningar.", "All OK");

  private final List<ValidationIssue> issues;

  private ValidationReport(List<ValidationIssue> issues) {
    this.issues = List.copyOf(issues);
  }

  /** A report with no issues. */
  public static ValidationReport valid() {
    return EMPTY;
  }

  /** A report of {@code issues}. */
  public static ValidationReport of(Collection<ValidationIssue> issues) {
    return issues.isEmpty() ? EMPTY : new ValidationReport(new ArrayList<>(issues));
  }

  /** This report followed by the issues of {@code other}. */
  public ValidationReport plus(ValidationReport other) {
    if (other.issues.isEmpty()) {
      return this;
    }
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new ValidationReport(all);
  }

  /** All issues, in the order they were found. */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /** True if no issue rejects the resource (warnings and information are fine). */
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity().rejects());
  }

  /** Issues that reject the resource. */
  public List<ValidationIssue> errors() {
    return issues.stream().filter(i -> i.severity().rejects()).toList();
  }

  /**
   * The report as a FHIR R5 OperationOutcome: each issue's code in {@code details.coding}, its
   * message in {@code lang} as {@code details.text} with the other two languages as translations,
   * its location as {@code expression} and its rule id as {@code diagnostics}.
   */
  public OperationOutcome toOperationOutcome(String lang) {
    OperationOutcome oo = new OperationOutcome();
    if (issues.isEmpty()) {
      oo.addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
          .setCode(OperationOutcome.IssueType.INFORMATIONAL)
          .setDetails(new CodeableConcept().setTextElement(translated(NO_FINDINGS, lang)));
    }
    for (ValidationIssue i : issues) {
      OperationOutcome.OperationOutcomeIssueComponent c = oo.addIssue();
      c.setSeverity(severity(i.severity()));
      c.setCode(issueType(i));
      CodeableConcept details = new CodeableConcept();
      details
          .addCoding()
          .setSystem(CODE_SYSTEM)
          .setCode(i.code().code())
          .setDisplay(i.message().en());
      details.setTextElement(translated(i.message(), lang));
      c.setDetails(details);
      if (i.location() != null) {
        c.addExpression(i.location());
      }
      if (i.ruleId() != null) {
        c.setDiagnostics(i.ruleId());
      }
    }
    return oo;
  }

  /**
   * {@code text} in {@code lang}, with the other two languages as FHIR translation extensions, as
   * OperationOutcome texts carry them.
   */
  public static StringType translated(Text text, String lang) {
    StringType out = new StringType(text.in(lang));
    for (String other : List.of("fi", "sv", "en")) {
      if (!other.equals(lang)) {
        Extension t = out.addExtension().setUrl(TRANSLATION);
        t.addExtension("lang", new CodeType(other));
        t.addExtension("content", new MarkdownType(text.in(other)));
      }
    }
    return out;
  }

  private static OperationOutcome.IssueSeverity severity(Severity s) {
    return switch (s) {
      case FATAL -> OperationOutcome.IssueSeverity.FATAL;
      case ERROR -> OperationOutcome.IssueSeverity.ERROR;
      case WARNING -> OperationOutcome.IssueSeverity.WARNING;
      case INFORMATION -> OperationOutcome.IssueSeverity.INFORMATION;
    };
  }

  private static final Map<String, OperationOutcome.IssueType> TYPES =
      Map.of(
          "input", OperationOutcome.IssueType.STRUCTURE,
          "structure", OperationOutcome.IssueType.STRUCTURE,
          "format", OperationOutcome.IssueType.VALUE,
          "terminology", OperationOutcome.IssueType.CODEINVALID,
          "reference", OperationOutcome.IssueType.INVALID,
          "invariant", OperationOutcome.IssueType.INVARIANT,
          "rule", OperationOutcome.IssueType.BUSINESSRULE);

  private static OperationOutcome.IssueType issueType(ValidationIssue i) {
    return TYPES.getOrDefault(i.code().category(), OperationOutcome.IssueType.INVALID);
  }

  @Override
  public String toString() {
    return "ValidationReport" + issues;
  }
}
