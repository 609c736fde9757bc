package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Turns converted values into the JSON of the target element's FHIR type: a {@link Coded} becomes a
 * code, a Coding or a CodeableConcept depending on where it goes, a date its ISO text, and so on.
 * Decided once per field at compile time ({@link #forType}); nothing is looked up per row.
 */
final class Shapes {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  static final String LANGUAGE = "http://hl7.org/fhir/StructureDefinition/language";

  private static final Set<String> TEXT_TYPES =
      Set.of("string", "code", "id", "uri", "url", "canonical", "markdown", "oid", "uuid");

  private Shapes() {}

  /** A shaper for the FHIR type {@code type}; null if values cannot be written there. */
  static Shape forType(String type) {
    if (TEXT_TYPES.contains(type)) {
      return Shapes::text;
    }
    return switch (type) {
      case "date", "dateTime", "instant", "time" -> Shapes::temporal;
      case "boolean" -> Shapes::bool;
      case "decimal" -> Shapes::decimal;
      case "integer", "positiveInt", "unsignedInt", "integer64" -> Shapes::integer;
      case "Coding" -> v -> v instanceof Coded c ? coding(c) : passThrough(v);
      case "CodeableConcept" -> Shapes::codeableConcept;
      default -> Shapes::passThrough;
    };
  }

  /** Shapes one value; null if the value does not fit (the caller reports a type problem). */
  interface Shape {
    JsonNode apply(Object value);
  }

  private static JsonNode text(Object v) {
    if (v instanceof Coded c) {
      return NODES.textNode(c.code());
    }
    if (v instanceof Localized l) {
      return NODES.textNode(l.text());
    }
    if (v instanceof JsonNode n) {
      return n.isValueNode() ? NODES.textNode(n.asText()) : null;
    }
    return NODES.textNode(v instanceof BigDecimal d ? d.toPlainString() : v.toString());
  }

  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

  private static JsonNode temporal(Object v) {
    if (v instanceof LocalDate) {
      return NODES.textNode(v.toString());
    }
    if (v instanceof OffsetDateTime t) {
      // FHIR dateTime needs the seconds, which OffsetDateTime.toString() drops when zero.
      return NODES.textNode(DATE_TIME.format(t));
    }
    if (v instanceof LocalTime t) {
      return NODES.textNode(TIME.format(t));
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof JsonNode n && n.isTextual()) {
      return n;
    }
    return null;
  }

  private static JsonNode bool(Object v) {
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof JsonNode n && n.isBoolean()) {
      return n;
    }
    return null;
  }

  private static JsonNode decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof JsonNode n && n.isNumber()) {
      return n;
    }
    return null;
  }

  private static JsonNode integer(Object v) {
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      return NODES.numberNode(d.longValueExact());
    }
    if (v instanceof JsonNode n && n.isIntegralNumber()) {
      return n;
    }
    return null;
  }

  static ObjectNode coding(Coded c) {
    ObjectNode o = NODES.objectNode();
    if (c.system() != null) {
      o.put("system", c.system());
    }
    if (c.version() != null) {
      o.put("version", c.version());
    }
    o.put("code", c.code());
    if (c.display() != null) {
      o.put("display", c.display());
    }
    return o;
  }

  private static JsonNode codeableConcept(Object v) {
    if (v instanceof Coded c) {
      ObjectNode o = NODES.objectNode();
      o.putArray("coding").add(coding(c));
      return o;
    }
    if (v instanceof Localized l) {
      ObjectNode o = NODES.objectNode();
      o.put("text", l.text());
      return o;
    }
    return passThrough(v);
  }

  private static JsonNode passThrough(Object v) {
    return v instanceof JsonNode n && n.isObject() ? n : null;
  }

  /**
   * The {@code _element} companion carrying a localized value's language (when not Finnish) and
   * translations, or null.
   */
  static ObjectNode translations(Localized l) {
    if (l.translations().isEmpty() && l.language() == null) {
      return null;
    }
    ObjectNode companion = NODES.objectNode();
    ArrayNode ext = companion.putArray("extension");
    if (l.language() != null) {
      ext.addObject().put("url", LANGUAGE).put("valueCode", l.language());
    }
    for (Map.Entry<String, String> t : l.translations().entrySet()) {
      ObjectNode e = ext.addObject();
      e.put("url", TRANSLATION);
      ArrayNode parts = e.putArray("extension");
      parts.addObject().put("url", "lang").put("valueCode", t.getKey());
      parts.addObject().put("url", "content").put("valueString", t.getValue());
    }
    return companion;
  }
}
