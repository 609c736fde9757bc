package fi.polku.hub.search;

import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.ResourceIndexer;
import fi.polku.hub.index.SearchParam;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Resource;

/**
 * {@code _include} and {@code _revinclude}: forward references are read from the page's resources
 * (the compiled search parameter evaluated on them), reverse ones are asked of the index. {@code
 * :iterate} repeats on what was included, for a few rounds and a bounded number of resources.
 */
final class Includes {

  /** Most resources included into one page. */
  static final int MAX_INCLUDED = 1000;

  private static final int MAX_ROUNDS = 4;

  private final SearchParamRegistry registry;
  private final ResourceIndexer indexer;
  private final ResourceStore store;
  private final Rows rows;
  private final ResourceDecoder decoder;

  Includes(
      SearchParamRegistry registry,
      ResourceIndexer indexer,
      ResourceStore store,
      Rows rows,
      ResourceDecoder decoder) {
    this.registry = registry;
    this.indexer = indexer;
    this.store = store;
    this.rows = rows;
    this.decoder = decoder;
  }

  /** The resources {@code q}'s includes add to {@code matches}, in a stable order. */
  List<IBaseResource> resolve(SearchQuery q, List<IBaseResource> matches, IndexQueries index) {
    Map<String, IBaseResource> seen = new LinkedHashMap<>();
    for (IBaseResource r : matches) {
      seen.put(key(r), r);
    }
    List<IBaseResource> out = new ArrayList<>();
    List<IBaseResource> round = matches;
    for (int i = 0; i < MAX_ROUNDS && !round.isEmpty() && out.size() < MAX_INCLUDED; i++) {
      boolean first = i == 0;
      List<IBaseResource> added = new ArrayList<>();
      for (SearchQuery.Include inc : q.includes()) {
        if (first || inc.iterate()) {
          addAll(forward(inc, round), seen, added);
        }
      }
      for (SearchQuery.Include inc : q.revIncludes()) {
        if (first || inc.iterate()) {
          addAll(reverse(inc, round, index), seen, added);
        }
      }
      out.addAll(added);
      round = added;
    }
    return out.size() > MAX_INCLUDED ? out.subList(0, MAX_INCLUDED) : out;
  }

  private List<IBaseResource> forward(SearchQuery.Include inc, List<IBaseResource> from) {
    Map<String, Set<String>> idsByType = new LinkedHashMap<>();
    for (IBaseResource r : from) {
      if (!type(r).equals(inc.sourceType())) {
        continue;
      }
      for (SearchParam p : params(inc)) {
        for (String ref : indexer.references(p, (Resource) r)) {
          int slash = ref.indexOf('/');
          if (slash <= 0 || ref.contains(":") || ref.indexOf('/', slash + 1) >= 0) {
            continue;
          }
          String t = ref.substring(0, slash);
          if (inc.targetType() == null || inc.targetType().equals(t)) {
            idsByType.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(ref.substring(slash + 1));
          }
        }
      }
    }
    List<IBaseResource> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : idsByType.entrySet()) {
      Map<String, ResourceEntity> rows = store.currentByIds(e.getKey(), e.getValue());
      for (String id : e.getValue()) {
        ResourceEntity row = rows.get(id);
        if (row != null && !row.deleted()) {
          out.add(decoder.decodeUnchanged(row.toStored()));
        }
      }
    }
    return out;
  }

  private List<IBaseResource> reverse(
      SearchQuery.Include inc, List<IBaseResource> to, IndexQueries index) {
    List<String> refs = new ArrayList<>();
    for (IBaseResource r : to) {
      refs.add(key(r));
    }
    List<Long> pids = new ArrayList<>();
    for (SearchParam p : params(inc)) {
      pids.addAll(index.referring(inc.sourceType(), p.code(), refs, MAX_INCLUDED));
    }
    Map<Long, ResourceEntity> loaded = rows.byPids(pids);
    List<IBaseResource> out = new ArrayList<>();
    for (Long pid : pids) {
      ResourceEntity row = loaded.get(pid);
      if (row != null && !row.deleted()) {
        out.add(decoder.decodeUnchanged(row.toStored()));
      }
    }
    return out;
  }

  private List<SearchParam> params(SearchQuery.Include inc) {
    if (inc.param() != null) {
      return List.of(inc.param());
    }
    return registry.of(inc.sourceType()).values().stream()
        .filter(p -> p.type() == ParamType.REFERENCE && !p.code().startsWith("_"))
        .toList();
  }

  private static void addAll(
      List<IBaseResource> found, Map<String, IBaseResource> seen, List<IBaseResource> added) {
    for (IBaseResource r : found) {
      if (seen.putIfAbsent(key(r), r) == null) {
        added.add(r);
      }
    }
  }

  private static String key(IBaseResource r) {
    return type(r) + "/" + r.getIdElement().getIdPart();
  }

  private static String type(IBaseResource r) {
    return r.getIdElement().getResourceType();
  }
}
