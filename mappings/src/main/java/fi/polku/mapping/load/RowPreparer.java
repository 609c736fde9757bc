package fi.polku.mapping.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.hub.EntryStatus;
import fi.polku.mapping.source.SourceRecord;
import fi.polku.mapping.spec.ResourceSpec.Repeat;
import fi.polku.mapping.transform.EntityPlan;
import fi.polku.mapping.transform.ProducedResource;
import fi.polku.mapping.transform.RowOutput;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The per-record path before submission. In read order, one record at a time: transform with the
 * compiled plan, check its keys against the records read before, stamp the run's Provenance and
 * serialise. Then, for a whole batch, validation (in parallel: it is the costliest step) and, again
 * in read order, the check that records sharing a resource agree on it. A record failing any step
 * is written to the dead letters and reported; nothing of it is sent.
 */
final class RowPreparer {

  private final RunState run;
  private final EntityPlan plan;
  private final ExecutorService workers;
  private final KeyRegistry keys;
  private final ValidationOptions options = ValidationOptions.structural();

  RowPreparer(RunState run, EntityPlan plan, ExecutorService workers) {
    this.run = run;
    this.plan = plan;
    this.workers = workers;
    // The run's folder already holds its dead letters (original rows), so key hashes may go there.
    this.keys = new KeyRegistry(run.keysFolder());
  }

  /** The transformed record, or null if it was rejected. */
  PreparedRow prepare(SourceRecord record) {
    run.report.read(plan.name());
    RowOutput out = plan.transform(record);
    if (out.rejected()) {
      reject(out, out.issues());
      return null;
    }
    // Data the spec does not read is not rejected, but it is not loaded either: say so.
    for (String field : plan.unread(record)) {
      run.report.unread(plan.name(), field, record.origin(), record.line());
    }
    for (ProducedResource r : out.resources()) {
      if (r.plan().repeat() == Repeat.UNIQUE) {
        RowIssue duplicate = keys.unique(r, record.line(), record.origin());
        if (duplicate != null) {
          reject(out, List.of(duplicate));
          return null;
        }
      }
    }
    List<byte[]> json = new ArrayList<>(out.resources().size());
    List<byte[]> canonical = new ArrayList<>(out.resources().size());
    for (ProducedResource r : out.resources()) {
      ObjectNode resource = r.json();
      canonical.add(r.plan().repeat() == Repeat.SAME ? bytes(resource) : null);
      resource.putObject("meta").put("source", run.provenance);
      json.add(bytes(resource));
    }
    return new PreparedRow(
        out, json, canonical, new ArrayList<>(0), new Object[out.resources().size()]);
  }

  /**
   * Validates a batch (in parallel), rejects the invalid records and those disagreeing with an
   * earlier record about a shared resource, and returns the others in their order.
   */
  List<PreparedRow> validate(List<PreparedRow> rows) {
    List<Future<?>> done = new ArrayList<>(rows.size());
    for (PreparedRow row : rows) {
      done.add(workers.submit(() -> validateAndReady(row)));
    }
    for (Future<?> f : done) {
      Workers.await(f);
    }
    List<PreparedRow> ok = new ArrayList<>(rows.size());
    for (PreparedRow row : rows) {
      List<RowIssue> issues = row.issues();
      if (issues.isEmpty()) {
        RowIssue conflict = sameContent(row);
        if (conflict != null) {
          issues = List.of(conflict);
        }
      }
      if (issues.isEmpty()) {
        ok.add(row);
      } else {
        reject(row.output(), issues);
      }
    }
    return ok;
  }

  /**
   * A worker's part of a record: validation, then, for a valid record, the port's readying of the
   * resources sent as they are (merged ones are built on the submit thread, from stored versions).
   */
  private void validateAndReady(PreparedRow row) {
    if (run.settings.validate()) {
      row.issues().addAll(validate(row));
      if (!row.issues().isEmpty()) {
        return;
      }
    }
    List<ProducedResource> resources = row.output().resources();
    for (int i = 0; i < resources.size(); i++) {
      ProducedResource r = resources.get(i);
      if (!r.plan().mergesWithExisting()) {
        row.prepared()[i] = run.hub.prepare(r.type(), row.json().get(i));
      }
    }
  }

  private RowIssue sameContent(PreparedRow row) {
    SourceRecord record = row.output().record();
    List<ProducedResource> resources = row.output().resources();
    for (int i = 0; i < resources.size(); i++) {
      byte[] canonical = row.canonical().get(i);
      if (canonical != null) {
        RowIssue conflict = keys.same(resources.get(i), record.line(), record.origin(), canonical);
        if (conflict != null) {
          return conflict;
        }
      }
    }
    return null;
  }

  private List<RowIssue> validate(PreparedRow row) {
    List<RowIssue> out = new ArrayList<>(0);
    SourceRecord record = row.output().record();
    for (int i = 0; i < row.json().size(); i++) {
      ValidationReport report = run.validator.validate(row.json().get(i), options);
      if (report.isValid()) {
        continue;
      }
      for (ValidationIssue issue : report.errors()) {
        String column = plan.columnOf(record, i, issue.location());
        out.add(RowIssue.fromValidation(issue, column));
      }
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
