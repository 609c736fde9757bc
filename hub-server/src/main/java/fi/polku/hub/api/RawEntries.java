package fi.polku.hub.api;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.StampedJson;
import fi.polku.hub.store.StoredVersion;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Basic;
import org.hl7.fhir.r5.model.Resource;

/**
 * The entries of one response whose resources go out as the stored JSON instead of being encoded by
 * HAPI: encoding large resources is most of a search page's time. HAPI still encodes the Bundle,
 * with a small placeholder resource in each such entry, and {@link SplicingWriter} puts the stored
 * JSON in its place. Only for responses where HAPI would write each resource whole and compact.
 */
final class RawEntries {

  /** Where a request keeps its entries between building the Bundle and writing it. */
  private static final String KEY = RawEntries.class.getName();

  private static final String MARKER_ID = "polku-raw-";

  /** Tests set this to compare with HAPI's own encoding; never set in a running hub. */
  static volatile boolean disabled;

  private final String base;
  private final List<String> json = new ArrayList<>();

  private RawEntries(String base) {
    this.base = base;
  }

  /**
   * Entries for {@code request}'s response, or null when HAPI must encode the resources itself:
   * another format than JSON, pretty printing, {@code _summary}, {@code _elements} or {@code
   * _count=0} (which HAPI answers with the total only).
   */
  static RawEntries forResponse(RequestDetails request) {
    return disabled || !compactWholeJson(request)
        ? null
        : new RawEntries(request.getFhirServerBase());
  }

  /**
   * Keeps these entries in {@code request} for {@link #take}: once its Bundle is complete, so that
   * an error answered instead of it is written as usual.
   */
  void attachTo(RequestDetails request) {
    request.getUserData().put(KEY, this);
  }

  /**
   * The entries of {@code request}, or null when it has none; taken out, as only the first writer
   * (the Bundle's) has their placeholders: an error written after it is written as usual.
   */
  static RawEntries take(RequestDetails request) {
    return request.getUserData().remove(KEY) instanceof RawEntries r ? r : null;
  }

  private static boolean compactWholeJson(RequestDetails request) {
    try {
      RestfulServerUtils.ResponseEncoding encoding =
          RestfulServerUtils.determineResponseEncodingWithDefault(request);
      if (encoding == null || encoding.getEncoding() != EncodingEnum.JSON) {
        return false;
      }
      if (RestfulServerUtils.prettyPrintResponse(request.getServer(), request)) {
        return false;
      }
      Set<SummaryEnum> summary = RestfulServerUtils.determineSummaryMode(request);
      if (!summary.isEmpty() && !summary.equals(Set.of(SummaryEnum.FALSE))) {
        return false;
      }
    } catch (RuntimeException e) {
      // HAPI refuses the request when it writes the response; let it, on its own path.
      return false;
    }
    for (String name : request.getParameters().keySet()) {
      if (name.startsWith(Constants.PARAM_ELEMENTS)) {
        return false;
      }
    }
    String[] count = request.getParameters().get(Constants.PARAM_COUNT);
    if (count != null && count.length > 0 && "0".equalsIgnoreCase(count[0])) {
      return false;
    }
    String prefer = request.getHeader(Constants.HEADER_PREFER);
    return prefer == null || !prefer.contains("return");
  }

  /**
   * What goes into the entry of {@code r}: a placeholder standing for its stored JSON, or {@code r}
   * itself when HAPI must encode it (not decoded unchanged from the store, a shape of stored JSON
   * not recognised, or a reference HAPI would shorten against this hub's base URL).
   */
  Resource entryResource(IBaseResource r) {
    StoredVersion v = ResourceDecoder.storedOf(r);
    String stamped = v == null || v.json().contains(base) ? null : StampedJson.of(v);
    if (stamped == null) {
      return (Resource) r;
    }
    Basic placeholder = new Basic();
    placeholder.setId(MARKER_ID + json.size());
    json.add(stamped);
    return placeholder;
  }

  /** {@code out} with the placeholders replaced; {@code out} itself when there are none. */
  Writer splice(Writer out) {
    return json.isEmpty() ? out : new SplicingWriter(out, List.copyOf(json));
  }

  /** HAPI's compact encoding of the {@code i}th placeholder. */
  static String marker(int i) {
    return "{\"resourceType\":\"Basic\",\"id\":\"" + MARKER_ID + i + "\"}";
  }
}
