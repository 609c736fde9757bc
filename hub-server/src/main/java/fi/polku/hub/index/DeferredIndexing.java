package fi.polku.hub.index;

import fi.polku.hub.store.ResourceEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * When index changes become searchable. A writing thread does not wait for the index: the index
 * threads apply a transaction's changes while the writer goes on (with the next request, or the
 * next Bundle of a load), and {@link #awaitVisible} — called before every search and at the end of
 * a load run — waits for the changes of every transaction committed before it and refreshes the
 * index once. So a search sees every write that was answered before the search began, as if each
 * write had waited, without a writer spending a tenth to a sixth of its time waiting for the index
 * threads. At most {@code maxPending} transactions' changes are outstanding; a writer then waits
 * for the oldest, so the index lags little and memory stays bounded.
 *
 * <p>Nothing is lost for good if the process dies meanwhile: start-up re-indexes what the crashed
 * run wrote ({@link IndexMaintenance}), as it does for changes applied but not yet committed.
 * Database reads (conditional references, stored versions, business rules) do not use the index.
 *
 * <p>Thread-safe: one instance serves all writers and searchers of a hub.
 */
public final class DeferredIndexing implements IndexingPlanSynchronizationStrategy {

  private final EntityManager transactional;
  private final Runnable refresh;
  private final int maxPending;

  /** Changes of committed transactions, oldest first; an entry leaves once applied. */
  private final Deque<Pending> pending = new ArrayDeque<>();

  /** Number of transactions tracked so far; guarded by {@link #pending}. */
  private long tracked;

  /** All transactions up to this number are searchable; guarded by {@link #pending}. */
  private long visible;

  private record Pending(
      long number, CompletableFuture<? extends SearchIndexingPlanExecutionReport> applied) {}

  /**
   * Deferred indexing for the index of {@code emf}.
   *
   * @param transactional the shared entity manager, bound to the current transaction
   * @param maxPending most transactions whose index changes may be outstanding
   */
  public DeferredIndexing(EntityManagerFactory emf, EntityManager transactional, int maxPending) {
    this(
        transactional,
        () -> Search.mapping(emf).scope(ResourceEntity.class).workspace().refresh(),
        maxPending);
  }

  /** As the public constructor, with {@code refresh} making applied changes searchable. */
  DeferredIndexing(EntityManager transactional, Runnable refresh, int maxPending) {
    if (maxPending < 1) {
      throw new IllegalArgumentException("maxPending must be positive: " + maxPending);
    }
    this.transactional = transactional;
    this.refresh = refresh;
    this.maxPending = maxPending;
  }

  /** Uses this strategy for the current transaction's index changes; call before it flushes. */
  public void applyToCurrentTransaction() {
    Search.session(transactional).indexingPlanSynchronizationStrategy(this);
  }

  @Override
  public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
    context.documentCommitStrategy(DocumentCommitStrategy.NONE);
    context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
    context.indexingFutureHandler(this::track);
  }

  /** Runs when a transaction has committed, before its writer answers. */
  private void track(CompletableFuture<? extends SearchIndexingPlanExecutionReport> applied) {
    Pending oldest;
    synchronized (pending) {
      pending.addLast(new Pending(++tracked, applied));
      dropApplied();
      oldest = pending.size() > maxPending ? pending.peekFirst() : null;
    }
    if (oldest != null) {
      try {
        check(oldest.applied());
      } finally {
        synchronized (pending) {
          // A failure is reported once: to this writer, or to a search that saw it first.
          pending.remove(oldest);
          dropApplied();
        }
      }
    }
  }

  /** Removes the applied entries at the head; a failed one stays until a waiter has seen it. */
  private void dropApplied() {
    while (!pending.isEmpty() && succeeded(pending.peekFirst().applied())) {
      pending.removeFirst();
    }
  }

  private static boolean succeeded(
      CompletableFuture<? extends SearchIndexingPlanExecutionReport> f) {
    return f.isDone() && !f.isCompletedExceptionally() && f.join().throwable().isEmpty();
  }

  /** How many transactions' index changes are outstanding (not yet applied). */
  public int pending() {
    synchronized (pending) {
      dropApplied();
      return pending.size();
    }
  }

  /**
   * Waits until the index changes of every transaction committed so far under this strategy are
   * applied, then refreshes the index unless that has been done since, so that searches from now on
   * see them. Cheap when nothing was written since the last call.
   *
   * @throws IllegalStateException if the index failed to take some of them
   */
  public void awaitVisible() {
    long target;
    List<Pending> waitFor;
    synchronized (pending) {
      target = tracked;
      if (visible >= target) {
        return;
      }
      waitFor = new ArrayList<>(pending);
    }
    try {
      for (Pending p : waitFor) {
        check(p.applied());
      }
    } finally {
      synchronized (pending) {
        // Failed entries are reported once, to the waiters that saw them.
        pending.removeIf(p -> p.number() <= target && p.applied().isDone());
      }
    }
    refresh.run();
    synchronized (pending) {
      visible = Math.max(visible, target);
    }
  }

  private static void check(CompletableFuture<? extends SearchIndexingPlanExecutionReport> f) {
    SearchIndexingPlanExecutionReport report;
    try {
      report = f.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("The search index failed to take written resources", e);
    }
    report
        .throwable()
        .ifPresent(
            t -> {
              throw new IllegalStateException(
                  "The search index failed to take "
                      + report.failingEntities().size()
                      + " written resources",
                  t);
            });
  }
}
