package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.hub.store.StoredContent.IdentifierKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Resolves the conditional references of a unit of writes ({@code
 * Learner?identifier=urn:oid:1.2.246.21|010115A9875}). A resource written in the same unit matches
 * first (a transaction may create the learner and its study right together); otherwise the store is
 * searched, for all references at once.
 */
final class ConditionalReferences {

  private final ResourceStore store;
  private final ContentEncoder encoder;
  private final Map<String, Condition> wanted = new LinkedHashMap<>();
  private final Map<String, Set<String>> local = new HashMap<>();
  private final Map<String, String> resolved = new HashMap<>();

  ConditionalReferences(ResourceStore store, ContentEncoder encoder) {
    this.store = store;
    this.encoder = encoder;
  }

  /** Registers a conditional reference found in the unit. */
  void want(String reference) {
    if (!wanted.containsKey(reference)) {
      String type = reference.substring(0, reference.indexOf('?'));
      wanted.put(reference, Condition.parse(type, reference));
    }
  }

  boolean any() {
    return !wanted.isEmpty();
  }

  /** Offers a resource written in the unit as a match for identifier conditions. */
  void offer(String type, String reference, IBaseResource resource) {
    for (IdentifierKey k : encoder.identifiers(resource)) {
      local.computeIfAbsent(key(type, k.system(), k.value()), x -> new HashSet<>()).add(reference);
    }
  }

  /** Resolves every registered reference (throws if one matches nothing or several). */
  void resolve() {
    List<Condition> toStore = new ArrayList<>();
    for (Map.Entry<String, Condition> e : wanted.entrySet()) {
      SearchCriteria.Token t = e.getValue().singleIdentifier();
      Set<String> hits =
          t == null
              ? Set.of()
              : local.getOrDefault(key(e.getValue().type(), t.system(), t.value()), Set.of());
      if (hits.size() > 1) {
        throw multiple(e.getKey());
      } else if (hits.size() == 1) {
        resolved.put(e.getKey(), hits.iterator().next());
      } else {
        toStore.add(e.getValue());
      }
    }
    if (toStore.isEmpty()) {
      return;
    }
    Map<Condition, Set<Long>> matches = new ConditionMatcher(store).match(toStore);
    Set<Long> pids = new HashSet<>();
    matches.values().forEach(pids::addAll);
    // Only the matches' ids are needed: loading them would also leave them for the flush to check.
    Map<Long, String> ids = store.referencesByPids(pids);
    for (Map.Entry<String, Condition> e : wanted.entrySet()) {
      if (resolved.containsKey(e.getKey())) {
        continue;
      }
      Set<Long> hit = matches.getOrDefault(e.getValue(), Set.of());
      if (hit.isEmpty()) {
        throw new HubException(
            HubCodes.CONDITIONAL_REFERENCE_NO_MATCH, Map.of("condition", e.getKey()));
      } else if (hit.size() > 1) {
        throw multiple(e.getKey());
      }
      resolved.put(e.getKey(), ids.get(hit.iterator().next()));
    }
  }

  /** The relative reference a conditional reference resolved to. */
  String target(String reference) {
    String t = resolved.get(reference);
    if (t == null) {
      throw new IllegalStateException("Conditional reference not resolved: " + reference);
    }
    return t;
  }

  private static HubException multiple(String reference) {
    return new HubException(
        HubCodes.CONDITIONAL_REFERENCE_MULTIPLE, Map.of("condition", reference));
  }

  private static String key(String type, String system, String value) {
    return type + '|' + system + '|' + value;
  }
}
