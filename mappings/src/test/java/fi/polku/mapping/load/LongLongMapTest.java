package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongLongMapTest {

  @Test
  void keepsTheFirstValueOfEveryKeyAcrossGrowthOnTheHeap() {
    LongLongMap map = new LongLongMap();
    for (long i = 0; i < 50_000; i++) {
      assertThat(LongLongMap.absent(map.putIfAbsent(LongLongMap.hash("k" + i), i))).isTrue();
    }
    for (long i = 0; i < 50_000; i++) {
      assertThat(map.putIfAbsent(LongLongMap.hash("k" + i), -1)).isEqualTo(i);
      assertThat(map.get(LongLongMap.hash("k" + i))).isEqualTo(i);
    }
    assertThat(map.size()).isEqualTo(50_000);
    assertThat(map.mapped()).isFalse();
    assertThat(LongLongMap.absent(map.get(LongLongMap.hash("never put")))).isTrue();
  }

  @Test
  void keyZeroIsAnOrdinaryKey() {
    LongLongMap map = new LongLongMap();
    assertThat(LongLongMap.absent(map.get(0))).isTrue();
    assertThat(LongLongMap.absent(map.putIfAbsent(0, 7))).isTrue();
    assertThat(map.get(0)).isEqualTo(7);
    assertThat(map.putIfAbsent(0, 8)).isEqualTo(7);
  }

  @Test
  void aTableBeyondTheHeapLimitMovesToAMappedFileAndLeavesNoFileBehind(@TempDir Path tmp)
      throws IOException {
    Path spill = tmp.resolve("keys");
    LongLongMap map = new LongLongMap(spill, 4096);
    for (long i = 0; i < 3_000; i++) {
      map.putIfAbsent(LongLongMap.hash("row" + i), i);
    }
    assertThat(map.mapped()).isFalse();
    assertThat(spill).doesNotExist();

    for (long i = 3_000; i < 100_000; i++) {
      map.putIfAbsent(LongLongMap.hash("row" + i), i);
    }
    assertThat(map.mapped()).isTrue();
    assertThat(map.size()).isEqualTo(100_000);
    for (long i = 0; i < 100_000; i++) {
      assertThat(map.putIfAbsent(LongLongMap.hash("row" + i), -1)).isEqualTo(i);
    }
    assertThat(LongLongMap.absent(map.get(LongLongMap.hash("row100000")))).isTrue();
    // The mapped files were deleted once mapped: the table lives on without them.
    try (Stream<Path> left = Files.list(spill)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void withoutASpillFolderALargeTableStaysOnTheHeap() {
    LongLongMap map = new LongLongMap(null, 1024);
    for (long i = 0; i < 10_000; i++) {
      map.putIfAbsent(i + 1, i);
    }
    assertThat(map.mapped()).isFalse();
    assertThat(map.get(10_000)).isEqualTo(9_999);
  }
}
