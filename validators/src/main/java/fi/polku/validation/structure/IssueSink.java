package fi.polku.validation.structure;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Text;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.catalogue.InputCodes;
import fi.polku.validation.catalogue.Issues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the issues of one validation, up to a maximum; then it is {@link #full()}. */
final class IssueSink {

  private final List<ValidationIssue> issues = new ArrayList<>();
  private final int max;
  private boolean errors;

  IssueSink(int max) {
    this.max = max;
  }

  /**
   * Adds an issue at {@code loc}; {@code params} alternate names and values ({@code path} is
   * added).
   */
  void add(IssueCode code, Loc loc, String ruleId, String... params) {
    if (full()) {
      return;
    }
    String path = loc == null ? null : loc.toString();
    String[] all = new String[params.length + 2];
    all[0] = "path";
    all[1] = path == null ? "" : path;
    System.arraycopy(params, 0, all, 2, params.length);
    accept(Issues.of(code, path, ruleId, all));
  }

  /** Adds an issue with parameters localised per language. */
  void addLocalized(
      IssueCode code, Loc loc, String ruleId, Map<String, Text> localized, String... params) {
    if (full()) {
      return;
    }
    String path = loc.toString();
    String[] all = new String[params.length + 2];
    all[0] = "path";
    all[1] = path;
    System.arraycopy(params, 0, all, 2, params.length);
    accept(Issues.localized(code, path, ruleId, localized, all));
  }

  /** Adds a ready-made issue. */
  void accept(ValidationIssue issue) {
    if (full()) {
      return;
    }
    issues.add(issue);
    errors |= issue.severity().rejects();
    if (issues.size() == max) {
      issues.add(
          Issues.of(InputCodes.TOO_MANY_ISSUES, null, "input", "max", Integer.toString(max)));
    }
  }

  /** A point to return to with {@link #reset}. */
  record Mark(int size, boolean errors) {}

  /** The current point. */
  Mark mark() {
    return new Mark(issues.size(), errors);
  }

  /** Withdraws every issue added since {@code mark}. */
  void reset(Mark mark) {
    issues.subList(mark.size(), issues.size()).clear();
    errors = mark.errors();
  }

  /** True once the maximum is reached: callers stop looking for more. */
  boolean full() {
    return issues.size() > max;
  }

  /** True if any issue rejects the resource. */
  boolean hasErrors() {
    return errors;
  }

  List<ValidationIssue> issues() {
    return issues;
  }
}
