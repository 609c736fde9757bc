package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.source.XmlSourceReader;

/** Helpers for raw source values (text from files, JDBC objects, JSON nodes). */
final class Values {

  private Values() {}

  /** Whether {@code v} counts as no value: null, JSON null or missing, or blank text. */
  static boolean isEmpty(Object v) {
    if (v == null) {
      return true;
    }
    if (v instanceof String s) {
      return s.isBlank();
    }
    if (v instanceof JsonNode n) {
      return n.isMissingNode()
          || n.isNull()
          || (n.isTextual() && n.asText().isBlank())
          || (n.isContainerNode() && n.isEmpty());
    }
    return false;
  }

  /** The text of a scalar value, or null for containers and empty values. */
  static String text(Object v) {
    if (isEmpty(v)) {
      return null;
    }
    if (v instanceof JsonNode n) {
      if (n.isObject() && n.has(XmlSourceReader.TEXT_FIELD)) {
        // an XML element with attributes, read as a value: its text
        return text(n.get(XmlSourceReader.TEXT_FIELD));
      }
      return n.isValueNode() ? n.asText() : null;
    }
    if (v instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  /** A short description of a value's kind, for type errors. */
  static String kind(Object v) {
    if (v instanceof JsonNode n) {
      return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
    return v == null ? "nothing" : v.getClass().getSimpleName();
  }
}
