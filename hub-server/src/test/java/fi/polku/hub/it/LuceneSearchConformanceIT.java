package fi.polku.hub.it;

import java.util.Map;
import java.util.function.Supplier;

/** The search conformance suite on the embedded default: Lucene index, H2 database. */
class LuceneSearchConformanceIT extends SearchConformanceSuite {

  private static final Supplier<RunningHub> HUB =
      once(() -> loaded(RunningHub.dedicated("search-lucene", Map.of())));

  @Override
  RunningHub hub() {
    return HUB.get();
  }
}
