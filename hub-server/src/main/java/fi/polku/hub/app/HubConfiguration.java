package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.api.ConformanceResources;
import fi.polku.hub.api.HeadRequests;
import fi.polku.hub.api.HubRestfulServer;
import fi.polku.hub.api.RequestLimitFilter;
import fi.polku.hub.api.SearchInterceptor;
import fi.polku.hub.health.HealthCheck;
import fi.polku.hub.health.HealthController;
import fi.polku.hub.index.DeferredIndexing;
import fi.polku.hub.index.ResourceIndexer;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import fi.polku.hub.search.SearchParser;
import fi.polku.hub.search.SearchService;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.IdAllocator;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.UniqueSystems;
import fi.polku.hub.validate.StoreReferenceResolver;
import fi.polku.hub.validate.WriteValidation;
import fi.polku.hub.write.BundleProcessor;
import fi.polku.hub.write.EntryValidator;
import fi.polku.hub.write.Patches;
import fi.polku.hub.write.Slices;
import fi.polku.hub.write.WriteEngine;
import fi.polku.hub.write.WriteService;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.api.ResourceValidator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLTimeoutException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the hub: store → validation → write path → REST API. The classes of those packages are
 * plain Java; this is the one place that knows how they fit together.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "fi.polku.hub.store")
class HubConfiguration {

  /** How long the database health check waits for an answer. */
  private static final int HEALTH_TIMEOUT_SECONDS = 2;

  @Bean
  FhirContext fhirContext() {
    return HubModel.newFhirContext();
  }

  @Bean
  ModelPackage modelPackage() {
    return ModelPackage.load();
  }

  @Bean
  ResourceStore resourceStore(EntityManager em, EntityManagerFactory emf, PolkuProperties props) {
    return new ResourceStore(em, new IdAllocator(emf), uniqueSystems(props));
  }

  @Bean
  ResourceDecoder resourceDecoder(FhirContext fhir) {
    return new ResourceDecoder(fhir);
  }

  @Bean
  ResourceReader resourceReader(
      PlatformTransactionManager tm, ResourceStore store, ResourceDecoder decoder) {
    return new ResourceReader(readOnly(tm), store, decoder);
  }

  /**
   * The validator: the validators module's complete one (structure, then the SHACL business rules).
   * A bean of its own replaces it.
   */
  @Bean
  @ConditionalOnMissingBean
  ResourceValidator resourceValidator() {
    return PolkuValidators.full();
  }

  @Bean
  WriteValidation writeValidation(ResourceValidator validator, ResourceDecoder decoder) {
    return new WriteValidation(validator, new StoreReferenceResolver.Factory(decoder));
  }

  /**
   * Threads that encode and validate the resources of a Bundle beside the request's own thread: one
   * fewer than the cores (the request's thread does a slice too). Daemons, so they never keep the
   * JVM alive.
   */
  @Bean(destroyMethod = "shutdownNow")
  ExecutorService writePool() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "polku-write-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Spreads the per-resource work of one write (encoding, validation) over the cores. */
  @Bean
  Slices writeSlices(ExecutorService writePool) {
    return new Slices(writePool, Runtime.getRuntime().availableProcessors());
  }

  @Bean
  WriteEngine writeEngine(
      FhirContext fhir,
      PlatformTransactionManager tm,
      ResourceStore store,
      WriteValidation validation,
      Slices slices,
      DeferredIndexing deferred,
      PolkuProperties props) {
    EntryValidator validator = new EntryValidator(validation, store, readOnly(tm), slices);
    return new WriteEngine(
        fhir,
        new TransactionTemplate(tm),
        store,
        new ContentEncoder(fhir, props.limits().maxResourceChars()),
        validator,
        slices,
        uniqueSystems(props),
        SearchConfiguration.forApi(props, deferred));
  }

  @Bean
  WriteService writeService(
      FhirContext fhir,
      WriteEngine engine,
      ResourceReader reader,
      WriteValidation validation,
      ResourceStore store,
      PlatformTransactionManager tm,
      PolkuProperties props) {
    Set<String> types = new LinkedHashSet<>();
    for (Class<? extends IBaseResource> t : HubModel.storedTypes()) {
      types.add(fhir.getResourceType(t));
    }
    Patches patches = new Patches(fhir, store, readOnly(tm));
    BundleProcessor bundles =
        new BundleProcessor(
            fhir, engine, reader, Set.copyOf(types), props.limits().maxBundleEntries(), patches);
    return new WriteService(fhir, engine, bundles, validation, store, readOnly(tm), patches);
  }

  @Bean
  SearchService searchService(
      EntityManager em,
      PlatformTransactionManager tm,
      ResourceStore store,
      ResourceDecoder decoder,
      SearchParamRegistry registry,
      ResourceIndexer indexer,
      DeferredIndexing deferred,
      PolkuProperties props) {
    return new SearchService(
        em,
        readOnly(tm),
        store,
        decoder,
        registry,
        indexer,
        props.search().maxChainMatches(),
        props.search().syncMargin(),
        SearchConfiguration.forApi(props, deferred));
  }

  @Bean
  ServletRegistrationBean<HubRestfulServer> fhirServlet(
      FhirContext fhir,
      ModelPackage pkg,
      ResourceReader reader,
      WriteService writer,
      SearchService search,
      SearchParamRegistry registry,
      PolkuProperties props) {
    PolkuProperties.Limits limits = props.limits();
    SearchInterceptor searches =
        SearchInterceptor.of(
            new SearchParser(registry, limits.defaultCount(), limits.maxCount()),
            search,
            reader,
            limits.defaultCount(),
            limits.maxHistory(),
            props.search().syncMargin(),
            registry.types());
    HubRestfulServer server =
        new HubRestfulServer(
            fhir,
            reader,
            writer,
            searches,
            new ConformanceResources(fhir, pkg),
            pkg,
            registry,
            limits.defaultCount(),
            limits.maxCount(),
            limits.maxHistory());
    ServletRegistrationBean<HubRestfulServer> reg =
        new ServletRegistrationBean<>(server, "/fhir/*");
    reg.setName("fhir");
    reg.setLoadOnStartup(1);
    return reg;
  }

  @Bean
  FilterRegistrationBean<RequestLimitFilter> requestLimitFilter(
      FhirContext fhir, PolkuProperties props) {
    FilterRegistrationBean<RequestLimitFilter> reg =
        new FilterRegistrationBean<>(
            new RequestLimitFilter(fhir, props.limits().maxRequestBytes()));
    reg.addUrlPatterns("/fhir/*");
    return reg;
  }

  @Bean
  HealthController healthController(
      DataSource dataSource, SearchService search, SearchParamRegistry registry) {
    SearchParser parser = new SearchParser(registry, 1, 1);
    return new HealthController(
        List.of(
            new HealthCheck(
                "database",
                () -> {
                  try (Connection c = dataSource.getConnection()) {
                    if (!c.isValid(HEALTH_TIMEOUT_SECONDS)) {
                      throw new SQLTimeoutException("no answer within the health check's time");
                    }
                  }
                }),
            // A count through the search index: the embedded index, or the search cluster.
            new HealthCheck(
                "search", () -> search.count(parser.parse("Organization", Map.of(), true)))));
  }

  @Bean
  FilterRegistrationBean<HeadRequests> headRequests() {
    FilterRegistrationBean<HeadRequests> reg = new FilterRegistrationBean<>(new HeadRequests());
    reg.addUrlPatterns("/fhir/*");
    return reg;
  }

  private static UniqueSystems uniqueSystems(PolkuProperties props) {
    return new UniqueSystems(props.identifiers().unique());
  }

  private static TransactionTemplate readOnly(PlatformTransactionManager tm) {
    TransactionTemplate t = new TransactionTemplate(tm);
    t.setReadOnly(true);
    t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    return t;
  }
}
