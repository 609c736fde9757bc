package fi.polku.hub.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes of one transaction, flushed together so Hibernate can batch the statements; new
 * identifier and link rows go in plain JDBC batches after them ({@link IndexRows}). Index rows of
 * updated resources are diffed against the stored ones (loaded with one query per table for the
 * whole batch); removals are flushed before inserts so an identifier can move between resources of
 * one transaction.
 */
public final class StoreBatch {

  private final EntityManager em;
  private final UniqueSystems uniqueSystems;
  private final List<ResourceEntity> created = new ArrayList<>();
  private final Map<Long, Target> indexTargets = new LinkedHashMap<>();
  private final List<Object> inserts = new ArrayList<>();
  private final IndexRows indexRows = new IndexRows();

  StoreBatch(EntityManager em, UniqueSystems uniqueSystems) {
    this.em = em;
    this.uniqueSystems = uniqueSystems;
  }

  /** What the indexes of a touched resource should hold after the batch; empty when deleted. */
  private record Target(
      String type, List<StoredContent.IdentifierKey> identifiers, List<StoredContent.Link> links) {}

  /** Creates {@code type/id} at version 1. */
  public ResourceEntity create(long pid, String type, String id, StoredContent c, Instant now) {
    ResourceEntity e = new ResourceEntity(pid, type, id, c, now);
    created.add(e);
    for (StoredContent.IdentifierKey k : c.identifiers()) {
      indexRows.identifier(type, k.system(), k.value(), uniqueSystems.isUnique(k.system()), pid);
    }
    for (StoredContent.Link l : c.links()) {
      indexRows.link(pid, type, l.path(), l.target());
    }
    return e;
  }

  /**
   * Writes a new version of {@code current} (which may be a tombstone: update-as-create after a
   * delete). The superseded version moves to the history.
   */
  public void update(ResourceEntity current, StoredContent c, Instant now) {
    inserts.add(current.toHistory());
    current.replace(c, now);
    indexTargets.put(current.pid(), new Target(current.type(), c.identifiers(), c.links()));
  }

  /** Deletes {@code current}: a tombstone version; index rows and condition claims go. */
  public void delete(ResourceEntity current, Instant now) {
    inserts.add(current.toHistory());
    current.tombstone(now);
    indexTargets.put(current.pid(), new Target(current.type(), List.of(), List.of()));
    em.createQuery("delete from ConditionEntity c where c.pid = :p")
        .setParameter("p", current.pid())
        .executeUpdate();
  }

  /**
   * Hands a stale claim to {@code pid}: the resource that claimed the condition no longer matches
   * it (it was changed or deleted), so a new conditional create of the condition takes it over.
   */
  public void reclaimCondition(ConditionEntity stale, long pid) {
    stale.reassign(pid);
  }

  /** Records that {@code pid} was created by a conditional create with condition {@code hash}. */
  public void claimCondition(String type, String hash, long pid) {
    inserts.add(new ConditionEntity(type, hash, pid));
  }

  /** Writes everything to the database (statements batched); constraint violations surface here. */
  public void flush() {
    if (!indexTargets.isEmpty()) {
      // Removed index rows go first, so a key can move to another resource of this batch.
      syncIndexes();
      em.flush();
    }
    for (ResourceEntity e : created) {
      em.persist(e);
    }
    for (Object o : inserts) {
      em.persist(o);
    }
    em.flush();
    // After the resource rows (the identifier and link rows belong to them) and the removals.
    indexRows.insert(em);
    created.clear();
    inserts.clear();
    indexTargets.clear();
  }

  private void syncIndexes() {
    List<Long> pids = new ArrayList<>(indexTargets.keySet());
    Map<Long, List<IdentifierEntity>> ids = new HashMap<>();
    Map<Long, List<LinkEntity>> links = new HashMap<>();
    for (int i = 0; i < pids.size(); i += 500) {
      List<Long> chunk = pids.subList(i, Math.min(pids.size(), i + 500));
      em.createQuery("select i from IdentifierEntity i where i.pid in :p", IdentifierEntity.class)
          .setParameter("p", chunk)
          .getResultList()
          .forEach(x -> ids.computeIfAbsent(x.pid(), k -> new ArrayList<>()).add(x));
      em.createQuery("select l from LinkEntity l where l.sourcePid in :p", LinkEntity.class)
          .setParameter("p", chunk)
          .getResultList()
          .forEach(x -> links.computeIfAbsent(x.sourcePid(), k -> new ArrayList<>()).add(x));
    }
    for (Map.Entry<Long, Target> t : indexTargets.entrySet()) {
      long pid = t.getKey();
      Target target = t.getValue();
      Set<StoredContent.IdentifierKey> wanted = new HashSet<>(target.identifiers());
      for (IdentifierEntity have : ids.getOrDefault(pid, List.of())) {
        if (!wanted.remove(new StoredContent.IdentifierKey(have.system(), have.value()))) {
          em.remove(have);
        }
      }
      for (StoredContent.IdentifierKey k : wanted) {
        indexRows.identifier(
            target.type(), k.system(), k.value(), uniqueSystems.isUnique(k.system()), pid);
      }
      Set<StoredContent.Link> wantedLinks = new HashSet<>(target.links());
      for (LinkEntity have : links.getOrDefault(pid, List.of())) {
        if (!wantedLinks.remove(new StoredContent.Link(have.path(), have.target()))) {
          em.remove(have);
        }
      }
      for (StoredContent.Link l : wantedLinks) {
        indexRows.link(pid, target.type(), l.path(), l.target());
      }
    }
  }
}
