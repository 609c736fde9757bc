package fi.polku.hub.api;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import fi.polku.hub.search.SearchParser;
import fi.polku.hub.search.SearchService;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.write.EntrySearches;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Set;
import org.hl7.fhir.r5.model.Bundle;

/**
 * Answers searches and histories of the stored types with the hub's own Bundles, once HAPI has
 * routed the request: HAPI's own paging keeps result lists in one node's memory and pages by
 * offset, while the hub's pages are keyset cursors any node can continue. HAPI still encodes the
 * Bundle, so {@code _format}, {@code _pretty}, {@code _elements} and {@code _summary} work as
 * usual; where HAPI would write each resource whole and compact, a search's resources go out as the
 * store holds them ({@link RawEntries}), which is the same JSON without re-encoding it.
 */
@Interceptor
public final class SearchInterceptor {

  private final SearchBundles searches;
  private final HistoryBundles histories;
  private final Set<String> storedTypes;

  private SearchInterceptor(
      SearchBundles searches, HistoryBundles histories, Set<String> storedTypes) {
    this.searches = searches;
    this.histories = histories;
    this.storedTypes = storedTypes;
  }

  /**
   * The interceptor of a hub.
   *
   * @param defaultCount page size without {@code _count}
   * @param maxHistory largest history page
   * @param syncMargin longest write transaction (change-feed marks lie this far back)
   * @param storedTypes the stored resource types
   */
  public static SearchInterceptor of(
      SearchParser parser,
      SearchService service,
      ResourceReader reader,
      int defaultCount,
      int maxHistory,
      Duration syncMargin,
      Set<String> storedTypes) {
    return new SearchInterceptor(
        new SearchBundles(parser, service),
        new HistoryBundles(reader, defaultCount, maxHistory, syncMargin),
        Set.copyOf(storedTypes));
  }

  /**
   * The search and history entries of Bundles sent in {@code request}, answered as such requests of
   * it are.
   */
  EntrySearches entrySearches(RequestDetails request) {
    return new EntrySearches() {
      @Override
      public Bundle search(String type, String query) {
        return searches.search(request, type, query);
      }

      @Override
      public Bundle history(String type, String id, String query) {
        return histories.history(request, type, id, query);
      }
    };
  }

  /** Handles the request and returns false (HAPI stops), or returns true for other requests. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean answer(RequestDetails request) throws IOException {
    RestOperationTypeEnum op = request.getRestOperationType();
    String type = request.getResourceName();
    Bundle bundle;
    if (op == RestOperationTypeEnum.SEARCH_TYPE && storedTypes.contains(type)) {
      RawEntries raw = RawEntries.forResponse(request);
      bundle = searches.search(request, raw);
      if (raw != null) {
        raw.attachTo(request);
      }
    } else if (op == RestOperationTypeEnum.HISTORY_INSTANCE && storedTypes.contains(type)) {
      bundle = histories.history(request, type, request.getId().getIdPart());
    } else if (op == RestOperationTypeEnum.HISTORY_TYPE && storedTypes.contains(type)) {
      bundle = histories.history(request, type, null);
    } else if (op == RestOperationTypeEnum.HISTORY_SYSTEM) {
      bundle = histories.history(request, null, null);
    } else {
      return true;
    }
    RestfulServerUtils.streamResponseAsResource(
        request.getServer(),
        bundle,
        RestfulServerUtils.determineSummaryMode(request),
        200,
        false,
        respondGzip(request),
        request);
    return false;
  }

  /**
   * Whether the client accepts a gzip-compressed answer, as HAPI decides it for the answers it
   * writes itself: search pages and histories are the hub's largest answers.
   */
  private static boolean respondGzip(RequestDetails request) {
    return request instanceof ServletRequestDetails servlet && servlet.isRespondGzip();
  }

  /** Puts the stored JSON of the resources {@link RawEntries} took into the response. */
  @Hook(Pointcut.SERVER_OUTGOING_WRITER_CREATED)
  public Writer splice(RequestDetails request, Writer writer) {
    RawEntries raw = RawEntries.take(request);
    return raw == null ? writer : raw.splice(writer);
  }
}
