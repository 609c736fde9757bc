package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.hub.index.DeferredIndexing;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SearchSettingsTest {

  private static PolkuProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("polku", PolkuProperties.class);
  }

  @Test
  void theEmbeddedIndexCommitsEveryTenSecondsWithA64MegabyteWriterBufferByDefault() {
    Map<String, Object> s = SearchConfiguration.settings(bind(Map.of()), null);

    assertThat(s)
        .containsEntry("hibernate.search.backend.type", "lucene")
        .containsEntry("hibernate.search.backend.io.commit_interval", 10_000)
        .containsEntry("hibernate.search.backend.io.writer.ram_buffer_size", 64);
  }

  @Test
  void operatorsChooseTheWriterBufferAndCommitInterval() {
    Map<String, Object> s =
        SearchConfiguration.settings(
            bind(
                Map.of(
                    "polku.search.writer-buffer", "256MB",
                    "polku.search.commit-interval", "1500ms")),
            null);

    assertThat(s)
        .containsEntry("hibernate.search.backend.io.commit_interval", 1500)
        .containsEntry("hibernate.search.backend.io.writer.ram_buffer_size", 256);
  }

  @Test
  void writesThroughTheApiLeaveTheirIndexChangesToTheNextSearchOnlyWithTheEmbeddedIndex() {
    DeferredIndexing deferred = new DeferredIndexing(null, null, 8);
    PolkuProperties embedded = bind(Map.of());
    PolkuProperties clusterPerNode =
        bind(
            Map.of(
                "polku.search.backend", "opensearch",
                "polku.search.uris", "http://search.example:9200",
                "polku.search.coordination", "none"));
    PolkuProperties clusterOutbox =
        bind(
            Map.of(
                "polku.search.backend", "opensearch",
                "polku.search.uris", "http://search.example:9200"));

    assertThat(SearchConfiguration.forApi(embedded, deferred)).isSameAs(deferred);
    assertThat(SearchConfiguration.forLoads(embedded, deferred)).isSameAs(deferred);
    // Another node's searches could not wait for this node's outstanding changes.
    assertThat(SearchConfiguration.forApi(clusterPerNode, deferred)).isNull();
    assertThat(SearchConfiguration.forLoads(clusterPerNode, deferred)).isSameAs(deferred);
    assertThat(SearchConfiguration.forApi(clusterOutbox, deferred)).isNull();
    assertThat(SearchConfiguration.forLoads(clusterOutbox, deferred)).isNull();
  }

  @Test
  void aClusterBackendGetsNoEmbeddedWriterSettings() {
    Map<String, Object> s =
        SearchConfiguration.settings(bind(Map.of("polku.search.backend", "opensearch")), null);

    assertThat(s)
        .containsEntry("hibernate.search.backend.type", "elasticsearch")
        .doesNotContainKeys(
            "hibernate.search.backend.io.commit_interval",
            "hibernate.search.backend.io.writer.ram_buffer_size");
  }

  @Test
  void aWriterBufferBeyondLucenesLimitIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> bind(Map.of("polku.search.writer-buffer", "4GB")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage(
            "polku.search.writer-buffer cannot be \"4096MB\": it must lie between 1MB and 2047MB");
  }

  @Test
  void aNegativeCommitIntervalIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> bind(Map.of("polku.search.commit-interval", "-1s")))
        .isInstanceOf(BindException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining(
            "polku.search.commit-interval cannot be \"-1s\": it must lie between 0s and 1h");
  }
}
