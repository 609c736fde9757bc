package fi.polku.hub.write;

import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ResourceStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Referential integrity of a unit of writes: a literal local reference ({@code Learner/123}, also
 * with {@code /_history/n}) must point at a resource that exists, stored and not deleted, or
 * written by the same unit. Placeholders and conditional references are not literal: the unit
 * resolves them to resources it knows exist. Contained ({@code #id}) and absolute references to
 * other servers are not local. One query per referenced type and unit. The other way round, a
 * resource the unit deletes must not be referred to by one that stays.
 */
final class LocalReferences {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{0,63}");

  /** A literal local reference and where it is written. */
  private record Literal(String type, String id, String reference, String element) {}

  private final List<Literal> literals = new ArrayList<>();

  /**
   * Notes the literal local references among {@code refs} of a resource of {@code type}; call
   * before placeholders and conditional references are rewritten.
   */
  void collect(String type, List<ResourceReferenceInfo> refs) {
    for (ResourceReferenceInfo info : refs) {
      String value = info.getResourceReference().getReferenceElement().getValue();
      Literal l = literal(value, type + "." + info.getName());
      if (l != null) {
        literals.add(l);
      }
    }
  }

  /**
   * Checks every noted reference.
   *
   * @param writtenHere the resources ({@code Type/id}) the unit writes
   * @param deletedHere the resources the unit deletes: they do not exist afterwards
   * @throws HubException {@link HubCodes#DANGLING_REFERENCE} for the first one that points nowhere
   */
  void check(ResourceStore store, Set<String> writtenHere, Set<String> deletedHere) {
    for (Literal l : literals) {
      if (deletedHere.contains(l.type() + "/" + l.id())) {
        throw dangling(l);
      }
    }
    Map<String, Set<String>> toAsk = new LinkedHashMap<>();
    for (Literal l : literals) {
      if (!writtenHere.contains(l.type() + "/" + l.id())) {
        toAsk.computeIfAbsent(l.type(), t -> new HashSet<>()).add(l.id());
      }
    }
    Map<String, Set<String>> existing = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : toAsk.entrySet()) {
      existing.put(e.getKey(), store.existingIds(e.getKey(), e.getValue()));
    }
    for (Literal l : literals) {
      Set<String> asked = toAsk.getOrDefault(l.type(), Set.of());
      if (asked.contains(l.id()) && !existing.get(l.type()).contains(l.id())) {
        throw dangling(l);
      }
    }
  }

  /**
   * Checks that no resource the unit leaves in place refers to one it deletes.
   *
   * @param deletedHere the resources ({@code Type/id}) the unit deletes
   * @param changedHere the stored resources (pids) the unit updates or deletes: their new
   *     references are the ones {@link #check} looked at
   * @throws HubException {@link HubCodes#REFERENCED_RESOURCE} naming one that does
   */
  static void checkDeletes(ResourceStore store, Set<String> deletedHere, Set<Long> changedHere) {
    if (deletedHere.isEmpty()) {
      return;
    }
    for (ResourceStore.Referrer r : store.referrers(deletedHere)) {
      if (!changedHere.contains(r.pid())) {
        throw new HubException(
            HubCodes.REFERENCED_RESOURCE,
            Map.of(
                "resource", r.target(), "referrer", r.type() + "/" + r.id(), "element", r.path()));
      }
    }
  }

  private static HubException dangling(Literal l) {
    return new HubException(
        HubCodes.DANGLING_REFERENCE, Map.of("reference", l.reference(), "element", l.element()));
  }

  /** {@code Type/id} or {@code Type/id/_history/n} as a literal local reference, else null. */
  private static Literal literal(String value, String element) {
    if (value == null || value.isEmpty() || value.indexOf(':') >= 0 || value.indexOf('?') >= 0) {
      return null;
    }
    String[] parts = value.split("/", -1);
    boolean plain = parts.length == 2;
    boolean versioned = parts.length == 4 && parts[2].equals("_history");
    if (!(plain || versioned) || !TYPE.matcher(parts[0]).matches() || parts[1].isEmpty()) {
      // Not of the local form: the validators say what is wrong with it.
      return null;
    }
    return new Literal(parts[0], parts[1], value, element);
  }
}
