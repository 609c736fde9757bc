package fi.polku.hub.api;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r5.model.CanonicalResource;

/**
 * Read-only access to one type of the model's conformance resources: read and search by {@code
 * url}, {@code name} or {@code _id}. Writes are not offered (405): the model changes by rebuilding.
 */
public final class ConformanceProvider implements IResourceProvider {

  private final Class<? extends IBaseResource> type;
  private final String typeName;
  private final Map<String, CanonicalResource> byId;

  /** The provider of {@code type} over {@code resources}. */
  public ConformanceProvider(
      Class<? extends IBaseResource> type, String typeName, ConformanceResources resources) {
    this.type = type;
    this.typeName = typeName;
    this.byId = resources.of(typeName);
  }

  @Override
  public Class<? extends IBaseResource> getResourceType() {
    return type;
  }

  /** read. */
  @Read
  public IBaseResource read(@IdParam IIdType id) {
    CanonicalResource r = byId.get(id.getIdPart());
    if (r == null) {
      throw new HubException(
          HubCodes.NOT_FOUND, Map.of("resource", typeName + "/" + id.getIdPart()));
    }
    return r.copy();
  }

  /** create: refused, the model's conformance resources change only by rebuilding the model. */
  @ca.uhn.fhir.rest.annotation.Create
  public ca.uhn.fhir.rest.api.MethodOutcome create(
      @ca.uhn.fhir.rest.annotation.ResourceParam byte[] body) {
    throw readOnly("create");
  }

  /** update: refused. */
  @ca.uhn.fhir.rest.annotation.Update
  public ca.uhn.fhir.rest.api.MethodOutcome update(
      @IdParam IIdType id, @ca.uhn.fhir.rest.annotation.ResourceParam byte[] body) {
    throw readOnly("update");
  }

  /** delete: refused. */
  @ca.uhn.fhir.rest.annotation.Delete
  public ca.uhn.fhir.rest.api.MethodOutcome delete(@IdParam IIdType id) {
    throw readOnly("delete");
  }

  private HubException readOnly(String interaction) {
    return HubException.withDetail(
        HubCodes.METHOD_NOT_ALLOWED,
        new Text(
                "{interaction} tyypille {type} (tietomallin resurssit ovat vain luettavissa)",
                "{interaction} av {type} (modellens resurser är skrivskyddade)",
                "{interaction} of {type} (the model's resources are read-only)")
            .format(Map.of("interaction", interaction, "type", typeName)));
  }

  /** search by canonical URL, name or id. */
  @Search
  public List<IBaseResource> search(
      @OptionalParam(name = "url") UriParam url,
      @OptionalParam(name = "name") StringParam name,
      @OptionalParam(name = "_id") StringParam id) {
    List<IBaseResource> out = new ArrayList<>();
    for (CanonicalResource r : byId.values()) {
      if ((url == null || url.getValue().equals(r.getUrl()))
          && (name == null || r.getName() != null && r.getName().equalsIgnoreCase(name.getValue()))
          && (id == null || id.getValue().equals(r.getIdElement().getIdPart()))) {
        out.add(r.copy());
      }
    }
    return out;
  }
}
