package fi.polku.hub.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent benchmark clients: each takes work from one shared source until it runs dry, so the
 * clients together do exactly the source's work. The first failure stops the others.
 */
final class BenchClients {

  /** What a client does with one piece of work. */
  interface Step<T> {
    void apply(int client, T work) throws Exception;
  }

  private BenchClients() {}

  /**
   * Runs {@code count} clients (numbered 0 to count - 1) over {@code source} (null when it is dry;
   * called concurrently) and returns when all are done.
   *
   * @throws IllegalStateException with the first client's failure as the cause
   */
  static <T> void drain(int count, Supplier<T> source, Step<T> step) throws InterruptedException {
    if (count == 1) {
      // One client: on the calling thread, as the benchmark ran before it had clients.
      run(0, source, step, new AtomicBoolean());
      return;
    }
    AtomicBoolean failed = new AtomicBoolean();
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            count, r -> new Thread(r, "bench-client-" + names.incrementAndGet()));
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int client = i;
        clients.add(pool.submit(() -> run(client, source, step, failed)));
      }
      IllegalStateException failure = null;
      for (Future<?> f : clients) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = new IllegalStateException("A benchmark client failed", e.getCause());
          } else {
            failure.addSuppressed(e.getCause());
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> void run(int client, Supplier<T> source, Step<T> step, AtomicBoolean failed) {
    try {
      for (T work; !failed.get() && (work = source.get()) != null; ) {
        step.apply(client, work);
      }
    } catch (RuntimeException e) {
      failed.set(true);
      throw e;
    } catch (Exception e) {
      failed.set(true);
      throw new IllegalStateException("Benchmark client " + client + " failed", e);
    }
  }
}
