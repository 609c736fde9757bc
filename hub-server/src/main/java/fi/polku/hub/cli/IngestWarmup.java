package fi.polku.hub.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The automatic warm-up of {@code bench ingest}: hands out Bundles until the JIT compiler has
 * settled, the limit is reached or the generator's identity codes run out, with a progress line
 * every few seconds.
 *
 * <p>When the compiler first settles, the search index's segments are merged once and the warm-up
 * goes on until the compiler settles again. The embedded index merges segments in the background
 * once enough have accumulated; the first merges of a run compile the merge code, and when they
 * fell into the measured phase rather than the warm-up, their compilation did too (0.8–7 s of
 * compiler time in runs of some 5 s). After a merge of its own the warm-up has compiled that code,
 * and the merges of the measured phase, if any, cost only their own work.
 *
 * <p>Called by concurrent clients; {@link #get} is synchronised, so the merge holds them all.
 */
final class IngestWarmup implements Supplier<IngestData.Batch> {

  private static final long PROGRESS_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private final IngestData generator;
  private final int bundle;
  private final JitSettling jit;
  private final LongSupplier mergeIndex;
  private long handedOut;
  private long lastProgress = System.nanoTime();
  private boolean exhausted;
  private long mergedAfterSeconds = -1;

  /**
   * A warm-up over {@code generator}'s Bundles of {@code bundle} resources.
   *
   * @param out where progress lines go
   * @param jit tells when the compiler has settled
   * @param mergeIndex merges the search index's segments, answers how many milliseconds it took
   */
  IngestWarmup(
      PrintWriter out, IngestData generator, int bundle, JitSettling jit, LongSupplier mergeIndex) {
    this.out = out;
    this.generator = generator;
    this.bundle = bundle;
    this.jit = jit;
    this.mergeIndex = mergeIndex;
  }

  @Override
  public synchronized IngestData.Batch get() {
    if (!jit.keepWarming() && !mergedOnce()) {
      return null;
    }
    if (!generator.canMake(bundle)) {
      exhausted = true;
      return null;
    }
    if (System.nanoTime() - lastProgress >= PROGRESS_NANOS) {
      lastProgress = System.nanoTime();
      out.printf(Locale.ROOT, "warm-up: resources=%d %s%n", handedOut, jit.status());
      out.flush();
    }
    IngestData.Batch batch = generator.next(bundle);
    handedOut += batch.resources().size();
    return batch;
  }

  /**
   * At the compiler's first settling: merges the index and starts watching the compiler anew; true
   * if it did (the warm-up goes on), false if the warm-up is over.
   */
  private boolean mergedOnce() {
    if (mergedAfterSeconds >= 0 || !jit.settled()) {
      return false;
    }
    mergedAfterSeconds = jit.elapsed().toSeconds();
    out.printf(
        Locale.ROOT,
        "warm-up: resources=%d %s: settled; merging the search index's segments, then warming up"
            + " until the compiler settles again%n",
        handedOut,
        jit.status());
    out.flush();
    long millis = mergeIndex.getAsLong();
    out.printf(Locale.ROOT, "warm-up: index segments merged in %d ms%n", millis);
    out.flush();
    jit.rewatch();
    return true;
  }

  /** How the warm-up ended, for the line printed before the results. */
  synchronized String outcome() {
    String merged =
        mergedAfterSeconds >= 0 ? "index merged after " + mergedAfterSeconds + "s; " : "";
    return exhausted
        ? "stopped: the generator's identity codes ran out; " + merged + jit.outcome()
        : merged + jit.outcome();
  }
}
