package fi.polku.hub.search;

import fi.polku.hub.index.IndexFields;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ResourceEntity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The index queries of a search: the page of hits, and the bounded sub-queries of chains, reverse
 * chains and reverse includes. Runs in the caller's transaction (one Hibernate Search session).
 */
final class IndexQueries implements ChainResolver {

  private final SearchSession session;
  private final int maxChain;
  private final long now;

  IndexQueries(EntityManager em, int maxChain, long now) {
    this.session = Search.session(em);
    this.maxChain = maxChain;
    this.now = now;
  }

  /** A page of hits: row ids and sort values, and the total as far as counted. */
  record Page(List<Hit> hits, SearchResultTotal total) {}

  /** One hit: its row id and the values of the sort keys. */
  record Hit(long pid, List<Object> sortValues) {}

  /** The total hit count and whether it is exact. */
  record SearchResultTotal(long count, boolean exact) {}

  /**
   * The hits of {@code q} after its cursor, at most {@code limit}.
   *
   * @param countUpTo how far to count the total exactly; 0 for not at all
   */
  Page page(SearchQuery q, int limit, long countUpTo) {
    SortKeys keys = new SortKeys(q.sort());
    List<SearchProjection<?>> projections = new ArrayList<>();
    var select = session.search(ResourceEntity.class);
    List<String> fields = keys.fields();
    List<Class<?>> types = keys.valueTypes();
    SearchResult<List<?>> result =
        select
            .select(
                f -> {
                  projections.add(f.field(IndexFields.PID, Long.class).toProjection());
                  for (int i = 0; i < fields.size(); i++) {
                    projections.add(f.field(fields.get(i), types.get(i)).toProjection());
                  }
                  return f.composite()
                      .from(projections.toArray(new SearchProjection<?>[0]))
                      .asList();
                })
            .where(
                f -> {
                  Predicates p = new Predicates(f, this, now);
                  var and = f.and().add(p.all(q.type(), q.criteria()));
                  if (q.cursor() != null) {
                    and.add(keys.after(f, q.cursor()));
                  }
                  return and;
                })
            .sort(keys::sort)
            // A cluster takes the threshold as an int; beyond that, counting is simply exact.
            .totalHitCountThreshold(
                Math.min(Math.max(countUpTo, limit + 1L), (long) Integer.MAX_VALUE))
            .fetch(limit);
    List<Hit> hits = new ArrayList<>(result.hits().size());
    for (List<?> row : result.hits()) {
      hits.add(new Hit((Long) row.get(0), new ArrayList<>(row.subList(1, row.size()))));
    }
    var total = result.total();
    return new Page(
        hits,
        new SearchResultTotal(
            total.isHitCountExact() ? total.hitCount() : total.hitCountLowerBound(),
            total.isHitCountExact()));
  }

  /** The total hit count of {@code q}, exact. */
  long count(SearchQuery q) {
    return session
        .search(ResourceEntity.class)
        .where(f -> new Predicates(f, this, now).all(q.type(), q.criteria()))
        .fetchTotalHitCount();
  }

  @Override
  public List<String> chain(Criterion.Chain chain) {
    Set<String> refs = new LinkedHashSet<>();
    for (Map.Entry<String, Criterion> e : chain.inner().entrySet()) {
      for (String id : ids(e.getKey(), List.of(e.getValue()), chain.name())) {
        refs.add(e.getKey() + "/" + id);
      }
    }
    return new ArrayList<>(refs);
  }

  @Override
  public List<String> has(Criterion.Has has, String targetType) {
    String field = IndexFields.reference(has.reference().code());
    var result =
        session
            .search(ResourceEntity.class)
            .select(f -> f.field(field, String.class).multi())
            .where(f -> new Predicates(f, this, now).all(has.sourceType(), List.of(has.inner())))
            .totalHitCountThreshold(maxChain + 1L)
            .fetch(maxChain);
    if (tooMany(result.total())) {
      throw tooBroad(has.name());
    }
    List<List<String>> rows = result.hits();
    Set<String> ids = new LinkedHashSet<>();
    String prefix = targetType + "/";
    for (List<String> refs : rows) {
      for (String r : refs) {
        if (r.startsWith(prefix)) {
          ids.add(r.substring(prefix.length()));
        }
      }
    }
    return new ArrayList<>(ids);
  }

  /**
   * Row ids of resources of {@code sourceType} whose {@code code} refers to any of {@code refs}.
   */
  List<Long> referring(String sourceType, String code, Collection<String> refs, int max) {
    if (refs.isEmpty()) {
      return List.of();
    }
    return session
        .search(ResourceEntity.class)
        .select(f -> f.field(IndexFields.PID, Long.class))
        .where(
            f ->
                f.and(
                    f.match().field(IndexFields.TYPE).matching(sourceType),
                    f.terms().field(IndexFields.reference(code)).matchingAny(refs)))
        .sort(f -> f.field(IndexFields.PID))
        .fetchHits(max);
  }

  private List<String> ids(String type, List<Criterion> criteria, String name) {
    var result =
        session
            .search(ResourceEntity.class)
            .select(f -> f.field(IndexFields.ID, String.class))
            .where(f -> new Predicates(f, this, now).all(type, criteria))
            .totalHitCountThreshold(maxChain + 1L)
            .fetch(maxChain);
    if (tooMany(result.total())) {
      throw tooBroad(name);
    }
    return result.hits();
  }

  /**
   * Whether a sub-query matched more than {@code maxChain} resources. Fetching at most {@code
   * maxChain} hits and counting one further keeps within a cluster's result window (10000 by
   * default), which {@code maxChain + 1} hits would not.
   */
  private boolean tooMany(org.hibernate.search.engine.search.query.SearchResultTotal total) {
    return total.isHitCountExact()
        ? total.hitCount() > maxChain
        : total.hitCountLowerBound() > maxChain;
  }

  private HubException tooBroad(String name) {
    return new HubException(
        HubCodes.CHAIN_TOO_BROAD, Map.of("parameter", name, "limit", Integer.toString(maxChain)));
  }
}
