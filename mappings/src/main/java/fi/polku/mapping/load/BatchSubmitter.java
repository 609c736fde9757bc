package fi.polku.mapping.load;

import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.hub.EntryOutcome;
import fi.polku.mapping.hub.EntryStatus;
import fi.polku.mapping.hub.HubIssue;
import fi.polku.mapping.hub.TransactionBundles;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.transform.EntityPlan;
import fi.polku.mapping.transform.RowOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects prepared records into batches, validates each batch, and writes it as one transaction on
 * a submit thread, while the next batch is read and validated (at most a few batches are in flight,
 * so memory stays bounded). A batch that may depend on earlier ones of its entity is written after
 * them, on the first submit thread, so it sees everything they wrote. A batch that cannot (it
 * merges with no stored version, and refers to no resource of a type its entity writes, as the
 * absences of a register refer only to learners loaded before) may be written at the same time as
 * others, on the next submit thread in turn (up to {@link LoadSettings#writers()}); records sharing
 * a resource across such batches race for its creation, which the hub settles by retrying the
 * loser, which then finds the resource written. A record's resources are always in the same
 * transaction, so a record is written whole or not at all. If a transaction fails, the failing
 * records are isolated (directly when the hub's errors are located in entries of one record each,
 * otherwise by halving the batch), each is rejected with the issues of its own entries, and the
 * others are written without them: one bad record never takes the others down.
 */
final class BatchSubmitter {

  private final RunState run;
  private final EntityPlan plan;
  private final RowPreparer preparer;
  private final BundleAssembler assembler;
  private final List<PreparedRow> pending = new ArrayList<>();
  private final java.util.ArrayDeque<InFlight> inFlight = new java.util.ArrayDeque<>();
  private final java.util.concurrent.ExecutorService[] submitThreads;
  private final int writers;
  private final java.util.Set<String> ownTypes = new java.util.HashSet<>();
  private final Runnable afterBatch;
  private int nextWriter;

  /** A batch being written, and the index of the submit thread writing it. */
  private record InFlight(java.util.concurrent.Future<?> done, int writer) {}

  BatchSubmitter(
      RunState run,
      EntityPlan plan,
      RowPreparer preparer,
      java.util.concurrent.ExecutorService[] submitThreads,
      Runnable afterBatch) {
    this.run = run;
    this.plan = plan;
    this.preparer = preparer;
    this.assembler = new BundleAssembler(run);
    this.submitThreads = submitThreads;
    this.writers = Math.min(run.settings.writers(), submitThreads.length);
    this.afterBatch = afterBatch;
    for (fi.polku.mapping.transform.ResourcePlan r : plan.resourcePlans()) {
      ownTypes.add(r.type());
    }
  }

  void add(PreparedRow row) {
    pending.add(row);
    if (pending.size() >= run.settings.batchSize()) {
      dispatch();
    }
  }

  /** Sends what is pending and waits until every batch is written. */
  void finish() {
    dispatch();
    while (!inFlight.isEmpty()) {
      Workers.await(inFlight.removeFirst().done());
    }
  }

  private void dispatch() {
    if (pending.isEmpty()) {
      return;
    }
    List<PreparedRow> batch = preparer.validate(new ArrayList<>(pending));
    pending.clear();
    boolean independent = writers > 1 && independent(batch);
    int writer = independent ? nextWriter++ % writers : 0;
    if (!independent) {
      // Those on the first thread are written before this one anyway; the others may not be.
      java.util.Iterator<InFlight> it = inFlight.iterator();
      while (it.hasNext()) {
        InFlight f = it.next();
        if (f.writer() != 0) {
          Workers.await(f.done());
          it.remove();
        }
      }
    }
    int limit = independent ? writers + 1 : 2;
    while (inFlight.size() >= limit) {
      Workers.await(inFlight.removeFirst().done());
    }
    inFlight.addLast(
        new InFlight(
            submitThreads[writer].submit(
                () -> {
                  submit(checked(batch));
                  afterBatch.run();
                }),
            writer));
  }

  /**
   * Whether {@code rows} can be written at the same time as other batches of the entity: none of
   * their resources is merged with a stored version (the merge reads what another batch may be
   * rewriting), and none refers to a resource of a type the entity writes (it may be in a batch not
   * written yet).
   */
  private boolean independent(List<PreparedRow> rows) {
    for (PreparedRow row : rows) {
      for (fi.polku.mapping.transform.ProducedResource r : row.output().resources()) {
        if (r.plan().mergesWithExisting()) {
          return false;
        }
        for (fi.polku.mapping.transform.ProducedResource.Ref ref : r.references()) {
          String condition = ref.condition();
          int end = condition == null ? -1 : condition.indexOf('?');
          if (end < 0 || ownTypes.contains(condition.substring(0, end))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Runs reference-data checks; records failing them are rejected before anything is sent. */
  private List<PreparedRow> checked(List<PreparedRow> rows) {
    List<PreparedRow> ok = new ArrayList<>(rows.size());
    for (PreparedRow row : rows) {
      RowIssue problem = null;
      for (RowOutput.PendingCheck c : row.output().checks()) {
        if (run.organisations.partOf(c.unit(), c.organisation())
            == OrganisationDirectory.Verdict.OUTSIDE) {
          problem =
              RowIssue.of(
                  MappingCodes.NOT_PART_OF,
                  c.column(),
                  Map.of("unit", c.unit(), "organisation", c.organisation()));
          break;
        }
      }
      if (problem == null) {
        ok.add(row);
      } else {
        preparer.reject(row.output(), List.of(problem));
      }
    }
    return ok;
  }

  private void submit(List<PreparedRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Bundle bundle = assembler.assemble(rows);
    if (bundle.entries.isEmpty()) {
      committed(bundle, List.of()); // every resource is stored as it is: nothing to write
      return;
    }
    TransactionResult result = run.hub.transaction(bundle.entries);
    if (result.committed()) {
      committed(bundle, result.entries());
      return;
    }
    if (rows.size() == 1) {
      PreparedRow row = rows.get(0);
      preparer.reject(
          row.output(),
          HubIssues.explain(row.output(), plan, ownIssues(bundle, 0, result), run.rejected));
      return;
    }
    List<Integer> bad = failingRows(bundle, result);
    if (!bad.isEmpty()) {
      for (int r : bad) {
        PreparedRow row = rows.get(r);
        preparer.reject(
            row.output(),
            HubIssues.explain(row.output(), plan, ownIssues(bundle, r, result), run.rejected));
      }
      List<PreparedRow> rest = new ArrayList<>(rows.size() - bad.size());
      for (int r = 0; r < rows.size(); r++) {
        if (!bad.contains(r)) {
          rest.add(rows.get(r));
        }
      }
      submit(rest);
      return;
    }
    int half = rows.size() / 2;
    submit(new ArrayList<>(rows.subList(0, half)));
    submit(new ArrayList<>(rows.subList(half, rows.size())));
  }

  /**
   * The records to reject for a failed transaction: the owners of the entries the hub's errors are
   * located in, when each such entry belongs to one record. Empty when the hub named no entry, or
   * an erring entry is shared (a merged learner): then the batch is halved to find the culprit. The
   * hub reports the findings of every entry (warnings too), so only errors count, and a record is
   * blamed only for errors in its own entries.
   */
  private static List<Integer> failingRows(Bundle bundle, TransactionResult result) {
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (HubIssue i : result.issues()) {
      int entry = TransactionBundles.entryOf(i);
      if (!i.isError() || entry < 0) {
        continue;
      }
      if (entry >= bundle.entries.size()) {
        return List.of();
      }
      List<Integer> owners = bundle.owners(entry);
      if (owners.size() != 1) {
        return List.of();
      }
      out.add(owners.get(0));
    }
    if (out.isEmpty()
        && result.failedEntry() >= 0
        && result.failedEntry() < bundle.entries.size()) {
      // A hub that names the failed entry without locating its issues (a port's own refusal).
      List<Integer> owners = bundle.owners(result.failedEntry());
      if (owners.size() == 1) {
        out.add(owners.get(0));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The issues of record {@code r}: those located in its entries. The issues located nowhere (the
   * hub's summary of the refusal) are kept only when none of its own is an error, so that the
   * record is never rejected without a reason.
   */
  private static List<HubIssue> ownIssues(Bundle bundle, int r, TransactionResult result) {
    java.util.Set<Integer> own = new java.util.HashSet<>();
    for (int e : bundle.rowEntries.get(r)) {
      own.add(e);
    }
    List<HubIssue> located = new ArrayList<>();
    List<HubIssue> nowhere = new ArrayList<>();
    for (HubIssue i : result.issues()) {
      int entry = TransactionBundles.entryOf(i);
      if (entry < 0) {
        nowhere.add(i);
      } else if (own.contains(entry)) {
        located.add(i);
      }
    }
    if (located.stream().noneMatch(HubIssue::isError)) {
      located.addAll(nowhere);
    }
    return located;
  }

  private void committed(Bundle bundle, List<EntryOutcome> outcomes) {
    for (int e = 0; e < bundle.entries.size(); e++) {
      EntryStatus s = e < outcomes.size() ? outcomes.get(e).status() : EntryStatus.UPDATED;
      run.report.resource(bundle.types.get(e), s);
    }
    for (Bundle.Skipped s : bundle.skipped) {
      // Counted once per run: not again when this run wrote it or found it unchanged before.
      if (!s.writtenByRun() && run.firstSeenUnchanged(s.type(), s.id())) {
        run.report.resource(s.type(), EntryStatus.UNCHANGED);
      }
    }
    for (int r = 0; r < bundle.rows.size(); r++) {
      EntryStatus strongest = EntryStatus.UNCHANGED;
      for (int e : bundle.rowEntries.get(r)) {
        if (e < 0) {
          continue; // a resource stored as it is
        }
        EntryStatus s = e < outcomes.size() ? outcomes.get(e).status() : EntryStatus.UPDATED;
        if (s == EntryStatus.CREATED
            || (s == EntryStatus.UPDATED && strongest == EntryStatus.UNCHANGED)) {
          strongest = s;
        }
      }
      run.report.row(plan.name(), strongest);
    }
  }
}
