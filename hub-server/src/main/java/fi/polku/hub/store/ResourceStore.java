package fi.polku.hub.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of the resource store, and the entry to its writes ({@link #newBatch}). Every method runs
 * in the caller's transaction. Bulk methods take collections so a Bundle costs a query per type,
 * not per entry.
 */
public final class ResourceStore {

  private static final int IN_CHUNK = 500;

  private final EntityManager em;
  private final IdAllocator ids;
  private final UniqueSystems uniqueSystems;
  private final NativeReads reads;

  /**
   * A store.
   *
   * @param em the (transaction-bound, shared) entity manager
   * @param ids pid allocator
   * @param uniqueSystems identifier systems with unique values
   */
  public ResourceStore(EntityManager em, IdAllocator ids, UniqueSystems uniqueSystems) {
    this.em = em;
    this.ids = ids;
    this.uniqueSystems = uniqueSystems;
    this.reads = new NativeReads(em);
  }

  /** A new pid for a resource about to be created. */
  public long newPid() {
    return ids.next(em);
  }

  /** A batch of writes to flush together in the current transaction. */
  public StoreBatch newBatch() {
    return new StoreBatch(em, uniqueSystems);
  }

  /** The current row of {@code type/id} (possibly a tombstone). */
  public Optional<ResourceEntity> current(String type, String id) {
    return em.createQuery(
            "select r from ResourceEntity r where r.type = :t and r.resourceId = :i",
            ResourceEntity.class)
        .setParameter("t", type)
        .setParameter("i", id)
        .getResultStream()
        .findFirst();
  }

  /** The current rows of {@code type} with the given ids, by id. */
  public Map<String, ResourceEntity> currentByIds(String type, Collection<String> resourceIds) {
    Map<String, ResourceEntity> out = new HashMap<>();
    for (List<String> chunk : chunks(resourceIds)) {
      em.createQuery(
              "select r from ResourceEntity r where r.type = :t and r.resourceId in :ids",
              ResourceEntity.class)
          .setParameter("t", type)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(r -> out.put(r.resourceId(), r));
    }
    return out;
  }

  /** The ids among {@code resourceIds} of current, not deleted resources of {@code type}. */
  public Set<String> existingIds(String type, Collection<String> resourceIds) {
    Set<String> out = new HashSet<>();
    for (List<String> chunk : chunks(resourceIds)) {
      out.addAll(
          em.createQuery(
                  "select r.resourceId from ResourceEntity r where r.type = :t"
                      + " and r.resourceId in :ids and r.deleted = false",
                  String.class)
              .setParameter("t", type)
              .setParameter("ids", chunk)
              .getResultList());
    }
    return out;
  }

  /** A current resource's reference to another: who refers, where, and to what. */
  public record Referrer(String target, String type, String id, long pid, String path) {}

  /** The current, not deleted resources that refer to any of {@code targets} ({@code Type/id}). */
  public List<Referrer> referrers(Collection<String> targets) {
    List<Referrer> out = new ArrayList<>();
    for (List<String> chunk : chunks(targets)) {
      for (Object[] row :
          em.createQuery(
                  "select l.target, r.type, r.resourceId, r.pid, l.path from LinkEntity l,"
                      + " ResourceEntity r where r.pid = l.sourcePid and l.target in :t"
                      + " and r.deleted = false order by r.pid",
                  Object[].class)
              .setParameter("t", chunk)
              .getResultList()) {
        out.add(
            new Referrer(
                (String) row[0], (String) row[1], (String) row[2], (Long) row[3], (String) row[4]));
      }
    }
    return out;
  }

  /** Current rows by pid. */
  public Map<Long, ResourceEntity> byPids(Collection<Long> pids) {
    Map<Long, ResourceEntity> out = new HashMap<>();
    for (List<Long> chunk : chunks(pids)) {
      em.createQuery("select r from ResourceEntity r where r.pid in :p", ResourceEntity.class)
          .setParameter("p", chunk)
          .getResultList()
          .forEach(r -> out.put(r.pid(), r));
    }
    return out;
  }

  /**
   * {@code Type/id} of the resources among {@code pids}, by pid, read from the database without
   * loading them: a pid's type and id never change, so the persistence context cannot know better.
   */
  public Map<Long, String> referencesByPids(Collection<Long> pids) {
    Map<Long, String> out = new HashMap<>();
    for (List<Long> chunk : chunks(pids)) {
      out.putAll(reads.references(chunk));
    }
    return out;
  }

  /** Version {@code version} of {@code type/id}, current or historical. */
  public Optional<StoredVersion> version(String type, String id, int version) {
    Optional<ResourceEntity> current = current(type, id);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    if (current.get().version() == version) {
      return Optional.of(current.get().toStored());
    }
    HistoryEntity h =
        em.find(HistoryEntity.class, new HistoryEntity.Key(current.get().pid(), version));
    return Optional.ofNullable(h).map(HistoryEntity::toStored);
  }

  /**
   * Pids of current resources of {@code type} carrying any of {@code keys}, per key (a unique
   * system has at most one pid per key). Read from the database as {@link #currentVersion}: the
   * write path asks before its transaction changes anything.
   */
  public Map<StoredContent.IdentifierKey, Set<Long>> pidsByIdentifiers(
      String type, Collection<StoredContent.IdentifierKey> keys) {
    Map<StoredContent.IdentifierKey, Set<Long>> out = new HashMap<>();
    Map<String, StoredContent.IdentifierKey> wanted = new HashMap<>();
    for (StoredContent.IdentifierKey k : keys) {
      wanted.put(k.system() + '|' + k.value(), k);
    }
    List<String> values = keys.stream().map(StoredContent.IdentifierKey::value).distinct().toList();
    for (List<String> chunk : chunks(values)) {
      for (NativeReads.IdentifierRow i : reads.identifiers(type, chunk)) {
        StoredContent.IdentifierKey k = wanted.get(i.system() + '|' + i.value());
        if (k != null) {
          out.computeIfAbsent(k, x -> new HashSet<>()).add(i.pid());
        }
      }
    }
    return out;
  }

  /**
   * Pids of current resources of {@code type} with an identifier of value {@code value} in any
   * system.
   */
  public Set<Long> pidsByIdentifierValue(String type, String value) {
    return new HashSet<>(
        em.createQuery(
                "select i.pid from IdentifierEntity i where i.type = :t and i.value = :v",
                Long.class)
            .setParameter("t", type)
            .setParameter("v", value)
            .getResultList());
  }

  /** The conditional-create claims of {@code type} among {@code hashes}, by hash. */
  public Map<String, ConditionEntity> conditionClaims(String type, Collection<String> hashes) {
    Map<String, ConditionEntity> out = new HashMap<>();
    for (List<String> chunk : chunks(hashes)) {
      em.createQuery(
              "select c from ConditionEntity c where c.type = :t and c.conditionHash in :h",
              ConditionEntity.class)
          .setParameter("t", type)
          .setParameter("h", chunk)
          .getResultList()
          .forEach(c -> out.put(c.conditionHash(), c));
    }
    return out;
  }

  /**
   * The current version of {@code type/id} (possibly a tombstone), read from the database without
   * going through the persistence context: for lookups made before the transaction changes anything
   * (validation), where that is the same and much cheaper.
   */
  public Optional<StoredVersion> currentVersion(String type, String id) {
    return reads.current(type, id);
  }

  /**
   * The current versions (possibly tombstones) of {@code type} among {@code ids}, by id; read as
   * {@link #currentVersion}, with one query per few hundred ids.
   */
  public Map<String, StoredVersion> currentVersions(String type, Collection<String> ids) {
    Map<String, StoredVersion> out = new HashMap<>();
    for (List<String> chunk : chunks(new java.util.LinkedHashSet<>(ids))) {
      for (StoredVersion v : reads.currents(type, chunk)) {
        out.put(v.id(), v);
      }
    }
    return out;
  }

  /**
   * As {@link #referencing(String, String, String)} for each of {@code targets}, with one query per
   * few hundred targets: per target, the versions referring to it by pid.
   */
  public Map<String, List<StoredVersion>> referencing(
      String sourceType, String path, Collection<String> targets) {
    Map<String, List<StoredVersion>> out = new HashMap<>();
    for (List<String> chunk : chunks(new java.util.LinkedHashSet<>(targets))) {
      for (Map.Entry<String, StoredVersion> e : reads.referencing(sourceType, path, chunk)) {
        out.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue());
      }
    }
    return out;
  }

  /**
   * Current, not deleted versions of {@code sourceType} whose {@code path} refers to {@code
   * target}, by pid; read as {@link #currentVersion}.
   */
  public List<StoredVersion> referencing(String sourceType, String path, String target) {
    return reads.referencing(sourceType, path, target);
  }

  /**
   * Basic search: current, not deleted resources of {@code type} matching every given criterion,
   * ordered by pid. Keyset paged: a page starts after the previous page's last pid, so a page costs
   * the same however deep (an export walks millions of rows this way).
   *
   * @param criteria the criteria; {@code null} fields do not restrict
   * @param afterPid only rows with a larger pid; null from the first row
   * @param count rows to return at most
   */
  public List<ResourceEntity> search(
      String type, SearchCriteria criteria, Long afterPid, int count) {
    TypedQuery<ResourceEntity> q =
        em.createQuery(
            "select r from ResourceEntity r where r.type = :t and r.deleted = false"
                + criteria.jpql()
                + (afterPid == null ? "" : " and r.pid > :after")
                + " order by r.pid",
            ResourceEntity.class);
    q.setParameter("t", type);
    criteria.bind(q);
    if (afterPid != null) {
      q.setParameter("after", afterPid);
    }
    return q.setMaxResults(count).getResultList();
  }

  /** How many resources {@link #search} finds in all. */
  public long count(String type, SearchCriteria criteria) {
    TypedQuery<Long> q =
        em.createQuery(
            "select count(r) from ResourceEntity r where r.type = :t and r.deleted = false"
                + criteria.jpql(),
            Long.class);
    q.setParameter("t", type);
    criteria.bind(q);
    return q.getSingleResult();
  }

  /**
   * History, newest first (last updated, then row id, then version, all descending): versions of
   * one resource ({@code type} and {@code id}), of a type ({@code id} null) or of the whole server
   * (both null). Keyset paged: a page starts after {@code after}, so writes made while a client
   * pages (they are newer) cannot shift the pages, and a page costs the same however deep.
   *
   * @param since only versions written at or after this instant; null for all
   * @param after the position of the previous page's last version; null for the first page
   * @param count versions to return at most
   */
  public List<StoredVersion> history(
      String type, String id, Instant since, HistoryPosition after, int count) {
    Long pid = null;
    if (id != null) {
      Optional<ResourceEntity> current = current(type, id);
      if (current.isEmpty()) {
        return List.of();
      }
      pid = current.get().pid();
    }
    HistoryFilter filter = new HistoryFilter(type, pid, since, after);
    List<StoredVersion> merged = new ArrayList<>();
    merged.addAll(historyOf("ResourceEntity", filter, count));
    merged.addAll(historyOf("HistoryEntity", filter, count));
    merged.sort(
        Comparator.comparing(StoredVersion::lastUpdated)
            .thenComparing(StoredVersion::pid)
            .thenComparing(StoredVersion::version)
            .reversed());
    return List.copyOf(merged.subList(0, Math.min(merged.size(), count)));
  }

  /** How many versions {@link #history} would return from its start. */
  public long historyCount(String type, String id, Instant since) {
    Long pid = null;
    if (id != null) {
      Optional<ResourceEntity> current = current(type, id);
      if (current.isEmpty()) {
        return 0;
      }
      pid = current.get().pid();
    }
    HistoryFilter filter = new HistoryFilter(type, pid, since, null);
    return countOf("ResourceEntity", filter) + countOf("HistoryEntity", filter);
  }

  private List<StoredVersion> historyOf(String entity, HistoryFilter filter, int max) {
    List<?> rows =
        filter
            .bind(
                em.createQuery(
                    "select h from "
                        + entity
                        + " h"
                        + filter.where()
                        + " order by h.lastUpdated desc, h.pid desc, h.version desc"))
            .setMaxResults(max)
            .getResultList();
    List<StoredVersion> out = new ArrayList<>(rows.size());
    for (Object row : rows) {
      out.add(row instanceof ResourceEntity r ? r.toStored() : ((HistoryEntity) row).toStored());
    }
    return out;
  }

  private long countOf(String entity, HistoryFilter filter) {
    return ((Number)
            filter
                .bind(em.createQuery("select count(h) from " + entity + " h" + filter.where()))
                .getSingleResult())
        .longValue();
  }

  private static <T> List<List<T>> chunks(Collection<T> all) {
    List<T> list = new ArrayList<>(all);
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += IN_CHUNK) {
      out.add(list.subList(i, Math.min(list.size(), i + IN_CHUNK)));
    }
    return out;
  }
}
