package fi.polku.hub.api;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.UrlUtil;
import fi.polku.hub.search.SearchParser;
import fi.polku.hub.search.SearchQuery;
import fi.polku.hub.search.SearchResult;
import fi.polku.hub.search.SearchService;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Resource;

/**
 * Answers a type search: parses the request's parameters ({@code Prefer: handling=lenient} drops
 * what it cannot apply), runs the search, and assembles the searchset Bundle: matches, then
 * includes, the total when counted, a self link with what was applied and a next link with the
 * cursor of the next page. {@code meta.lastUpdated} is the change-feed mark (see
 * docs/operations.md).
 */
final class SearchBundles {

  private final SearchParser parser;
  private final SearchService service;

  SearchBundles(SearchParser parser, SearchService service) {
    this.parser = parser;
    this.service = service;
  }

  /**
   * The searchset of the search in {@code request}.
   *
   * @param raw takes the resources that go out as stored; null to put them all in the Bundle
   */
  Bundle search(RequestDetails request, RawEntries raw) {
    return search(
        request.getResourceName(),
        parameters(request, request.getParameters()),
        lenient(request),
        request.getFhirServerBase(),
        raw);
  }

  /**
   * The searchset of a Bundle's search entry ({@code GET type?query}) sent in {@code request}.
   *
   * @param query the entry's query string, URL-encoded
   */
  Bundle search(RequestDetails request, String type, String query) {
    Map<String, String[]> raw = UrlUtil.parseQueryString(query);
    return search(
        type, parameters(request, raw), lenient(request), request.getFhirServerBase(), null);
  }

  private Bundle search(
      String type, Map<String, List<String>> params, boolean lenient, String base, RawEntries raw) {
    SearchQuery q = parser.parse(type, params, lenient);
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    String cursor = first(params, "_cursor");
    b.addLink()
        .setRelation(Bundle.LinkRelationTypes.SELF)
        .setUrl(Links.of(base, type, q.applied(), cursor));
    if ("count".equals(first(params, "_summary"))) {
      b.setTotal((int) Math.min(Integer.MAX_VALUE, service.count(q)));
      return b;
    }
    SearchResult r = service.search(q);
    b.getMeta().setLastUpdated(new Date(r.completeBefore()));
    if (r.total() != null) {
      b.setTotal((int) Math.min(Integer.MAX_VALUE, r.total()));
    }
    if (r.next() != null) {
      b.addLink()
          .setRelation(Bundle.LinkRelationTypes.NEXT)
          .setUrl(Links.of(base, type, q.applied(), r.next().encode()));
    }
    add(b, base, r.matches(), Bundle.SearchEntryMode.MATCH, raw);
    add(b, base, r.included(), Bundle.SearchEntryMode.INCLUDE, raw);
    return b;
  }

  private static void add(
      Bundle b,
      String base,
      List<IBaseResource> resources,
      Bundle.SearchEntryMode mode,
      RawEntries raw) {
    for (IBaseResource r : resources) {
      b.addEntry()
          .setFullUrl(base + "/" + r.getIdElement().toUnqualifiedVersionless().getValue())
          .setResource(raw == null ? (Resource) r : raw.entryResource(r))
          .getSearch()
          .setMode(mode);
    }
  }

  /**
   * Parameters in order, repeated ones with several values; a value given as an absolute URL of
   * this hub ({@code learner=http://host/fhir/Learner/1}) is the local reference.
   */
  static Map<String, List<String>> parameters(RequestDetails request, Map<String, String[]> raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : raw.entrySet()) {
      List<String> values = new ArrayList<>();
      for (String v : e.getValue()) {
        values.add(OwnBase.localize(request, v));
      }
      out.put(e.getKey(), values);
    }
    return out;
  }

  static String first(RequestDetails request, String name) {
    String[] v = request.getParameters().get(name);
    return v == null || v.length == 0 ? null : v[0];
  }

  static String first(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Whether the client asked for lenient handling of unknown or malformed parameters. */
  static boolean lenient(RequestDetails request) {
    String prefer = request.getHeader("Prefer");
    return prefer != null && prefer.replace(" ", "").toLowerCase().contains("handling=lenient");
  }
}
