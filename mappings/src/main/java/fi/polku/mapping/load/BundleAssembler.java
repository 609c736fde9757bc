package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.mapping.transform.ProducedResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns prepared records into one transaction: resources shared by several records become one
 * entry, resources matched by a national identifier are merged with what the hub already has (one
 * search per type per bundle), and entries are put in dependency order. A merged resource that the
 * records change nothing in (a guardian of pupils in several batches, a reload) is left out: the
 * hub would only find it unchanged, and the references to it resolve to the stored version.
 */
final class BundleAssembler {

  private final RunState run;

  BundleAssembler(RunState run) {
    this.run = run;
  }

  Bundle assemble(List<PreparedRow> rows) {
    Bundle b = new Bundle(rows);
    Map<String, StoredResource> stored = storedVersions(rows);
    Map<String, Integer> byKey = new HashMap<>();
    Map<Integer, ObjectNode> mergedContent = new HashMap<>();
    Map<Integer, StoredResource> bases = new HashMap<>();
    for (PreparedRow row : rows) {
      List<ProducedResource> resources = row.output().resources();
      int[] indexes = new int[resources.size()];
      for (int i = 0; i < resources.size(); i++) {
        ProducedResource r = resources.get(i);
        indexes[i] =
            r.plan().mergesWithExisting()
                ? merged(b, r, stored, byKey, mergedContent, bases)
                : plain(b, r, row.json().get(i), row.takePrepared(i), byKey);
      }
      b.rowEntries.add(indexes);
    }
    Set<Integer> unchanged = new HashSet<>();
    for (Map.Entry<Integer, ObjectNode> e : mergedContent.entrySet()) {
      WriteEntry old = b.entries.get(e.getKey());
      StoredResource base = bases.get(e.getKey());
      if (base != null && Merger.sameContent(base.json(), e.getValue())) {
        unchanged.add(e.getKey());
        String source = base.json().path("meta").path("source").asText();
        b.skipped.add(new Bundle.Skipped(old.type(), base.id(), run.provenance.equals(source)));
        continue;
      }
      b.entries.set(
          e.getKey(),
          new WriteEntry(old.type(), old.condition(), old.id(), RowPreparer.bytes(e.getValue())));
    }
    b.drop(unchanged);
    b.sortByOrder();
    return b;
  }

  private int plain(
      Bundle b, ProducedResource r, byte[] json, Object prepared, Map<String, Integer> byKey) {
    String url = r.conditionalUrl();
    Integer existing = byKey.get(url);
    if (existing != null) {
      return existing;
    }
    int index =
        b.add(
            new WriteEntry(r.type(), r.condition(), null, json, prepared),
            r.plan().order(),
            r.type());
    byKey.put(url, index);
    return index;
  }

  /** A resource merged with its stored version (and with earlier records of the same bundle). */
  private int merged(
      Bundle b,
      ProducedResource r,
      Map<String, StoredResource> stored,
      Map<String, Integer> byKey,
      Map<Integer, ObjectNode> content,
      Map<Integer, StoredResource> bases) {
    StoredResource match = null;
    ProducedResource.IdentifierKey matchedBy = null;
    for (ProducedResource.IdentifierKey id : r.matchIds()) {
      match = stored.get(r.type() + "|" + id.system() + "|" + id.value());
      if (match != null) {
        matchedBy = id;
        break;
      }
    }
    String key = match != null ? r.type() + "/" + match.id() : r.conditionalUrl();
    Integer index = byKey.get(key);
    if (index == null) {
      for (ProducedResource.IdentifierKey id : r.matchIds()) {
        index = byKey.get(r.type() + "#" + id.system() + "|" + id.value());
        if (index != null) {
          break;
        }
      }
    }
    if (index != null) {
      content.put(index, Merger.merge(content.get(index), r.json()));
    } else {
      ProducedResource.IdentifierKey cond = matchedBy != null ? matchedBy : r.matchIds().get(0);
      String condition =
          fi.polku.mapping.transform.Conditions.identifier(cond.system(), cond.value());
      ObjectNode base = match == null ? null : match.json();
      index =
          b.add(new WriteEntry(r.type(), condition, null, new byte[0]), r.plan().order(), r.type());
      content.put(index, Merger.merge(base, r.json()));
      if (match != null) {
        bases.put(index, match);
      }
      byKey.put(key, index);
    }
    for (ProducedResource.IdentifierKey id : r.matchIds()) {
      byKey.putIfAbsent(r.type() + "#" + id.system() + "|" + id.value(), index);
    }
    return index;
  }

  /** The stored versions of every resource of {@code rows} that merges, by type|system|value. */
  private Map<String, StoredResource> storedVersions(List<PreparedRow> rows) {
    Map<String, Set<Identifier>> wanted = new LinkedHashMap<>();
    for (PreparedRow row : rows) {
      for (ProducedResource r : row.output().resources()) {
        if (r.plan().mergesWithExisting()) {
          Set<Identifier> ids = wanted.computeIfAbsent(r.type(), k -> new LinkedHashSet<>());
          for (ProducedResource.IdentifierKey id : r.matchIds()) {
            ids.add(new Identifier(id.system(), id.value()));
          }
        }
      }
    }
    Map<String, StoredResource> out = new HashMap<>();
    for (Map.Entry<String, Set<Identifier>> e : wanted.entrySet()) {
      for (StoredResource s : run.hub.find(e.getKey(), new ArrayList<>(e.getValue()))) {
        for (com.fasterxml.jackson.databind.JsonNode id : s.json().path("identifier")) {
          out.putIfAbsent(
              e.getKey() + "|" + id.path("system").asText() + "|" + id.path("value").asText(), s);
        }
      }
    }
    return out;
  }
}
