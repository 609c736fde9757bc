package fi.polku.hub.write;

import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.hub.store.StoredContent.IdentifierKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stored resources that conditions match. Conditions on one identifier with a system (the
 * usual case: source keys, identity codes, OIDs) are answered with one query per resource type for
 * all of them; others with one query each.
 */
final class ConditionMatcher {

  private final ResourceStore store;

  ConditionMatcher(ResourceStore store) {
    this.store = store;
  }

  /**
   * The pids of current, not deleted resources matching each condition (at most two per condition).
   */
  Map<Condition, Set<Long>> match(Collection<Condition> conditions) {
    Map<Condition, Set<Long>> out = new HashMap<>();
    Map<String, List<Condition>> byType = new LinkedHashMap<>();
    for (Condition c : conditions) {
      if (out.containsKey(c)) {
        continue;
      }
      if (c.singleIdentifier() != null) {
        byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
        out.put(c, new HashSet<>());
      } else {
        Set<Long> pids = new HashSet<>();
        for (ResourceEntity e : store.search(c.type(), c.criteria(), null, 2)) {
          pids.add(e.pid());
        }
        out.put(c, pids);
      }
    }
    for (Map.Entry<String, List<Condition>> e : byType.entrySet()) {
      Map<IdentifierKey, List<Condition>> wanted = new HashMap<>();
      for (Condition c : e.getValue()) {
        SearchCriteria.Token t = c.singleIdentifier();
        wanted
            .computeIfAbsent(new IdentifierKey(t.system(), t.value()), k -> new ArrayList<>())
            .add(c);
      }
      Map<IdentifierKey, Set<Long>> found = store.pidsByIdentifiers(e.getKey(), wanted.keySet());
      for (Map.Entry<IdentifierKey, Set<Long>> f : found.entrySet()) {
        for (Condition c : wanted.getOrDefault(f.getKey(), List.of())) {
          out.get(c).addAll(f.getValue());
        }
      }
    }
    return out;
  }
}
