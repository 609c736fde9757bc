package fi.polku.mapping.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.EntryOutcome;
import fi.polku.mapping.hub.EntryStatus;
import fi.polku.mapping.hub.HubIssue;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.UploadOutcome;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.validation.api.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A hub in memory, with the transaction semantics the loader relies on: atomic transactions,
 * upserts by identifier with unchanged detection by a content hash (without {@code id} and {@code
 * meta}), conditional references resolved against the transaction first and then the store, unique
 * identifiers per type for source keys and national identifiers, and a failing transaction when a
 * reference matches nothing. Tests can make further entries fail with {@link #failWhen}.
 */
public final class InMemoryHub implements HubPort {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> UNIQUE =
      List.of(
          "https://polku.fi/fhir/source/",
          "urn:oid:1.2.246.21",
          "urn:oid:1.2.246.562.24",
          "urn:oid:1.2.246.562.10",
          "urn:oid:1.2.246.562.15");

  /** A stored version. */
  public record Version(String type, String id, int version, ObjectNode json, String hash) {}

  private final Map<String, Version> current = new LinkedHashMap<>();
  private final Map<String, String> byIdentifier = new HashMap<>();
  private final Map<String, byte[]> conformance = new HashMap<>();
  private long versionsWritten;
  private long transactions;
  private int nextId = 1;
  private Function<ObjectNode, String> failure = r -> null;

  /** Makes every entry fail for which {@code rule} returns a message (null: no failure). */
  public synchronized void failWhen(Function<ObjectNode, String> rule) {
    this.failure = rule;
  }

  @Override
  public synchronized TransactionResult transaction(List<WriteEntry> entries) {
    transactions++;
    Map<String, Version> pending = new LinkedHashMap<>();
    Map<String, String> pendingIds = new HashMap<>();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      WriteEntry e = entries.get(i);
      ObjectNode json = parse(e.json());
      String id = e.condition() == null ? e.id() : resolve(e.type(), e.condition(), pendingIds);
      if (id == null) {
        id = "x" + nextId++;
      }
      targets.add(new Target(e.type(), id, json));
      for (String key : identifierKeys(e.type(), json)) {
        pendingIds.put(key, id);
      }
    }
    List<EntryOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      String problem = resolveReferences(t.json, pendingIds);
      if (problem == null) {
        problem = uniqueness(t, pendingIds);
      }
      if (problem == null) {
        String injected = failure.apply(t.json);
        if (injected != null) {
          return TransactionResult.rejected(
              i, List.of(new HubIssue("POLKU-VAL-0599", "error", null, Text.of(injected))));
        }
      } else if (problem.startsWith("POLKU-HUB-0204 ")) {
        return TransactionResult.rejected(
            i,
            List.of(
                new HubIssue(
                    UNRESOLVED_REFERENCE,
                    "error",
                    "Bundle.entry[" + i + "]",
                    Text.of(problem.substring("POLKU-HUB-0204 ".length())))));
      } else {
        return TransactionResult.rejected(
            i, List.of(new HubIssue("POLKU-HUB-0202", "error", null, Text.of(problem))));
      }
      outcomes.add(write(t, pending));
    }
    for (Version v : pending.values()) {
      Version old = current.get(v.type() + "/" + v.id());
      if (old != null) {
        for (String key : identifierKeys(v.type(), old.json())) {
          byIdentifier.remove(key);
        }
      }
      current.put(v.type() + "/" + v.id(), v);
      for (String key : identifierKeys(v.type(), v.json())) {
        byIdentifier.put(key, v.id());
      }
      versionsWritten++;
    }
    return TransactionResult.committed(outcomes);
  }

  private record Target(String type, String id, ObjectNode json) {}

  private EntryOutcome write(Target t, Map<String, Version> pending) {
    String key = t.type + "/" + t.id;
    Version old = pending.containsKey(key) ? pending.get(key) : current.get(key);
    String hash = hash(t.json);
    if (old != null && old.hash().equals(hash)) {
      return new EntryOutcome(
          EntryStatus.UNCHANGED, t.id, Integer.toString(old.version()), List.of());
    }
    ObjectNode stored = t.json.deepCopy();
    stored.put("id", t.id);
    int version = old == null ? 1 : old.version() + 1;
    ((ObjectNode) stored.with("meta")).put("versionId", Integer.toString(version));
    pending.put(key, new Version(t.type, t.id, version, stored, hash));
    return new EntryOutcome(
        old == null ? EntryStatus.CREATED : EntryStatus.UPDATED,
        t.id,
        Integer.toString(version),
        List.of());
  }

  private String resolve(String type, String condition, Map<String, String> pendingIds) {
    String decoded = decode(condition.substring(condition.indexOf('=') + 1));
    String key = type + "|" + decoded;
    String id = pendingIds.get(key);
    return id != null ? id : byIdentifier.get(key);
  }

  /** Replaces conditional references by {@code Type/id}; an unresolved one is a problem. */
  private String resolveReferences(JsonNode node, Map<String, String> pendingIds) {
    if (node instanceof ObjectNode o) {
      JsonNode ref = o.get("reference");
      if (ref != null && ref.isTextual() && ref.asText().contains("?identifier=")) {
        String text = ref.asText();
        String type = text.substring(0, text.indexOf('?'));
        String id = resolve(type, text.substring(text.indexOf('?') + 1), pendingIds);
        if (id == null) {
          return "POLKU-HUB-0204 The conditional reference " + text + " matches no resource.";
        }
        o.put("reference", type + "/" + id);
      }
      Iterator<JsonNode> it = o.elements();
      while (it.hasNext()) {
        String p = resolveReferences(it.next(), pendingIds);
        if (p != null) {
          return p;
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode e : a) {
        String p = resolveReferences(e, pendingIds);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private String uniqueness(Target t, Map<String, String> pendingIds) {
    for (String key : identifierKeys(t.type, t.json)) {
      String system = key.substring(key.indexOf('|') + 1, key.lastIndexOf('|'));
      if (UNIQUE.stream().noneMatch(system::startsWith)) {
        continue;
      }
      String holder = pendingIds.getOrDefault(key, byIdentifier.get(key));
      if (holder != null && !holder.equals(t.id)) {
        return "An identifier in system " + system + " is already used by another " + t.type + ".";
      }
    }
    return null;
  }

  private static List<String> identifierKeys(String type, JsonNode json) {
    List<String> out = new ArrayList<>();
    for (JsonNode id : json.path("identifier")) {
      if (id.hasNonNull("system") && id.hasNonNull("value")) {
        out.add(type + "|" + id.get("system").asText() + "|" + id.get("value").asText());
      }
    }
    return out;
  }

  @Override
  public synchronized List<StoredResource> find(String type, Collection<Identifier> identifiers) {
    Map<String, StoredResource> out = new LinkedHashMap<>();
    for (Identifier i : identifiers) {
      String id = byIdentifier.get(type + "|" + i.system() + "|" + i.value());
      if (id != null) {
        Version v = current.get(type + "/" + id);
        out.putIfAbsent(id, new StoredResource(type, id, v.json().deepCopy()));
      }
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public synchronized StoredResource read(String type, String id) {
    Version v = current.get(type + "/" + id);
    return v == null ? null : new StoredResource(type, id, v.json().deepCopy());
  }

  @Override
  public synchronized UploadOutcome upload(String type, String id, byte[] json) {
    conformance.put(type + "/" + id, json.clone());
    return UploadOutcome.ok(type + "/" + id + " stored");
  }

  /** Versions written so far (every create and update is one). */
  public synchronized long versionsWritten() {
    return versionsWritten;
  }

  /** Transactions received so far. */
  public synchronized long transactions() {
    return transactions;
  }

  /** The current versions of {@code type}. */
  public synchronized List<ObjectNode> all(String type) {
    List<ObjectNode> out = new ArrayList<>();
    for (Version v : current.values()) {
      if (v.type().equals(type)) {
        out.add(v.json().deepCopy());
      }
    }
    return out;
  }

  /** Number of current resources per type. */
  public synchronized Map<String, Integer> counts() {
    Map<String, Integer> out = new TreeMap<>();
    for (Version v : current.values()) {
      out.merge(v.type(), 1, Integer::sum);
    }
    return out;
  }

  /** The stored conformance resources' keys ({@code ConceptMap/<id>}). */
  public synchronized List<String> conformance() {
    return new ArrayList<>(conformance.keySet());
  }

  /** The resource holding identifier {@code system|value}, or null. */
  public synchronized ObjectNode byIdentifier(String type, String system, String value) {
    String id = byIdentifier.get(type + "|" + system + "|" + value);
    return id == null ? null : current.get(type + "/" + id).json().deepCopy();
  }

  /** A copy of this hub (same content, independent from now on). */
  public synchronized InMemoryHub copy() {
    InMemoryHub c = new InMemoryHub();
    current.forEach((k, v) -> c.current.put(k, v));
    c.byIdentifier.putAll(byIdentifier);
    c.nextId = nextId;
    return c;
  }

  private static ObjectNode parse(byte[] json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** URL-decodes, then drops FHIR search escapes ({@code \,} is a comma of the value). */
  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8).replaceAll("\\\\(.)", "$1");
  }

  /** SHA-256 of the canonical JSON (sorted keys) without {@code id} and {@code meta}. */
  static String hash(ObjectNode json) {
    ObjectNode copy = json.deepCopy();
    copy.remove("id");
    copy.remove("meta");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(md.digest(canonical(copy).toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode canonical(JsonNode n) {
    if (n instanceof ObjectNode o) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      o.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (n instanceof ArrayNode a) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      a.forEach(e -> out.add(canonical(e)));
      return out;
    }
    return n;
  }
}
