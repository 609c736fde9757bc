package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.index.DeferredIndexing;
import fi.polku.hub.index.FhirPaths;
import fi.polku.hub.index.IndexMaintenance;
import fi.polku.hub.index.ResourceIndexer;
import fi.polku.hub.index.SearchMapping;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index: the compiled search parameters and Hibernate Search's settings. Lucene under
 * {@code <data>/index} by default; an Elasticsearch/OpenSearch cluster when {@code
 * polku.search.backend=elasticsearch}, then with outbox-polling coordination so several hub nodes
 * share one index and a crashed node's index work is replayed from the database.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  SearchParamRegistry searchParamRegistry(FhirContext fhir, ModelPackage pkg) {
    List<String> types = new ArrayList<>();
    for (Class<? extends IBaseResource> t : HubModel.storedTypes()) {
      types.add(fhir.getResourceType(t));
    }
    return new SearchParamRegistry(fhir, pkg, types, new FhirPaths(fhir));
  }

  /**
   * How many transactions' index changes may be outstanding while their writers go on (a few
   * thousand resources for a load's Bundles).
   */
  private static final int DEFERRED_TRANSACTIONS = 8;

  /**
   * The hub's one deferral of index changes: writes do not wait for the index threads, searches
   * wait for what was written before them ({@link DeferredIndexing}).
   */
  @Bean
  DeferredIndexing deferredIndexing(EntityManagerFactory emf, EntityManager transactional) {
    return new DeferredIndexing(emf, transactional, DEFERRED_TRANSACTIONS);
  }

  /**
   * The deferral for writes and searches through the API, or null where each write waits until its
   * changes are searchable: a cluster index may serve several hub nodes, and a search on one node
   * cannot wait for what another node's writers left outstanding. (With outbox polling the index
   * follows the database on its own.) The embedded index belongs to one process.
   */
  static DeferredIndexing forApi(PolkuProperties props, DeferredIndexing deferred) {
    return props.search().outbox() || props.search().elasticsearch() ? null : deferred;
  }

  /** The deferral for a load run in this process, or null with outbox polling. */
  static DeferredIndexing forLoads(PolkuProperties props, DeferredIndexing deferred) {
    return props.search().outbox() ? null : deferred;
  }

  @Bean
  ResourceIndexer resourceIndexer(SearchParamRegistry registry) {
    return new ResourceIndexer(registry);
  }

  /**
   * Index maintenance; at start-up (unless {@code polku.search.rebuild-on-start=false}) it brings
   * the embedded index in step with the database before the hub takes requests.
   */
  @Bean(destroyMethod = "closed")
  IndexMaintenance indexMaintenance(
      EntityManagerFactory emf, SearchParamRegistry registry, PolkuProperties props) {
    PolkuProperties.Search search = props.search();
    Path state =
        search.elasticsearch() ? null : indexRoot(props).resolve(IndexMaintenance.STATE_FILE);
    IndexMaintenance m =
        new IndexMaintenance(emf, registry.fingerprint(), state, search.syncMargin());
    if (search.rebuildOnStart()) {
      m.converge();
    }
    return m;
  }

  private static Path indexRoot(PolkuProperties props) {
    return props.data().toAbsolutePath().normalize().resolve("index");
  }

  @Bean
  HibernatePropertiesCustomizer searchSettings(
      PolkuProperties props, ResourceIndexer indexer, FhirContext fhir) {
    return hibernate ->
        hibernate.putAll(
            settings(
                props,
                new SearchMapping(
                    indexer, fhir, props.search().index(), !props.search().elasticsearch())));
  }

  /** Hibernate Search's settings for {@code props}. */
  static Map<String, Object> settings(PolkuProperties props, SearchMapping mapping) {
    PolkuProperties.Search search = props.search();
    Map<String, Object> s = new java.util.HashMap<>();
    s.put("hibernate.search.mapping.configurer", mapping);
    // The entity carries no search annotations: nothing to scan for.
    s.put("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false);
    if (search.elasticsearch()) {
      s.put("hibernate.search.backend.type", "elasticsearch");
      s.put("hibernate.search.backend.uris", search.uris());
      s.put("hibernate.search.backend.version", search.version());
      s.put("hibernate.search.backend.version_check.enabled", false);
      if (!search.username().isBlank()) {
        s.put("hibernate.search.backend.username", search.username());
        s.put("hibernate.search.backend.password", search.password());
      }
    } else {
      s.put("hibernate.search.backend.type", "lucene");
      s.put("hibernate.search.backend.directory.root", indexRoot(props).toString());
      s.put("hibernate.search.backend.lucene_version", "LUCENE_9_11_1");
      // Lucene commits on an interval, not per transaction (a write is searchable once refreshed;
      // start-up re-indexes what a crash lost between commits, see IndexMaintenance). Each commit
      // and each full writer buffer cuts a segment, and small segments are merged again and again:
      // a bulk load spent about a tenth of its CPU on that with a commit a second and 16 MB.
      s.put(
          "hibernate.search.backend.io.commit_interval",
          Math.toIntExact(search.commitInterval().toMillis()));
      s.put(
          "hibernate.search.backend.io.writer.ram_buffer_size",
          Math.toIntExact(search.writerBuffer().toMegabytes()));
    }
    if (search.outbox()) {
      s.put("hibernate.search.coordination.strategy", "outbox-polling");
      s.put("hibernate.search.coordination.event_processor.polling_interval", 100);
    } else {
      // Unless deferred (DeferredIndexing), a write's answer comes after its index changes are
      // visible to searches.
      s.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
    }
    return s;
  }
}
