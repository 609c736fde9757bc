package fi.polku.hub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.junit.jupiter.api.Test;

class DeferredIndexingTest {

  private final AtomicInteger refreshes = new AtomicInteger();

  /** A strategy with at most {@code maxPending} outstanding, applied to {@code context}. */
  private DeferredIndexing applied(Context context, int maxPending) {
    DeferredIndexing indexing = new DeferredIndexing(null, refreshes::incrementAndGet, maxPending);
    indexing.apply(context);
    return indexing;
  }

  @Test
  void transactionsNeitherCommitNorRefreshTheIndexNorWaitForIt() {
    Context context = new Context();
    new DeferredIndexing(null, refreshes::incrementAndGet, 4).apply(context);

    assertThat(context.commit).isEqualTo(DocumentCommitStrategy.NONE);
    assertThat(context.refresh).isEqualTo(DocumentRefreshStrategy.NONE);
    CompletableFuture<SearchIndexingPlanExecutionReport> unfinished = new CompletableFuture<>();
    context.handler.accept(unfinished);
    assertThat(unfinished).isNotDone();
  }

  @Test
  void beyondTheLimitTheWriterWaitsForTheOldestTransaction() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 2);
    List<CompletableFuture<SearchIndexingPlanExecutionReport>> applied = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      applied.add(new CompletableFuture<>());
    }
    context.handler.accept(applied.get(0));
    context.handler.accept(applied.get(1));
    assertThat(indexing.pending()).isEqualTo(2);

    CompletableFuture<Void> third =
        CompletableFuture.runAsync(() -> context.handler.accept(applied.get(2)));
    // The writer of the third is waiting on the first (a join registers a dependent).
    await().atMost(Duration.ofSeconds(10)).until(() -> applied.get(0).getNumberOfDependents() > 0);
    assertThat(third).isNotDone();
    applied.get(0).complete(succeeded());

    await().atMost(Duration.ofSeconds(10)).until(third::isDone);
    assertThat(indexing.pending()).isEqualTo(2);
  }

  @Test
  void awaitVisibleWaitsForEveryTransactionThenRefreshesOnce() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 8);
    CompletableFuture<SearchIndexingPlanExecutionReport> first = new CompletableFuture<>();
    CompletableFuture<SearchIndexingPlanExecutionReport> second = new CompletableFuture<>();
    context.handler.accept(first);
    context.handler.accept(second);

    CompletableFuture<Void> waiting = CompletableFuture.runAsync(indexing::awaitVisible);
    first.complete(succeeded());
    assertThat(refreshes).hasValue(0);
    second.complete(succeeded());

    await().atMost(Duration.ofSeconds(10)).until(waiting::isDone);
    assertThat(waiting).isCompleted();
    assertThat(refreshes).hasValue(1);
    assertThat(indexing.pending()).isZero();
  }

  @Test
  void anIndexFailureIsReportedWithItsCause() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 8);
    IllegalStateException diskFull = new IllegalStateException("disk full");
    context.handler.accept(CompletableFuture.completedFuture(failed(diskFull)));

    assertThatThrownBy(indexing::awaitVisible)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("search index failed")
        .hasCause(diskFull);
  }

  @Test
  void aFailedApplicationIsReportedWithItsCause() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 8);
    context.handler.accept(CompletableFuture.failedFuture(new IllegalStateException("closed")));

    assertThatThrownBy(indexing::awaitVisible)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("search index failed")
        .hasRootCauseMessage("closed");
  }

  @Test
  void aSearchAfterNothingNewNeitherWaitsNorRefreshes() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 8);
    indexing.awaitVisible();
    assertThat(refreshes).hasValue(0);

    context.handler.accept(CompletableFuture.completedFuture(succeeded()));
    indexing.awaitVisible();
    indexing.awaitVisible();

    assertThat(refreshes).hasValue(1);
  }

  @Test
  void aSearchWaitsAlsoForTheTransactionAWriterIsWaitingOn() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 1);
    CompletableFuture<SearchIndexingPlanExecutionReport> first = new CompletableFuture<>();
    CompletableFuture<SearchIndexingPlanExecutionReport> second = new CompletableFuture<>();
    context.handler.accept(first);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(() -> context.handler.accept(second));
    await().atMost(Duration.ofSeconds(10)).until(() -> first.getNumberOfDependents() > 0);

    CompletableFuture<Void> search = CompletableFuture.runAsync(indexing::awaitVisible);
    second.complete(succeeded());
    // The search must not refresh before the first transaction's changes are applied.
    await().atMost(Duration.ofSeconds(10)).until(() -> first.getNumberOfDependents() > 1);
    assertThat(search).isNotDone();
    assertThat(refreshes).hasValue(0);
    first.complete(succeeded());

    await().atMost(Duration.ofSeconds(10)).until(() -> search.isDone() && writer.isDone());
    assertThat(search).isCompleted();
    assertThat(refreshes).hasValue(1);
    assertThat(indexing.pending()).isZero();
  }

  @Test
  void aFailureIsReportedOnceThenSearchesGoOn() {
    Context context = new Context();
    DeferredIndexing indexing = applied(context, 8);
    context.handler.accept(
        CompletableFuture.completedFuture(failed(new IllegalStateException("disk full"))));

    assertThatThrownBy(indexing::awaitVisible).isInstanceOf(IllegalStateException.class);
    indexing.awaitVisible();

    assertThat(refreshes).hasValue(1);
    assertThat(indexing.pending()).isZero();
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new DeferredIndexing(null, refreshes::incrementAndGet, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SearchIndexingPlanExecutionReport succeeded() {
    return report(Optional.empty());
  }

  private static SearchIndexingPlanExecutionReport failed(Throwable t) {
    return report(Optional.of(t));
  }

  private static SearchIndexingPlanExecutionReport report(Optional<Throwable> throwable) {
    return new SearchIndexingPlanExecutionReport() {
      @Override
      public Optional<Throwable> throwable() {
        return throwable;
      }

      @Override
      public List<? extends EntityReference> failingEntities() {
        return List.of();
      }
    };
  }

  /** Records what a strategy sets, as Hibernate Search's context would apply it. */
  private static final class Context
      implements IndexingPlanSynchronizationStrategyConfigurationContext {
    DocumentCommitStrategy commit;
    DocumentRefreshStrategy refresh;
    Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler;

    @Override
    public void documentCommitStrategy(DocumentCommitStrategy strategy) {
      commit = strategy;
    }

    @Override
    public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
      refresh = strategy;
    }

    @Override
    public void indexingFutureHandler(
        Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> h) {
      handler = h;
    }

    @Override
    public FailureHandler failureHandler() {
      return null;
    }

    @Override
    public void operationSubmitter(OperationSubmitter submitter) {}
  }
}
