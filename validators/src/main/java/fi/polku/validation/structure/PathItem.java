package fi.polku.validation.structure;

import fi.polku.validation.parse.JsonObject;
import java.util.List;

/**
 * One value in a native FHIRPath evaluation over the JSON tree: a primitive (its FHIR type and its
 * text as the engine's {@code primitiveValue()} gives it) or an object (its type and the compiled
 * rules to navigate it with).
 *
 * @param type the FHIR type code, e.g. {@code dateTime}, {@code Coding}
 * @param text the primitive value, or null for an object
 * @param object the JSON object, or null for a primitive
 * @param rules the rules of the object, or null (primitives; objects that cannot be navigated)
 */
record PathItem(String type, String text, JsonObject object, StructureRules rules) {

  static final PathItem TRUE = new PathItem("boolean", "true", null, null);
  static final PathItem FALSE = new PathItem("boolean", "false", null, null);

  static final List<PathItem> EMPTY = List.of();
  static final List<PathItem> TRUE_LIST = List.of(TRUE);
  static final List<PathItem> FALSE_LIST = List.of(FALSE);

  static PathItem primitive(String type, String text) {
    return new PathItem(type, text, null, null);
  }

  static PathItem object(String type, JsonObject object, StructureRules rules) {
    return new PathItem(type, null, object, rules);
  }

  static List<PathItem> bool(boolean b) {
    return b ? TRUE_LIST : FALSE_LIST;
  }

  boolean isPrimitive() {
    return object == null;
  }

  boolean isBoolean() {
    return type.equals("boolean");
  }
}
