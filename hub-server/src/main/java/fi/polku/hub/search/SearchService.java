package fi.polku.hub.search;

import fi.polku.hub.index.DeferredIndexing;
import fi.polku.hub.index.ResourceIndexer;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs FHIR searches: the index finds the page's row ids (keyset paging, no offsets), the store
 * gives their current versions, includes are added, and the result says whether there is a next
 * page. One read-only transaction per page.
 */
public final class SearchService {

  /** Up to how many hits the total is counted exactly when the client did not ask otherwise. */
  static final long ESTIMATE_LIMIT = 10_000;

  private final EntityManager em;
  private final TransactionTemplate readOnly;
  private final ResourceDecoder decoder;
  private final Includes includes;
  private final Rows rows;
  private final int maxChain;
  private final Duration syncMargin;
  private final DeferredIndexing deferred;

  /**
   * A search service.
   *
   * @param maxChain most resources a chain or reverse chain may match
   * @param syncMargin longest write transaction: what is older is complete in a change feed
   * @param deferred what the searches wait for when writes leave their index changes outstanding,
   *     or null when each write waits until its changes are searchable
   */
  public SearchService(
      EntityManager em,
      TransactionTemplate readOnly,
      ResourceStore store,
      ResourceDecoder decoder,
      SearchParamRegistry registry,
      ResourceIndexer indexer,
      int maxChain,
      Duration syncMargin,
      DeferredIndexing deferred) {
    this.em = em;
    this.readOnly = readOnly;
    this.decoder = decoder;
    this.rows = new Rows(em);
    this.includes = new Includes(registry, indexer, store, rows, decoder);
    this.maxChain = maxChain;
    this.syncMargin = syncMargin;
    this.deferred = deferred;
  }

  /** The page of {@code q}. */
  public SearchResult search(SearchQuery q) {
    awaitWrites();
    long now = System.currentTimeMillis();
    return readOnly.execute(s -> run(q, now));
  }

  /** How many resources match {@code q} (for {@code _summary=count}). */
  public long count(SearchQuery q) {
    awaitWrites();
    long now = System.currentTimeMillis();
    Long n = readOnly.execute(s -> new IndexQueries(em, maxChain, now).count(q));
    return n == null ? 0 : n;
  }

  /** Makes every write answered before now searchable, where writes do not wait for that. */
  private void awaitWrites() {
    if (deferred != null) {
      deferred.awaitVisible();
    }
  }

  private SearchResult run(SearchQuery q, long now) {
    IndexQueries index = new IndexQueries(em, maxChain, now);
    long countUpTo =
        switch (q.total()) {
          case ACCURATE -> Long.MAX_VALUE;
          case NONE -> 0;
          case ESTIMATE -> ESTIMATE_LIMIT;
          case DEFAULT -> q.cursor() == null ? ESTIMATE_LIMIT : 0;
        };
    long mark = q.cursor() == null ? now - syncMargin.toMillis() : q.cursor().mark();
    IndexQueries.Page page = index.page(q, q.count() + 1, countUpTo);
    List<IndexQueries.Hit> hits = page.hits();
    Cursor next = null;
    if (hits.size() > q.count()) {
      hits = hits.subList(0, q.count());
      IndexQueries.Hit last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
      next = last == null ? null : new Cursor(last.sortValues(), last.pid(), mark);
    }
    List<Long> pids = hits.stream().map(IndexQueries.Hit::pid).toList();
    Map<Long, ResourceEntity> loaded = rows.byPids(pids);
    List<IBaseResource> matches = new ArrayList<>(pids.size());
    for (Long pid : pids) {
      ResourceEntity row = loaded.get(pid);
      // A row deleted since the index answered is skipped; the page is then one shorter.
      if (row != null && !row.deleted()) {
        matches.add(decoder.decodeUnchanged(row.toStored()));
      }
    }
    List<IBaseResource> included =
        q.includes().isEmpty() && q.revIncludes().isEmpty()
            ? List.of()
            : includes.resolve(q, matches, index);
    Long total = countUpTo > 0 && page.total().exact() ? Long.valueOf(page.total().count()) : null;
    return new SearchResult(matches, included, total, next, mark);
  }
}
