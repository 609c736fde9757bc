package fi.polku.hub.api;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.UrlUtil;
import fi.polku.hub.problem.Details;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.search.Cursor;
import fi.polku.hub.search.SearchQuery;
import fi.polku.hub.store.HistoryPosition;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.store.StoredVersion;
import fi.polku.hub.write.VersionTags;
import fi.polku.validation.api.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.InstantType;
import org.hl7.fhir.r5.model.Resource;

/**
 * History of a resource, a type or the server, newest first, keyset paged: the next link carries a
 * cursor (the last version's time, row id and version), so paging is stable while records change
 * and costs the same on every page. Tombstones are entries with {@code request.method = DELETE}.
 * {@code meta.lastUpdated} is the change-feed mark: a consumer's next {@code _since}.
 */
final class HistoryBundles {

  private static final Set<String> KNOWN =
      Set.of("_since", "_count", "_cursor", "_format", "_pretty", "_elements", "_summary");

  private final ResourceReader reader;
  private final int defaultCount;
  private final int maxHistory;
  private final Duration syncMargin;

  HistoryBundles(ResourceReader reader, int defaultCount, int maxHistory, Duration syncMargin) {
    this.reader = reader;
    this.defaultCount = defaultCount;
    this.maxHistory = maxHistory;
    this.syncMargin = syncMargin;
  }

  /** The history page of {@code request}: {@code type} and {@code id} may be null. */
  Bundle history(RequestDetails request, String type, String id) {
    return history(
        request.getParameters(),
        SearchBundles.lenient(request),
        request.getFhirServerBase(),
        type,
        id);
  }

  /**
   * The history page a Bundle entry asks for ({@code GET Type/id/_history?_count=5}), with the
   * parameters of its query string and the handling its Bundle's request asked for.
   */
  Bundle history(RequestDetails request, String type, String id, String query) {
    return history(
        UrlUtil.parseQueryString(query),
        SearchBundles.lenient(request),
        request.getFhirServerBase(),
        type,
        id);
  }

  private Bundle history(
      Map<String, String[]> parameters, boolean lenient, String base, String type, String id) {
    if (id != null && !reader.exists(type, id)) {
      throw new HubException(HubCodes.NOT_FOUND, Map.of("resource", type + "/" + id));
    }
    List<SearchQuery.Applied> applied = new ArrayList<>();
    Instant since = null;
    int count = defaultCount;
    for (Map.Entry<String, String[]> e : parameters.entrySet()) {
      String name = e.getKey();
      String value = e.getValue().length == 0 ? "" : e.getValue()[0];
      try {
        if (!KNOWN.contains(name)) {
          throw HubCodes.unsupportedSearch(name, "_history", KNOWN);
        }
        if (name.equals("_since")) {
          since = instant(value);
        } else if (name.equals("_count")) {
          count = count(value);
        }
        if (!name.equals("_cursor") && !name.equals("_format") && !name.equals("_pretty")) {
          applied.add(new SearchQuery.Applied(name, value));
        }
      } catch (HubException ex) {
        if (!lenient) {
          throw ex;
        }
      }
    }
    String[] cursorValues = parameters.get("_cursor");
    String token = cursorValues == null || cursorValues.length == 0 ? null : cursorValues[0];
    Cursor cursor = token == null ? null : Cursor.decode(token, 2);
    long mark = cursor == null ? System.currentTimeMillis() - syncMargin.toMillis() : cursor.mark();
    HistoryPosition after = cursor == null ? null : position(cursor);
    List<StoredVersion> versions = reader.history(type, id, since, after, count + 1);
    Bundle b = new Bundle().setType(Bundle.BundleType.HISTORY);
    b.getMeta().setLastUpdated(new Date(mark));
    String path =
        id != null ? type + "/" + id + "/_history" : type != null ? type + "/_history" : "_history";
    b.addLink()
        .setRelation(Bundle.LinkRelationTypes.SELF)
        .setUrl(Links.of(base, path, applied, token));
    if (cursor == null) {
      b.setTotal((int) Math.min(Integer.MAX_VALUE, reader.historyCount(type, id, since)));
    }
    if (versions.size() > count) {
      versions = versions.subList(0, count);
      StoredVersion last = versions.get(versions.size() - 1);
      Cursor next =
          new Cursor(
              List.of(last.lastUpdated().toEpochMilli(), (long) last.version()), last.pid(), mark);
      b.addLink()
          .setRelation(Bundle.LinkRelationTypes.NEXT)
          .setUrl(Links.of(base, path, applied, next.encode()));
    }
    for (StoredVersion v : versions) {
      entry(b, base, v);
    }
    return b;
  }

  private void entry(Bundle b, String base, StoredVersion v) {
    Bundle.BundleEntryComponent e = b.addEntry();
    String url = v.type() + "/" + v.id();
    e.setFullUrl(base + "/" + url);
    Bundle.BundleEntryRequestComponent req = e.getRequest();
    if (v.deleted()) {
      req.setMethod(Bundle.HTTPVerb.DELETE).setUrl(url);
      e.getResponse()
          .setStatus("410 Gone")
          .setEtag(VersionTags.of(v.version()))
          .setLastModified(Date.from(v.lastUpdated()));
      return;
    }
    e.setResource((Resource) reader.decode(v));
    req.setMethod(v.version() == 1 ? Bundle.HTTPVerb.POST : Bundle.HTTPVerb.PUT)
        .setUrl(v.version() == 1 ? v.type() : url);
    e.getResponse()
        .setStatus(v.version() == 1 ? "201 Created" : "200 OK")
        .setEtag(VersionTags.of(v.version()))
        .setLastModified(Date.from(v.lastUpdated()));
  }

  private static HistoryPosition position(Cursor c) {
    if (!(c.values().get(0) instanceof Long at) || !(c.values().get(1) instanceof Long version)) {
      throw new HubException(HubCodes.INVALID_CURSOR, Map.of());
    }
    return new HistoryPosition(Instant.ofEpochMilli(at), c.pid(), version.intValue());
  }

  private static Instant instant(String value) {
    try {
      InstantType t = new InstantType(value);
      return t.getValue().toInstant();
    } catch (RuntimeException e) {
      try {
        return Instant.ofEpochMilli(fi.polku.hub.index.DateRange.parse(value).low());
      } catch (RuntimeException e2) {
        throw new HubException(
            HubCodes.INVALID_SEARCH_VALUE,
            Map.of("parameter", "_since"),
            Map.of(
                "detail",
                new Text(
                        "ei ole ajanhetki: {value}",
                        "inte en tidpunkt: {value}",
                        "not an instant: {value}")
                    .format(Map.of("value", value))));
      }
    }
  }

  private int count(String value) {
    try {
      return Math.max(1, Math.min(Integer.parseInt(value.trim()), maxHistory));
    } catch (NumberFormatException e) {
      throw new HubException(
          HubCodes.INVALID_SEARCH_VALUE,
          Map.of("parameter", "_count"),
          Map.of("detail", Details.notANumber(value)));
    }
  }
}
