package fi.polku.hub.index;

import fi.polku.hub.store.ResourceEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * Index visibility for bulk writes (a load run's transactions). The REST API answers a write once
 * its index changes are searchable: the writing thread waits, per transaction, for the index
 * threads to apply the changes and refresh the index, which is a sixth of a load's writing time.
 * Under this strategy a transaction's index changes are applied by the index threads while the
 * writer goes on with the next transaction, and {@link #awaitVisible} waits for all of them and
 * refreshes the index once, at the end of the run. At most {@code maxPending} transactions' changes
 * are outstanding; the writer then waits for the oldest, so the index lags little and memory stays
 * bounded.
 *
 * <p>Nothing is lost for good if the process dies meanwhile: start-up re-indexes what the crashed
 * run wrote ({@link IndexMaintenance}), as it does for changes applied but not yet committed.
 * Database reads (conditional references, stored versions, business rules) do not use the index.
 */
public final class DeferredIndexing implements IndexingPlanSynchronizationStrategy {

  private final EntityManager transactional;
  private final Runnable refresh;
  private final int maxPending;
  private final Deque<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending =
      new ArrayDeque<>();

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

  private void track(CompletableFuture<? extends SearchIndexingPlanExecutionReport> applied) {
    CompletableFuture<? extends SearchIndexingPlanExecutionReport> oldest = null;
    synchronized (pending) {
      pending.addLast(applied);
      if (pending.size() > maxPending) {
        oldest = pending.removeFirst();
      }
    }
    if (oldest != null) {
      check(oldest);
    }
  }

  /** How many transactions' index changes are outstanding. */
  public int pending() {
    synchronized (pending) {
      return pending.size();
    }
  }

  /**
   * Waits until the index changes of every transaction written under this strategy are applied,
   * then refreshes the index, so that searches from now on see them.
   *
   * @throws IllegalStateException if the index failed to take some of them
   */
  public void awaitVisible() {
    while (true) {
      CompletableFuture<? extends SearchIndexingPlanExecutionReport> next;
      synchronized (pending) {
        next = pending.pollFirst();
      }
      if (next == null) {
        break;
      }
      check(next);
    }
    refresh.run();
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
