package fi.polku.mapping.transform;

import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * What one source record became: its resources (in dependency order), the reference-data checks
 * still to run, or the problems that reject it. A record with any problem writes nothing.
 */
public final class RowOutput {

  private final SourceRecord record;
  private final String key;
  private final List<ProducedResource> resources = new ArrayList<>(4);
  private final List<PendingCheck> checks = new ArrayList<>(0);
  private final List<RowIssue> issues = new ArrayList<>(0);

  RowOutput(SourceRecord record, String key) {
    this.record = record;
    this.key = key;
  }

  /** A rejected record without resources. */
  public static RowOutput rejected(SourceRecord record, String key, List<RowIssue> issues) {
    RowOutput out = new RowOutput(record, key);
    out.issues.addAll(issues);
    return out;
  }

  public SourceRecord record() {
    return record;
  }

  /** The record's key (its entity key template), or null. */
  public String key() {
    return key;
  }

  public List<ProducedResource> resources() {
    return resources;
  }

  public List<PendingCheck> checks() {
    return checks;
  }

  public List<RowIssue> issues() {
    return issues;
  }

  /** Whether the record is rejected. */
  public boolean rejected() {
    return !issues.isEmpty();
  }

  /** Rejects the record with {@code issue}. */
  public void reject(RowIssue issue) {
    issues.add(issue);
  }

  void add(ProducedResource r) {
    resources.add(r);
  }

  void addCheck(PendingCheck c) {
    checks.add(c);
  }

  /**
   * A check against reference data, run by the loader before the record is submitted.
   *
   * @param kind {@code organisation-part-of}
   * @param unit the OID that must lie inside {@code organisation}
   * @param organisation the enclosing organisation's OID
   * @param column the source field of {@code unit}
   */
  public record PendingCheck(String kind, String unit, String organisation, String column) {}
}
