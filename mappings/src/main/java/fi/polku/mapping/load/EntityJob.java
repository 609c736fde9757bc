package fi.polku.mapping.load;

import fi.polku.mapping.source.SourceReader;
import fi.polku.mapping.source.SourceRecord;
import fi.polku.mapping.transform.EntityPlan;
import java.util.Iterator;

/**
 * The loading of one entity, driven record by record by the Camel route: each record is prepared
 * (transformed, checked, validated) and handed to the batch submitter; at the end the last batch is
 * written and the inputs are recorded.
 */
final class EntityJob {

  private final RunState run;
  private final EntityPlan plan;
  private final SourceReader reader;
  private final RowPreparer preparer;
  private final BatchSubmitter submitter;
  private long lastProgress;

  /** When the first record of this entity arrived (ms), -1 before: the ETA's own clock. */
  private volatile long firstRecordAt = -1;

  EntityJob(
      RunState run,
      EntityPlan plan,
      SourceReader reader,
      java.util.concurrent.ExecutorService workers,
      java.util.concurrent.ExecutorService[] submitThreads) {
    this.run = run;
    this.plan = plan;
    this.reader = reader;
    this.preparer = new RowPreparer(run, plan, workers);
    this.submitter = new BatchSubmitter(run, plan, preparer, submitThreads, this::progress);
    run.report.entity(plan.name());
  }

  Iterator<SourceRecord> records() {
    return reader.records();
  }

  @SuppressWarnings("unchecked")
  void accept(Object body) {
    if (firstRecordAt < 0) {
      firstRecordAt = System.currentTimeMillis();
    }
    SourceRecord record =
        body instanceof SourceRecord r
            ? r
            : ((fi.polku.mapping.source.SqlSourceReader) reader)
                .toRecord((java.util.Map<String, Object>) body);
    PreparedRow row = preparer.prepare(record);
    if (row != null) {
      submitter.add(row);
    } else if (run.report.rejectedCount() % 100 == 1) {
      progress();
    }
  }

  void finish() {
    submitter.finish();
    preparer.finish();
    run.report.inputs(reader.inputs());
    lastProgress = 0;
    progress();
  }

  SourceReader reader() {
    return reader;
  }

  private synchronized void progress() {
    long now = System.currentTimeMillis();
    if (now - lastProgress < run.settings.progressMillis()) {
      return;
    }
    lastProgress = now;
    long elapsed = Math.max(1, now - run.started.toEpochMilli());
    long read = run.report.readCount();
    double rate = read * 1000.0 / elapsed;
    long position = reader.position();
    long total = reader.total();
    long since = firstRecordAt < 0 ? 0 : now - firstRecordAt;
    long eta = Progress.etaSeconds(since, position, total);
    run.progress.progress(
        new Progress(
            plan.name(),
            read,
            run.report.writtenCount(),
            run.report.rejectedCount(),
            position,
            total,
            elapsed,
            rate,
            eta));
  }
}
