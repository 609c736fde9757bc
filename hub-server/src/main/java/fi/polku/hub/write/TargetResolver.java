package fi.polku.hub.write;

import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads, in bulk, the stored resources a unit of writes targets: by id (one query per type) and by
 * condition (see {@link ConditionMatcher}), so a Bundle of n entries costs a few queries, not n.
 */
final class TargetResolver {

  /** What one write targets: an id, a condition, or neither (a plain create). */
  record Target(String type, String id, Condition condition) {}

  private final ResourceStore store;
  private final Map<String, Map<String, ResourceEntity>> byId = new LinkedHashMap<>();
  private Map<Condition, Set<Long>> conditionPids = Map.of();
  private Map<Long, ResourceEntity> byPid = Map.of();

  TargetResolver(ResourceStore store) {
    this.store = store;
  }

  void resolve(Collection<Target> targets) {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    List<Condition> conditions = new ArrayList<>();
    for (Target t : targets) {
      if (t.condition() != null) {
        conditions.add(t.condition());
      } else if (t.id() != null) {
        ids.computeIfAbsent(t.type(), k -> new HashSet<>()).add(t.id());
      }
    }
    for (Map.Entry<String, Set<String>> e : ids.entrySet()) {
      byId.put(e.getKey(), store.currentByIds(e.getKey(), e.getValue()));
    }
    if (!conditions.isEmpty()) {
      conditionPids = new ConditionMatcher(store).match(conditions);
      Set<Long> pids = new HashSet<>();
      conditionPids.values().forEach(pids::addAll);
      byPid = pids.isEmpty() ? Map.of() : store.byPids(pids);
    }
  }

  /** The current row of {@code type/id}, a tombstone included; null if there never was one. */
  ResourceEntity byId(String type, String id) {
    return byId.getOrDefault(type, Map.of()).get(id);
  }

  /** The current, not deleted resources matching {@code c}. */
  List<ResourceEntity> matches(Condition c) {
    List<ResourceEntity> out = new ArrayList<>();
    for (long pid : conditionPids.getOrDefault(c, Set.of())) {
      ResourceEntity e = byPid.get(pid);
      if (e != null && !e.deleted()) {
        out.add(e);
      }
    }
    return out;
  }
}
