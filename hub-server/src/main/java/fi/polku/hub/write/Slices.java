package fi.polku.hub.write;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Spreads per-item work of one write over the cores. A write runs on its request's thread, and a
 * Bundle's resources are encoded and validated one by one, each on its own; so the items are cut
 * into contiguous chunks, up to {@link #CHUNKS_PER_CORE} per core, and the calling thread and pool
 * threads take the next chunk nobody has taken until none is left. The calling thread always does
 * the first chunk, and the rest when the pool is busy (with other writes' chunks, or waiting for a
 * connection this write holds).
 *
 * <p>Several chunks per core rather than one slice each: a pool thread that shares its core with
 * other work (the search index writer, the collector) or starts late would otherwise leave the
 * calling thread, which the whole write waits for, idle until its half is done; now it costs at
 * most one chunk of waiting.
 *
 * <p>Failures come out as they would in order: the caller joins the chunks first to last, and a
 * chunk stops at its first failing item, so the exception thrown is that of the earliest failing
 * item. After a failure no thread starts another chunk.
 */
public final class Slices {

  /** Chunks per core: enough to even out a slow thread, few enough to keep per-chunk costs low. */
  static final int CHUNKS_PER_CORE = 4;

  /**
   * Fewest items a chunk beyond one per thread is cut to: a validation chunk fetches the records
   * its resources refer to in a few queries of its own, so small Bundles keep one chunk per thread.
   */
  static final int MIN_PER_CHUNK = 32;

  private final ExecutorService pool;
  private final int maxSlices;

  /**
   * Slices over {@code pool}.
   *
   * @param maxSlices threads that may work on one call at once, the caller included (the number of
   *     cores); 1 does everything on the caller
   */
  public Slices(ExecutorService pool, int maxSlices) {
    this.pool = pool;
    this.maxSlices = Math.max(1, maxSlices);
  }

  /**
   * The results of {@code work} over {@code items}, in order.
   *
   * @param minPerSlice fewer items than this per chunk are not worth a hand-over
   * @param onCaller does one chunk on the calling thread
   * @param onPool does one chunk on a pool thread (e.g. in a transaction of its own)
   */
  public <T, R> List<R> map(
      List<T> items,
      int minPerSlice,
      Function<List<T>, List<R>> onCaller,
      Function<List<T>, List<R>> onPool) {
    int most = items.size() / Math.max(1, minPerSlice);
    int threads = Math.min(maxSlices, most);
    if (threads <= 1) {
      return onCaller.apply(items);
    }
    int count =
        Math.max(
            threads,
            Math.min(
                threads * CHUNKS_PER_CORE, items.size() / Math.max(minPerSlice, MIN_PER_CHUNK)));
    Chunks<T, R> chunks = new Chunks<>(items, count);
    for (int t = 1; t < threads; t++) {
      pool.submit(() -> chunks.work(onPool));
    }
    @SuppressWarnings("unchecked")
    R[] out = (R[]) new Object[items.size()];
    // Claims start at the second chunk: the caller does the first whatever the pool does.
    for (int i = 0; i >= 0; i = chunks.claim()) {
      if (!chunks.run(i, onCaller)) {
        break;
      }
    }
    for (int i = 0; i < chunks.count; i++) {
      List<R> results = join(chunks.results[i], chunks);
      for (int k = 0; k < results.size(); k++) {
        out[chunks.from(i) + k] = results.get(k);
      }
    }
    return Arrays.asList(out);
  }

  /** The chunks of one call and their results, each done by whoever claims it first. */
  private static final class Chunks<T, R> {
    final List<T> items;
    final int count;
    final CompletableFuture<List<R>>[] results;

    /** The next chunk to claim; the first is the caller's. At {@link #count} or more: none left. */
    final AtomicInteger next = new AtomicInteger(1);

    @SuppressWarnings("unchecked")
    Chunks(List<T> items, int count) {
      this.items = items;
      this.count = count;
      this.results = new CompletableFuture[count];
      for (int i = 0; i < count; i++) {
        results[i] = new CompletableFuture<>();
      }
    }

    /** The first item of chunk {@code i}; chunks differ in size by one item at most. */
    int from(int i) {
      return (int) ((long) items.size() * i / count);
    }

    /** An unclaimed chunk, now claimed, or -1 when none is left. */
    int claim() {
      int i = next.getAndIncrement();
      return i < count ? i : -1;
    }

    /** No chunk is started any more: a failure decides the call. */
    void stop() {
      next.set(count);
    }

    /** Does chunk {@code i}; false when it failed (and all work stops). */
    boolean run(int i, Function<List<T>, List<R>> work) {
      try {
        results[i].complete(work.apply(items.subList(from(i), from(i + 1))));
        return true;
      } catch (RuntimeException | Error e) {
        results[i].completeExceptionally(e);
        stop();
        return false;
      }
    }

    /** A pool thread's share: chunks until none is left or one failed. */
    void work(Function<List<T>, List<R>> work) {
      for (int i = claim(); i >= 0; i = claim()) {
        if (!run(i, work)) {
          return;
        }
      }
    }
  }

  /**
   * The results of a chunk, waiting for the thread doing it; its failure is rethrown as it was
   * thrown. Every chunk before a failed one has been claimed, so joining in order never waits for a
   * chunk nobody does.
   */
  private static <R> List<R> join(CompletableFuture<List<R>> f, Chunks<?, R> chunks) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      chunks.stop();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a slice of a write", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("A slice of a write failed", e.getCause());
    }
  }
}
