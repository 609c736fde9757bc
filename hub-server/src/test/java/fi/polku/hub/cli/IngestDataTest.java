package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IngestDataTest {

  private static final Pattern HETU = Pattern.compile("\"value\":\\s*\"(\\d{6}A9\\d\\d[0-9A-Y])\"");

  @Test
  void learnersInABundleAreOnePerGroupAndOnePerRest() {
    IngestData data = new IngestData();
    for (int size = 1; size <= 9; size++) {
      IngestData.Batch batch = data.next(size);
      assertThat(batch.resources()).hasSize(size);
      assertThat(Collections.frequency(batch.types(), "Learner"))
          .as("size %d", size)
          .isEqualTo((int) IngestData.learnersIn(size));
    }
  }

  @Test
  void concurrentClientsGetDisjointBundles() throws Exception {
    IngestData data = new IngestData();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> clients = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        clients.add(
            () -> {
              List<String> codes = new ArrayList<>();
              for (int i = 0; i < 25; i++) {
                codes.addAll(hetus(data.next(40).bundleJson()));
              }
              return codes;
            });
      }
      Set<String> all = new HashSet<>();
      int count = 0;
      for (Future<List<String>> f : pool.invokeAll(clients)) {
        count += f.get().size();
        all.addAll(f.get());
      }
      assertThat(count).isEqualTo(4 * 25 * 10);
      assertThat(all).hasSize(count);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBundleFitsOnlyWhileIdentityCodesAreLeft() {
    IngestData data = new IngestData();
    assertThat(data.canMake(500)).isTrue();
    assertThat(data.canMake((int) IngestData.MAX_LEARNERS * 4)).isTrue();
    assertThat(data.canMake((int) IngestData.MAX_LEARNERS * 4 + 4)).isFalse();
    data.next(4);
    assertThat(data.canMake((int) IngestData.MAX_LEARNERS * 4)).isFalse();
  }

  private static List<String> hetus(String bundleJson) {
    List<String> codes = new ArrayList<>();
    Matcher m = HETU.matcher(bundleJson);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
