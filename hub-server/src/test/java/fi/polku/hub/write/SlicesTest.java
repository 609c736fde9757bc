package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlicesTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private static List<Integer> numbers(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  /** Squares each item, recording the threads that did the work. */
  private static Function<List<Integer>, List<Integer>> squares(Set<String> threads) {
    return slice -> {
      threads.add(Thread.currentThread().getName());
      List<Integer> out = new ArrayList<>();
      for (int i : slice) {
        out.add(i * i);
      }
      return out;
    };
  }

  @Test
  void resultsComeBackInTheOrderOfTheItems() {
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<Integer> out =
        new Slices(pool, 4).map(numbers(103), 8, squares(threads), squares(threads));

    assertThat(out).containsExactlyElementsOf(numbers(103).stream().map(i -> i * i).toList());
  }

  @Test
  void fewItemsStayOnTheCallingThread() {
    Set<String> threads = ConcurrentHashMap.newKeySet();

    new Slices(pool, 4).map(numbers(15), 8, squares(threads), squares(threads));

    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aSliceThePoolHasNotTakenIsDoneByTheCaller() throws InterruptedException {
    ExecutorService busy = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try {
      busy.submit(
          () -> {
            release.await();
            return null;
          });
      Set<String> threads = ConcurrentHashMap.newKeySet();

      List<Integer> out =
          new Slices(busy, 2).map(numbers(40), 8, squares(threads), squares(threads));

      assertThat(out).hasSize(40).endsWith(39 * 39);
      assertThat(threads).containsExactly(Thread.currentThread().getName());
    } finally {
      release.countDown();
      busy.shutdown();
      assertThat(busy.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void theCallerTakesOverTheChunksASlowPoolThreadLeaves() {
    // Two threads, 8 chunks. The pool thread's first chunk takes until the caller has
    // done all the others: with one half per thread the caller would wait for it instead.
    int chunks = 2 * Slices.CHUNKS_PER_CORE;
    CountDownLatch poolStarted = new CountDownLatch(1);
    CountDownLatch callerDone = new CountDownLatch(chunks - 1);
    AtomicInteger callerChunks = new AtomicInteger();
    AtomicInteger poolChunks = new AtomicInteger();
    Function<List<Integer>, List<Integer>> onCaller =
        slice -> {
          await(poolStarted);
          callerChunks.incrementAndGet();
          callerDone.countDown();
          return slice;
        };
    Function<List<Integer>, List<Integer>> onPool =
        slice -> {
          poolChunks.incrementAndGet();
          poolStarted.countDown();
          await(callerDone);
          return slice;
        };

    int items = chunks * Slices.MIN_PER_CHUNK;
    List<Integer> out = new Slices(pool, 2).map(numbers(items), 8, onCaller, onPool);

    assertThat(out).containsExactlyElementsOf(numbers(items));
    assertThat(poolChunks).hasValue(1);
    assertThat(callerChunks).hasValue(chunks - 1);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released in time").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void afterAFailureNoFurtherChunkIsStarted() throws InterruptedException {
    // The pool's one thread is held until the call has failed on the caller's first chunk.
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch returned = new CountDownLatch(1);
    single.submit(() -> returned.await(10, TimeUnit.SECONDS));
    AtomicInteger poolChunks = new AtomicInteger();
    Function<List<Integer>, List<Integer>> failing =
        slice -> {
          throw new IllegalArgumentException("item " + slice.get(0));
        };
    Function<List<Integer>, List<Integer>> counted =
        slice -> {
          poolChunks.incrementAndGet();
          return slice;
        };
    try {
      IllegalArgumentException e =
          catchThrowableOfType(
              () -> new Slices(single, 2).map(numbers(64), 8, failing, counted),
              IllegalArgumentException.class);

      assertThat(e).hasMessage("item 0");
    } finally {
      returned.countDown();
      single.shutdown();
      assertThat(single.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(poolChunks).hasValue(0);
  }

  @Test
  void theEarliestFailingItemsExceptionIsThrown() {
    // Twelve chunks: two of them fail, in whatever order the threads run them.
    Function<List<Integer>, List<Integer>> failInTwoSlices =
        slice -> {
          for (int i : slice) {
            if (i == 240 || i == 320) {
              throw new IllegalArgumentException("item " + i);
            }
          }
          return slice;
        };

    IllegalArgumentException e =
        catchThrowableOfType(
            () -> new Slices(pool, 4).map(numbers(400), 8, failInTwoSlices, failInTwoSlices),
            IllegalArgumentException.class);

    assertThat(e).hasMessage("item 240");
  }
}
