package fi.polku.hub.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Metadata;
import fi.polku.hub.index.SearchParam;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.ConditionalDeleteStatus;
import org.hl7.fhir.r5.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r5.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r5.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r5.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r5.model.Enumerations;
import org.hl7.fhir.r5.model.Enumerations.CapabilityStatementKind;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Enumerations.SearchParamType;

/**
 * {@code GET /fhir/metadata}: the CapabilityStatement, built once from the model package: every
 * stored type with its interactions, profile and search parameters, the conformance types
 * (read-only, CodeSystem and ValueSet with their terminology operations), and the system
 * interactions.
 */
public final class CapabilityStatementProvider {

  /** The terminology operations of the conformance types (metadata?mode=terminology tells more). */
  private static final Map<String, List<String>> TERMINOLOGY_OPERATIONS =
      Map.of(
          "CodeSystem", List.of("lookup", "validate-code"),
          "ValueSet", List.of("expand", "validate-code"));

  private final CapabilityStatement statement;

  /** The statement of a hub serving the model in {@code pkg}. */
  public CapabilityStatementProvider(
      FhirContext fhir,
      ModelPackage pkg,
      ConformanceResources conformance,
      SearchParamRegistry registry) {
    this.statement = build(fhir, pkg, conformance, registry);
  }

  /** Called by HAPI; the statement does not depend on the server instance. */
  public void setRestfulServer(ca.uhn.fhir.rest.server.RestfulServer server) {
    // Nothing to do: the statement is built from the model package alone.
  }

  /** The CapabilityStatement. */
  @Metadata
  public CapabilityStatement metadata() {
    synchronized (statement) {
      return statement.copy();
    }
  }

  /**
   * Adds a resource type served by a provider registered after the server started (ConceptMap,
   * whose maps come with the mapping specs), keeping the types in name order within their group.
   */
  public void addServed(CapabilityStatementRestResourceComponent resource) {
    synchronized (statement) {
      List<CapabilityStatementRestResourceComponent> resources =
          statement.getRestFirstRep().getResource();
      int at = resources.size();
      for (int i = resources.size() - 1; i >= 0; i--) {
        String type = resources.get(i).getType();
        if (HubModel.CONFORMANCE_TYPES.contains(type) && type.compareTo(resource.getType()) > 0) {
          at = i;
        }
      }
      resources.add(at, resource);
    }
  }

  private static CapabilityStatement build(
      FhirContext fhir,
      ModelPackage pkg,
      ConformanceResources conformance,
      SearchParamRegistry registry) {
    CapabilityStatement cs = new CapabilityStatement();
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setDate(new Date());
    cs.setKind(CapabilityStatementKind.INSTANCE);
    cs.setName("PolkuHub");
    cs.setTitle("Polku hub");
    cs.setDescription(
        "Polku hub serving the Polku information model "
            + pkg.version()
            + " ("
            + pkg.canonical()
            + ")");
    cs.getSoftware().setName("Polku hub").setVersion(pkg.version());
    cs.setFhirVersion(Enumerations.FHIRVersion._5_0_0);
    cs.addFormat("json");
    cs.addFormat("xml");
    // Error and validation texts come in the language of Accept-Language.
    cs.addAcceptLanguage("fi");
    cs.addAcceptLanguage("sv");
    cs.addAcceptLanguage("en");
    // JSON Patch, and FHIRPath Patch (a Parameters resource) in either format; not XML Patch.
    cs.addPatchFormat("application/json-patch+json");
    cs.addPatchFormat("application/fhir+json");
    cs.addPatchFormat("application/fhir+xml");
    CapabilityStatementRestComponent rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
    rest.addInteraction().setCode(SystemRestfulInteraction.TRANSACTION);
    rest.addInteraction().setCode(SystemRestfulInteraction.BATCH);
    rest.addInteraction().setCode(SystemRestfulInteraction.HISTORYSYSTEM);
    for (Class<? extends IBaseResource> type : HubModel.storedTypes()) {
      String name = fhir.getResourceType(type);
      rest.addResource(stored(name, pkg.profileOf(name), registry.of(name).values()));
    }
    for (String type : HubModel.CONFORMANCE_TYPES.stream().sorted().toList()) {
      CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
      r.addInteraction().setCode(TypeRestfulInteraction.READ);
      r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
      r.addSearchParam().setName("url").setType(SearchParamType.URI);
      r.addSearchParam().setName("name").setType(SearchParamType.STRING);
      for (String op : TERMINOLOGY_OPERATIONS.getOrDefault(type, List.of())) {
        r.addOperation()
            .setName(op)
            .setDefinition("http://hl7.org/fhir/OperationDefinition/" + type + "-" + op);
      }
    }
    return cs;
  }

  private static CapabilityStatementRestResourceComponent stored(
      String type, String profile, Collection<SearchParam> params) {
    CapabilityStatementRestResourceComponent r = new CapabilityStatementRestResourceComponent();
    r.setType(type);
    if (profile != null) {
      r.setProfile(profile);
    }
    for (TypeRestfulInteraction i :
        List.of(
            TypeRestfulInteraction.READ,
            TypeRestfulInteraction.VREAD,
            TypeRestfulInteraction.UPDATE,
            TypeRestfulInteraction.PATCH,
            TypeRestfulInteraction.DELETE,
            TypeRestfulInteraction.HISTORYINSTANCE,
            TypeRestfulInteraction.HISTORYTYPE,
            TypeRestfulInteraction.CREATE,
            TypeRestfulInteraction.SEARCHTYPE)) {
      r.addInteraction().setCode(i);
    }
    r.setVersioning(ResourceVersionPolicy.VERSIONEDUPDATE);
    r.setReadHistory(true);
    r.setUpdateCreate(true);
    r.setConditionalCreate(true);
    r.setConditionalUpdate(true);
    r.setConditionalPatch(true);
    r.setConditionalDelete(ConditionalDeleteStatus.SINGLE);
    for (SearchParam p : params) {
      r.addSearchParam()
          .setName(p.code())
          .setType(SearchParamType.fromCode(p.type().code()))
          .setDefinition(p.url())
          .setDocumentation(p.description());
    }
    r.addSearchInclude("*");
    r.addSearchRevInclude("*");
    r.addOperation()
        .setName("validate")
        .setDefinition("http://hl7.org/fhir/OperationDefinition/Resource-validate");
    return r;
  }
}
