package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.api.CapabilityStatementProvider;
import fi.polku.hub.api.HubRestfulServer;
import fi.polku.hub.index.DeferredIndexing;
import fi.polku.hub.ingest.ConceptMapCatalogue;
import fi.polku.hub.ingest.ConceptMapProvider;
import fi.polku.hub.ingest.InProcessHubPort;
import fi.polku.hub.ingest.Inbox;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.write.WriteEngine;
import fi.polku.hub.write.WriteService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires loading into the hub: the ConceptMaps of the mapping specs (served read-only with {@code
 * $translate}), the loader's in-process port into the write path, and in server mode the inbox.
 */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

  @Bean
  ConceptMapCatalogue conceptMapCatalogue(FhirContext fhir) {
    return new ConceptMapCatalogue(fhir);
  }

  @Bean
  InProcessHubPort inProcessHubPort(
      FhirContext fhir,
      WriteEngine engine,
      WriteService writer,
      ResourceReader reader,
      ConceptMapCatalogue conceptMaps,
      DeferredIndexing deferred,
      PolkuProperties props) {
    return new InProcessHubPort(
        fhir, engine, writer, reader, conceptMaps, SearchConfiguration.forLoads(props, deferred));
  }

  /**
   * Adds ConceptMap to the REST API once the servlet is up (the server sets its providers when it
   * initialises, so an earlier registration would be replaced).
   */
  @Bean
  @ConditionalOnWebApplication
  ApplicationListener<ApplicationReadyEvent> conceptMapEndpoint(
      ServletRegistrationBean<HubRestfulServer> fhirServlet, ConceptMapCatalogue conceptMaps) {
    return event -> {
      HubRestfulServer server = fhirServlet.getServlet();
      server.registerProvider(new ConceptMapProvider(conceptMaps));
      if (server.getServerConformanceProvider() instanceof CapabilityStatementProvider cs) {
        cs.addServed(ConceptMapProvider.capability());
      }
    };
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnWebApplication
  Inbox inbox(PolkuProperties props, InProcessHubPort hub) {
    return new Inbox(props.data(), props.load().settings(props.data().resolve("loads")), hub);
  }
}
