package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.hub.StoredResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers whether one organisation lies inside another, following {@code Organization.partOf}
 * through the organisations stored in the hub (loaded from the organisation register). Answers are
 * cached for the run: a load touches few organisations many times.
 */
final class OrganisationDirectory {

  static final String OID = "urn:oid:1.2.246.562.10";

  /** The outcome of a check. */
  enum Verdict {
    INSIDE,
    OUTSIDE,
    /** One of the organisations is not known: the reference check reports it instead. */
    UNKNOWN
  }

  private final HubPort hub;
  private final Map<String, List<String>> ancestorsByOid = new HashMap<>();

  OrganisationDirectory(HubPort hub) {
    this.hub = hub;
  }

  /** Synchronized: the submit threads of a run share the directory and its cache. */
  synchronized Verdict partOf(String unitOid, String organisationOid) {
    if (unitOid.equals(organisationOid)) {
      return Verdict.INSIDE;
    }
    List<String> ancestors = ancestors(unitOid);
    if (ancestors == null) {
      return Verdict.UNKNOWN;
    }
    return ancestors.contains(organisationOid) ? Verdict.INSIDE : Verdict.OUTSIDE;
  }

  /** The OIDs above {@code oid}, nearest first; null if {@code oid} is not stored. */
  private List<String> ancestors(String oid) {
    if (ancestorsByOid.containsKey(oid)) {
      return ancestorsByOid.get(oid);
    }
    List<StoredResource> found = hub.find("Organization", List.of(new Identifier(OID, oid)));
    List<String> out = null;
    if (!found.isEmpty()) {
      out = new java.util.ArrayList<>();
      Set<String> seen = new HashSet<>();
      StoredResource current = found.get(0);
      while (current != null && seen.add(current.id())) {
        StoredResource parent = parent(current.json());
        if (parent == null) {
          break;
        }
        String parentOid = oidOf(parent.json());
        if (parentOid != null) {
          out.add(parentOid);
        }
        current = parent;
      }
    }
    ancestorsByOid.put(oid, out);
    return out;
  }

  private StoredResource parent(JsonNode org) {
    String ref = org.path("partOf").path(0).path("reference").asText(null);
    if (ref == null) {
      ref = org.path("partOf").path("reference").asText(null);
    }
    if (ref == null || !ref.startsWith("Organization/")) {
      return null;
    }
    return hub.read("Organization", ref.substring("Organization/".length()));
  }

  private static String oidOf(JsonNode org) {
    for (JsonNode id : org.path("identifier")) {
      if (OID.equals(id.path("system").asText())) {
        return id.path("value").asText();
      }
    }
    return null;
  }
}
