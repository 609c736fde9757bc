package fi.polku.mapping.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.hub.EntryStatus;
import fi.polku.mapping.source.SourceRecord;
import fi.polku.mapping.transform.EntityPlan;
import fi.polku.mapping.transform.ProducedResource;
import fi.polku.mapping.transform.RowOutput;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-record path before submission: transform with the compiled plan, stamp the run's
 * Provenance, check keys against the records read before, serialise and validate every resource. A
 * record failing any step is written to the dead letters and reported; nothing of it is sent.
 */
final class RowPreparer {

  private final RunState run;
  private final EntityPlan plan;
  private final KeyRegistry keys = new KeyRegistry();
  private final ValidationOptions options = ValidationOptions.structural();

  RowPreparer(RunState run, EntityPlan plan) {
    this.run = run;
    this.plan = plan;
  }

  /** The prepared record, or null if it was rejected. */
  PreparedRow prepare(SourceRecord record) {
    run.report.read(plan.name());
    RowOutput out = plan.transform(record);
    if (out.rejected()) {
      reject(out, out.issues());
      return null;
    }
    List<byte[]> json = new ArrayList<>(out.resources().size());
    List<RowIssue> issues = new ArrayList<>(0);
    for (int i = 0; i < out.resources().size(); i++) {
      ProducedResource r = out.resources().get(i);
      ObjectNode resource = r.json();
      RowIssue duplicate = keys.register(r, record.line(), record.origin(), bytes(resource));
      if (duplicate != null) {
        issues.add(duplicate);
        break;
      }
      resource.putObject("meta").put("source", run.provenance);
      byte[] b = bytes(resource);
      if (run.settings.validate()) {
        issues.addAll(validate(record, i, b));
      }
      json.add(b);
    }
    if (!issues.isEmpty()) {
      reject(out, issues);
      return null;
    }
    return new PreparedRow(out, json);
  }

  private List<RowIssue> validate(SourceRecord record, int index, byte[] json) {
    ValidationReport report = run.validator.validate(json, options);
    if (report.isValid()) {
      return List.of();
    }
    List<RowIssue> out = new ArrayList<>();
    for (ValidationIssue i : report.errors()) {
      String column = plan.columnOf(record, index, i.location());
      out.add(RowIssue.fromValidation(i, column));
    }
    return out;
  }

  /** Rejects a record: dead letter, counts, and its resources remembered for later references. */
  void reject(RowOutput out, List<RowIssue> issues) {
    SourceRecord record = out.record();
    run.deadLetters.write(record, out.key(), issues);
    run.report.row(plan.name(), EntryStatus.FAILED);
    for (ProducedResource r : out.resources()) {
      run.report.resource(r.type(), EntryStatus.FAILED);
      run.rejected.add(r.conditionalUrl(), record.origin(), record.line());
    }
    if (out.key() != null) {
      for (String url : plan.conditionsFor(out.key())) {
        run.rejected.add(url, record.origin(), record.line());
      }
    }
  }

  /** Forgets the entity's keys (its input has ended). */
  void finish() {
    keys.clear();
  }

  static byte[] bytes(ObjectNode json) {
    try {
      return RunState.JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }
}
