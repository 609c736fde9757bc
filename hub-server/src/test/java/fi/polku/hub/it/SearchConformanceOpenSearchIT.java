package fi.polku.hub.it;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The search conformance suite, the same cases and expectations, on the Elasticsearch backend
 * against a real OpenSearch 2.19 node (H2 database).
 */
class SearchConformanceOpenSearchIT extends SearchConformanceSuite {

  private static final Supplier<RunningHub> HUB =
      once(
          () ->
              loaded(
                  RunningHub.dedicated(
                      "search-opensearch",
                      Map.of(
                          "polku.search.backend", "elasticsearch",
                          "polku.search.uris", OpenSearchNode.url(),
                          "polku.search.index", "conformance",
                          // Each write answers once its index changes are searchable.
                          "polku.search.coordination", "none"))));

  @Override
  RunningHub hub() {
    return HUB.get();
  }
}
