package fi.polku.mapping.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.HubUnavailableException;
import fi.polku.mapping.hub.StoredResource;
import java.io.IOException;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Resource;

/** An {@link ExportSource} over HTTP: FHIR searches of a running hub, followed page by page. */
public final class RemoteExportSource implements ExportSource {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 200;

  private final IGenericClient client;

  /**
   * A source reading the hub at {@code baseUrl} ({@code http://127.0.0.1:8080/fhir}).
   *
   * @param fhir a context with the model's types registered
   */
  public RemoteExportSource(FhirContext fhir, String baseUrl) {
    fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    fhir.getRestfulClientFactory().setSocketTimeout(120_000);
    this.client = fhir.newRestfulGenericClient(baseUrl);
  }

  @Override
  public void forEach(String type, Consumer<StoredResource> each) {
    try {
      Bundle page =
          client.search().byUrl(type + "?_count=" + PAGE).returnBundle(Bundle.class).execute();
      while (page != null) {
        for (Bundle.BundleEntryComponent e : page.getEntry()) {
          Resource r = e.getResource();
          if (r != null && type.equals(r.fhirType())) {
            each.accept(stored(type, r));
          }
        }
        page =
            page.getLink(Bundle.LINK_NEXT) == null ? null : client.loadPage().next(page).execute();
      }
    } catch (FhirClientConnectionException e) {
      throw new HubUnavailableException("The hub cannot be reached", e);
    } catch (BaseServerResponseException e) {
      throw new HubUnavailableException(
          "Searching " + type + " failed with HTTP " + e.getStatusCode(), e);
    }
  }

  @Override
  public StoredResource read(String type, String id) {
    try {
      return stored(type, client.read().resource(type).withId(id).execute());
    } catch (ResourceNotFoundException | ResourceGoneException e) {
      return null;
    } catch (FhirClientConnectionException e) {
      throw new HubUnavailableException("The hub cannot be reached", e);
    } catch (BaseServerResponseException e) {
      throw new HubUnavailableException(
          "Reading " + type + "/" + id + " failed with HTTP " + e.getStatusCode(), e);
    }
  }

  private StoredResource stored(String type, IBaseResource r) {
    try {
      ObjectNode json =
          (ObjectNode)
              JSON.readTree(client.getFhirContext().newJsonParser().encodeResourceToString(r));
      return new StoredResource(type, r.getIdElement().getIdPart(), json);
    } catch (IOException e) {
      throw new HubUnavailableException("The hub's answer is not JSON", e);
    }
  }
}
