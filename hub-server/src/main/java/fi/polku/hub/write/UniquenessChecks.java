package fi.polku.hub.write;

import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ConditionEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.StoredContent.IdentifierKey;
import fi.polku.hub.store.UniqueSystems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What keeps a unit's new resources unique: identifiers of the unique systems (one resource per
 * type, in the unit and in the store) and the claims of conditional creates. Both are settled by
 * the database at flush; the checks here answer the common conflicts cleanly before it.
 */
final class UniquenessChecks {

  private final ResourceStore store;
  private final UniqueSystems uniqueSystems;

  UniquenessChecks(ResourceStore store, UniqueSystems uniqueSystems) {
    this.store = store;
    this.uniqueSystems = uniqueSystems;
  }

  /**
   * A unique identifier may belong to one resource per type: in this unit and in the store.
   *
   * @param locate the conflict as told for the plan whose resource carries the identifier (in a
   *     Bundle: located at its entry, for the client to learn which one to fix)
   */
  void checkUniqueIdentifiers(
      List<WritePlan> plans, BiFunction<HubException, WritePlan, HubException> locate) {
    Map<String, Map<IdentifierKey, WritePlan>> byType = new LinkedHashMap<>();
    Map<String, Set<IdentifierKey>> toAsk = new LinkedHashMap<>();
    for (WritePlan p : plans) {
      if (!p.writesContent()) {
        continue;
      }
      IdentifierKey resolved = p.conditionKey();
      for (IdentifierKey k : p.content.identifiers()) {
        if (uniqueSystems.isUnique(k.system())) {
          WritePlan other = byType.computeIfAbsent(p.req.type(), t -> new HashMap<>()).put(k, p);
          if (other != null && other != p) {
            throw locate.apply(WriteRules.duplicateIdentifier(p.req.type(), k), p);
          }
          // The holders of the condition's own identifier were looked up in this transaction to
          // resolve the condition: none, or the resource this plan writes.
          if (!k.equals(resolved)) {
            toAsk.computeIfAbsent(p.req.type(), t -> new HashSet<>()).add(k);
          }
        }
      }
    }
    for (Map.Entry<String, Map<IdentifierKey, WritePlan>> e : byType.entrySet()) {
      Set<IdentifierKey> asked = toAsk.getOrDefault(e.getKey(), Set.of());
      if (asked.isEmpty()) {
        continue;
      }
      Map<IdentifierKey, WritePlan> holders = e.getValue();
      IdentifierKey taken =
          heldElsewhere(
              e.getKey(),
              asked,
              k -> {
                WritePlan p = holders.get(k);
                return p.current != null ? p.current.pid() : p.newPid;
              });
      if (taken != null) {
        throw locate.apply(WriteRules.duplicateIdentifier(e.getKey(), taken), holders.get(taken));
      }
    }
  }

  /**
   * The error a write of a resource of {@code type} carrying {@code identifiers} would get because
   * a current resource other than itself ({@code ownPid}, null for a new resource) holds one of its
   * unique identifiers; null when none does. What {@code $validate} predicts of a create or update.
   */
  HubException conflict(String type, Long ownPid, Collection<IdentifierKey> identifiers) {
    Set<IdentifierKey> unique = new LinkedHashSet<>();
    for (IdentifierKey k : identifiers) {
      if (uniqueSystems.isUnique(k.system())) {
        unique.add(k);
      }
    }
    IdentifierKey taken = unique.isEmpty() ? null : heldElsewhere(type, unique, k -> ownPid);
    return taken == null ? null : WriteRules.duplicateIdentifier(type, taken);
  }

  /**
   * One of {@code keys} that a current resource of {@code type} holds other than the one that
   * should ({@code own}: its pid, null for a new resource); null when none is.
   */
  private IdentifierKey heldElsewhere(
      String type, Set<IdentifierKey> keys, Function<IdentifierKey, Long> own) {
    for (Map.Entry<IdentifierKey, Set<Long>> h : store.pidsByIdentifiers(type, keys).entrySet()) {
      Long ownPid = own.apply(h.getKey());
      for (long pid : h.getValue()) {
        if (ownPid == null || pid != ownPid) {
          return h.getKey();
        }
      }
    }
    return null;
  }

  /**
   * Existing claims of the conditions this unit creates resources for. A claim whose condition
   * matches nothing is stale (its resource changed) unless a racing writer committed between our
   * condition query and this one: the condition is asked again, and a match now means a race, for
   * {@link WriteEngine} to retry.
   */
  Map<String, ConditionEntity> staleClaims(List<WritePlan> plans) {
    Map<String, List<WritePlan>> byType = new LinkedHashMap<>();
    for (WritePlan p : plans) {
      if (needsClaim(p)) {
        byType.computeIfAbsent(p.req.type(), t -> new ArrayList<>()).add(p);
      }
    }
    Map<String, ConditionEntity> out = new HashMap<>();
    List<Condition> recheck = new ArrayList<>();
    for (Map.Entry<String, List<WritePlan>> e : byType.entrySet()) {
      List<String> hashes = e.getValue().stream().map(p -> p.condition.hash()).toList();
      Map<String, ConditionEntity> claims = store.conditionClaims(e.getKey(), hashes);
      for (WritePlan p : e.getValue()) {
        ConditionEntity claim = claims.get(p.condition.hash());
        if (claim != null) {
          out.put(e.getKey() + "|" + p.condition.hash(), claim);
          recheck.add(p.condition);
        }
      }
    }
    if (!recheck.isEmpty()) {
      for (Set<Long> pids : new ConditionMatcher(store).match(recheck).values()) {
        if (!pids.isEmpty()) {
          throw new ConcurrentWriteDetected();
        }
      }
    }
    return out;
  }

  /**
   * Whether a resource this unit creates under a condition needs a claim on the condition, so that
   * a parallel writer of the same condition fails at flush. A condition that is one identifier of a
   * unique system, which the new resource carries, needs none: the unique identifier row already
   * refuses the second resource (the common case of loads, which upsert by source key), and a claim
   * would cost a lookup, two index rows and a randomly placed index page per resource.
   */
  boolean needsClaim(WritePlan p) {
    if (p.condition == null || p.newPid == null) {
      return false;
    }
    IdentifierKey k = p.conditionKey();
    return k == null || !uniqueSystems.isUnique(k.system()) || !p.content.identifiers().contains(k);
  }
}
