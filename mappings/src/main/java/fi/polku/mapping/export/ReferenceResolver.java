package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.polku.mapping.hub.StoredResource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a stored reference back into the identifier it was made from ({@code Organization/123} to
 * the organisation's OID): the inverse of a reference by identifier. Referenced resources are read
 * once and remembered (a few hundred organisations serve every document).
 */
final class ReferenceResolver {

  private final ExportSource source;
  private final Map<String, StoredResource> cache = new HashMap<>();

  ReferenceResolver(ExportSource source) {
    this.source = source;
  }

  /**
   * The value of the {@code system} identifier of the resource {@code reference} points to, or
   * null.
   */
  JsonNode identifierOf(JsonNode reference, String type, String system) {
    if (reference == null || !reference.isObject()) {
      return null;
    }
    JsonNode logical = reference.path("identifier");
    if (system != null && system.equals(logical.path("system").asText())) {
      return logical.get("value");
    }
    String ref = reference.path("reference").asText(null);
    if (ref == null) {
      return null;
    }
    int q = ref.indexOf("?identifier=");
    if (q >= 0) {
      // An unresolved conditional reference still names its identifier.
      String token = URLDecoder.decode(ref.substring(q + 12), StandardCharsets.UTF_8);
      int bar = token.indexOf('|');
      return bar < 0 ? null : TextNode.valueOf(token.substring(bar + 1).replace("\\", ""));
    }
    String[] parts = ref.split("/");
    if (parts.length < 2) {
      return null;
    }
    String refType = parts[parts.length - 2];
    String id = parts[parts.length - 1];
    if (type != null && !type.equals(refType)) {
      return null;
    }
    StoredResource target =
        cache.computeIfAbsent(refType + "/" + id, k -> source.read(refType, id));
    if (target == null) {
      return null;
    }
    for (JsonNode identifier : target.json().path("identifier")) {
      if (system == null || system.equals(identifier.path("system").asText())) {
        return identifier.get("value");
      }
    }
    return null;
  }

  /** The logical id of a reference {@code Type/id}, or null. */
  static String idOf(JsonNode reference) {
    String ref = reference == null ? null : reference.path("reference").asText(null);
    if (ref == null || ref.contains("?")) {
      return null;
    }
    String[] parts = ref.split("/");
    return parts.length < 2 ? null : parts[parts.length - 2] + "/" + parts[parts.length - 1];
  }
}
