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
  void theEarliestFailingItemsExceptionIsThrown() {
    // Four slices of 25: the third and the fourth fail, in whatever order the pool runs them.
    Function<List<Integer>, List<Integer>> failInTwoSlices =
        slice -> {
          for (int i : slice) {
            if (i == 60 || i == 80) {
              throw new IllegalArgumentException("item " + i);
            }
          }
          return slice;
        };

    IllegalArgumentException e =
        catchThrowableOfType(
            () -> new Slices(pool, 4).map(numbers(100), 8, failInTwoSlices, failInTwoSlices),
            IllegalArgumentException.class);

    assertThat(e).hasMessage("item 60");
  }
}
