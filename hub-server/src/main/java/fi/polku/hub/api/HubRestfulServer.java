package fi.polku.hub.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.terminology.CodeSystemOperations;
import fi.polku.hub.terminology.OperationParameterCheck;
import fi.polku.hub.terminology.Terminology;
import fi.polku.hub.terminology.TerminologyMetadata;
import fi.polku.hub.terminology.TerminologyStatement;
import fi.polku.hub.terminology.ValueSetOperations;
import fi.polku.hub.write.WriteService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's RestfulServer with the hub's providers: one {@link ResourceTypeProvider} per stored type,
 * one {@link ConformanceProvider} per conformance type, the terminology operations on the model's
 * code systems and value sets, the {@link SystemProvider}, the CapabilityStatement from the model
 * package (and the TerminologyCapabilities), and the {@link ErrorInterceptor}.
 */
public final class HubRestfulServer extends RestfulServer {

  private static final long serialVersionUID = 1L;

  private final transient ResourceReader reader;
  private final transient WriteService writer;
  private final transient SearchInterceptor search;
  private final transient ConformanceResources conformance;
  private final transient ModelPackage pkg;
  private final transient SearchParamRegistry registry;
  private final int defaultCount;
  private final int maxCount;
  private final int maxHistory;

  /**
   * The server; providers are registered when the servlet initialises.
   *
   * @param defaultCount page size without {@code _count}
   * @param maxCount the largest search page
   * @param maxHistory the largest history page
   */
  public HubRestfulServer(
      FhirContext fhir,
      ResourceReader reader,
      WriteService writer,
      SearchInterceptor search,
      ConformanceResources conformance,
      ModelPackage pkg,
      SearchParamRegistry registry,
      int defaultCount,
      int maxCount,
      int maxHistory) {
    super(fhir);
    this.reader = reader;
    this.writer = writer;
    this.search = search;
    this.conformance = conformance;
    this.pkg = pkg;
    this.registry = registry;
    this.defaultCount = defaultCount;
    this.maxCount = maxCount;
    this.maxHistory = maxHistory;
  }

  @Override
  protected void initialize() {
    FhirContext fhir = getFhirContext();
    List<IResourceProvider> providers = new ArrayList<>();
    Set<String> stored = new HashSet<>();
    for (Class<? extends IBaseResource> type : HubModel.storedTypes()) {
      String name = fhir.getResourceType(type);
      stored.add(name);
      providers.add(new ResourceTypeProvider(type, name, reader, writer, pkg.profileOf(name)));
    }
    for (String type : HubModel.CONFORMANCE_TYPES) {
      Class<? extends IBaseResource> cls = fhir.getResourceDefinition(type).getImplementingClass();
      providers.add(new ConformanceProvider(cls, type, conformance));
    }
    setResourceProviders(providers);
    registerProvider(new SystemProvider(writer, search));
    Terminology terminology =
        new Terminology(conformance.of("CodeSystem"), conformance.of("ValueSet"));
    registerProvider(new CodeSystemOperations(terminology));
    registerProvider(new ValueSetOperations(terminology));
    registerInterceptor(new OperationParameterCheck());
    registerInterceptor(
        new TerminologyMetadata(TerminologyStatement.build(terminology, pkg.version())));
    setServerConformanceProvider(new CapabilityStatementProvider(fhir, pkg, conformance, registry));
    registerInterceptor(new ErrorInterceptor());
    registerInterceptor(new ResponseFormats());
    registerInterceptor(new PreValidation(writer, Set.copyOf(stored)));
    registerInterceptor(new CountLimits(maxCount, maxHistory));
    registerInterceptor(new SummaryText());
    registerInterceptor(search);
    setDefaultResponseEncoding(EncodingEnum.JSON);
  }
}
