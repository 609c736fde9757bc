package fi.polku.mapping.hub;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.transform.Conditions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A {@link HubPort} over HTTP: FHIR transaction Bundles posted with HAPI's generic client. The
 * Bundle is assembled from the entries' JSON as it is (nothing is parsed into objects and encoded
 * again on the way out). Transport failures are retried a few times before the run stops.
 */
public final class RemoteHubPort implements HubPort {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ATTEMPTS = 3;

  private final IGenericClient client;

  /**
   * A port to the hub at {@code baseUrl} ({@code http://127.0.0.1:8080/fhir}).
   *
   * @param fhir a context with the model's types registered
   */
  public RemoteHubPort(FhirContext fhir, String baseUrl) {
    fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    fhir.getRestfulClientFactory().setSocketTimeout(120_000);
    this.client = fhir.newRestfulGenericClient(baseUrl);
  }

  @Override
  public TransactionResult transaction(List<WriteEntry> entries) {
    String bundle = TransactionBundles.json(entries);
    Instant sent = Instant.now();
    for (int attempt = 1; ; attempt++) {
      try {
        String response = client.transaction().withBundle(bundle).execute();
        return TransactionResponses.committed(JSON.readTree(response), entries.size(), sent);
      } catch (ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException e) {
        if (attempt >= ATTEMPTS) {
          throw new HubUnavailableException("The hub cannot be reached", e);
        }
        pause(attempt);
      } catch (BaseServerResponseException e) {
        if (e.getStatusCode() >= 500 && attempt < ATTEMPTS) {
          pause(attempt);
          continue;
        }
        if (e.getStatusCode() >= 500) {
          throw new HubUnavailableException("The hub failed with HTTP " + e.getStatusCode(), e);
        }
        return TransactionResponses.rejected(e);
      } catch (IOException e) {
        throw new HubUnavailableException("The hub's answer is not JSON", e);
      }
    }
  }

  /** Identifiers per search: the request line stays well under the servers' 8 KB limit. */
  private static final int IDENTIFIERS_PER_SEARCH = 50;

  @Override
  public List<StoredResource> find(String type, Collection<Identifier> identifiers) {
    List<StoredResource> out = new ArrayList<>();
    List<Identifier> all = new ArrayList<>(identifiers);
    for (int from = 0; from < all.size(); from += IDENTIFIERS_PER_SEARCH) {
      out.addAll(
          search(type, all.subList(from, Math.min(all.size(), from + IDENTIFIERS_PER_SEARCH))));
    }
    return out;
  }

  private List<StoredResource> search(String type, List<Identifier> identifiers) {
    List<StoredResource> out = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    for (Identifier id : identifiers) {
      if (values.length() > 0) {
        values.append(',');
      }
      values
          .append(enc(Conditions.escape(id.system())))
          .append('|')
          .append(enc(Conditions.escape(id.value())));
    }
    String url = type + "?identifier=" + values + "&_count=" + identifiers.size() * 4;
    try {
      IBaseResource bundle = client.search().byUrl(url).execute();
      JsonNode json =
          JSON.readTree(client.getFhirContext().newJsonParser().encodeResourceToString(bundle));
      for (JsonNode entry : json.path("entry")) {
        JsonNode r = entry.path("resource");
        if (r instanceof ObjectNode o && type.equals(o.path("resourceType").asText())) {
          out.add(new StoredResource(type, o.path("id").asText(), o));
        }
      }
      return out;
    } catch (BaseServerResponseException | IOException e) {
      throw new HubUnavailableException("Searching " + type + " failed", e);
    }
  }

  @Override
  public StoredResource read(String type, String id) {
    try {
      IBaseResource r = client.read().resource(type).withId(id).execute();
      ObjectNode json =
          (ObjectNode)
              JSON.readTree(client.getFhirContext().newJsonParser().encodeResourceToString(r));
      return new StoredResource(type, id, json);
    } catch (ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException e) {
      return null;
    } catch (BaseServerResponseException | IOException e) {
      throw new HubUnavailableException("Reading " + type + "/" + id + " failed", e);
    }
  }

  @Override
  public UploadOutcome upload(String type, String id, byte[] json) {
    try {
      String body = new String(json, StandardCharsets.UTF_8);
      IBaseResource r = client.getFhirContext().newJsonParser().parseResource(body);
      r.setId(type + "/" + id);
      client.update().resource(r).execute();
      return UploadOutcome.ok(type + "/" + id + " stored");
    } catch (BaseServerResponseException e) {
      if (e.getStatusCode() >= 500) {
        throw new HubUnavailableException("Uploading " + type + "/" + id + " failed", e);
      }
      return UploadOutcome.unsupported(
          type + "/" + id + " not stored by the hub (HTTP " + e.getStatusCode() + ")");
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(500L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubUnavailableException("Interrupted while waiting to retry", e);
    }
  }
}
