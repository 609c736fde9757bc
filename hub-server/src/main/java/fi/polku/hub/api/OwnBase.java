package fi.polku.hub.api;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.model.ResourceReferences;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Bundle.BundleEntryComponent;

/**
 * References that a client writes as absolute URLs of this hub ({@code
 * http://host:8080/fhir/Learner/123}) are local references, as FHIR says of a server's own base:
 * they are stored as {@code Learner/123}, so that they are checked against the store, searched and
 * followed like any other (stored absolute, a search by {@code learner=Learner/123} missed them).
 */
final class OwnBase {

  private OwnBase() {}

  /** Rewrites the references of {@code resource} that start with the request's base URL. */
  static void localize(RequestDetails request, IBaseResource resource) {
    String prefix = prefix(request);
    if (resource == null || prefix == null) {
      return;
    }
    for (ResourceReferenceInfo info :
        new ResourceReferences(request.getFhirContext()).of(resource)) {
      IBaseReference ref = info.getResourceReference();
      String value = ref.getReferenceElement().getValue();
      if (value != null && value.length() > prefix.length() && value.startsWith(prefix)) {
        ref.setReference(value.substring(prefix.length()));
      }
    }
  }

  /**
   * Makes the {@code fullUrl}s of a batch/transaction response absolute with the request's base
   * URL, as FHIR wants a {@code fullUrl} to be (the write path knows only {@code Type/id}).
   */
  static Bundle absolute(RequestDetails request, Bundle response) {
    String prefix = prefix(request);
    if (prefix == null) {
      return response;
    }
    for (BundleEntryComponent entry : response.getEntry()) {
      String fullUrl = entry.getFullUrl();
      if (fullUrl != null && !fullUrl.isEmpty() && fullUrl.indexOf(':') < 0) {
        entry.setFullUrl(prefix + fullUrl);
      }
    }
    return response;
  }

  /**
   * A search value with the request's base URL taken off where a value of a comma-separated list
   * starts with it ({@code http://host/fhir/Learner/1,Learner/2} is {@code Learner/1,Learner/2}).
   */
  static String localize(RequestDetails request, String value) {
    String prefix = prefix(request);
    if (value == null || prefix == null || !value.contains(prefix)) {
      return value;
    }
    String local = value.startsWith(prefix) ? value.substring(prefix.length()) : value;
    return local.replace("," + prefix, ",");
  }

  /**
   * As {@link #localize(RequestDetails, IBaseResource)}, for every entry of a Bundle, and for the
   * entries' {@code fullUrl}s: a relative reference elsewhere in the Bundle then names the entry.
   */
  static void localize(RequestDetails request, Bundle bundle) {
    if (bundle == null) {
      return;
    }
    String prefix = prefix(request);
    for (BundleEntryComponent entry : bundle.getEntry()) {
      localize(request, entry.getResource());
      String fullUrl = entry.getFullUrl();
      if (prefix != null
          && fullUrl != null
          && fullUrl.length() > prefix.length()
          && fullUrl.startsWith(prefix)) {
        entry.setFullUrl(fullUrl.substring(prefix.length()));
      }
    }
  }

  /**
   * Whether a request body may hold a reference to the hub's own base (its text contains the base
   * URL): such a body is validated after its references are made local, not as sent.
   */
  static boolean mentionedIn(RequestDetails request, byte[] body) {
    String prefix = prefix(request);
    return prefix != null && indexOf(body, prefix.getBytes(StandardCharsets.UTF_8)) >= 0;
  }

  private static String prefix(RequestDetails request) {
    String base = request.getFhirServerBase();
    if (base == null || base.isEmpty()) {
      return null;
    }
    return base.endsWith("/") ? base : base + "/";
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
