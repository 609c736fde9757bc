package fi.polku.hub.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Spreads per-item work of one write over the cores. A write runs on its request's thread, and a
 * Bundle's resources are encoded and validated one by one, each on its own; so the items are cut
 * into contiguous slices, one per core. The calling thread does the first slice, pool threads the
 * others; a slice no pool thread has taken by the time the caller gets to it is done by the caller
 * (the pool may be busy with other writes' slices, or waiting for a connection this write holds).
 *
 * <p>Failures come out as they would in order: the caller joins the slices first to last, and a
 * slice stops at its first failing item, so the exception thrown is that of the earliest failing
 * item.
 */
public final class Slices {

  private final ExecutorService pool;
  private final int maxSlices;

  /**
   * Slices over {@code pool}.
   *
   * @param maxSlices most slices per call (the number of cores); 1 does everything on the caller
   */
  public Slices(ExecutorService pool, int maxSlices) {
    this.pool = pool;
    this.maxSlices = Math.max(1, maxSlices);
  }

  /**
   * The results of {@code work} over {@code items}, in order.
   *
   * @param minPerSlice fewer items than this per slice are not worth a hand-over
   * @param onCaller does one slice on the calling thread
   * @param onPool does one slice on a pool thread (e.g. in a transaction of its own)
   */
  public <T, R> List<R> map(
      List<T> items,
      int minPerSlice,
      Function<List<T>, List<R>> onCaller,
      Function<List<T>, List<R>> onPool) {
    int n = Math.min(maxSlices, items.size() / Math.max(1, minPerSlice));
    if (n <= 1) {
      return onCaller.apply(items);
    }
    int size = (items.size() + n - 1) / n;
    List<Slice<T, R>> others = new ArrayList<>();
    for (int from = size; from < items.size(); from += size) {
      Slice<T, R> slice =
          new Slice<>(from, items.subList(from, Math.min(items.size(), from + size)));
      slice.future = pool.submit(() -> slice.claim() ? onPool.apply(slice.items) : null);
      others.add(slice);
    }
    @SuppressWarnings("unchecked")
    R[] out = (R[]) new Object[items.size()];
    try {
      copy(onCaller.apply(items.subList(0, size)), out, 0);
      for (Slice<T, R> slice : others) {
        copy(slice.claim() ? onCaller.apply(slice.items) : join(slice.future), out, slice.from);
      }
    } catch (RuntimeException | Error e) {
      // The write fails: slices not started yet need not run at all.
      others.forEach(Slice::claim);
      throw e;
    }
    return Arrays.asList(out);
  }

  /** A part of the items, done by whoever claims it first. */
  private static final class Slice<T, R> {
    final int from;
    final List<T> items;
    final AtomicBoolean claimed = new AtomicBoolean();
    Future<List<R>> future;

    Slice(int from, List<T> items) {
      this.from = from;
      this.items = items;
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }
  }

  private static <R> void copy(List<R> results, R[] out, int from) {
    for (int i = 0; i < results.size(); i++) {
      out[from + i] = results.get(i);
    }
  }

  private static <R> List<R> join(Future<List<R>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
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
