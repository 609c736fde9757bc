package fi.polku.validation.rules;

import fi.polku.validation.api.IssueCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One business rule as declared in a rule file: what it applies to, the code and message it reports
 * with, when it is in effect, and which records around the validated one it needs.
 *
 * @param id stable rule id, e.g. {@code status-history-in-date-order}; reported as the issue's rule
 *     id
 * @param resourceType the resource type the rule validates ({@code sh:targetClass}), e.g. {@code
 *     StudyRight}
 * @param code the issue code: {@code POLKU-VAL-05nn}, category {@code rule}, the rule's severity,
 *     its fi/sv/en message template with {@code {name}} placeholders, and {@code since} = {@code
 *     effectiveFrom}
 * @param effectiveFrom first day the rule is applied
 * @param effectiveTo last day the rule is applied, or {@code null} while it has no end
 * @param follow reference paths to resolve from the validated record, e.g. {@code studyRight} or
 *     {@code group.school} (two hops)
 * @param referencing records to fetch that refer to the same record as the validated one does
 * @param deactivated {@code sh:deactivated true}: declared (its code stays reserved) but never run
 * @param source the rule file, for error messages
 */
public record BusinessRule(
    String id,
    String resourceType,
    IssueCode code,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<String> follow,
    List<Referencing> referencing,
    boolean deactivated,
    String source) {

  public BusinessRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    follow = List.copyOf(follow);
    referencing = List.copyOf(referencing);
  }

  /** True if the rule is applied on {@code day}: effectiveFrom &lt;= day &lt;= effectiveTo. */
  public boolean inEffectOn(LocalDate day) {
    return !deactivated
        && !day.isBefore(effectiveFrom)
        && (effectiveTo == null || !day.isAfter(effectiveTo));
  }

  /**
   * Records a rule needs that refer to something the validated record refers to, fetched with
   * {@link fi.polku.validation.spi.ReferenceResolver#referencing}: e.g. every study right of the
   * validated study right's learner is {@code StudyRight}, {@code StudyRight.learner}, {@code
   * learner}.
   *
   * @param resourceType type of the records to fetch
   * @param path FHIRPath of their reference element, e.g. {@code StudyRight.learner}
   * @param reference path in the validated record (through followed references) of the reference
   *     they must share, e.g. {@code learner}
   */
  public record Referencing(String resourceType, String path, String reference) {

    public Referencing {
      Objects.requireNonNull(resourceType, "resourceType");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reference, "reference");
    }
  }
}
