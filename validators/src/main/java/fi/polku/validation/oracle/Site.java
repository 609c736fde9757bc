package fi.polku.validation.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place in an instance where a fault can be injected: one JSON property of an object, with the
 * element it holds. Sites are listed in document order, so a seeded choice among them is stable.
 *
 * @param parent the object holding the property
 * @param name the JSON property name (for a choice element, with its type suffix)
 * @param element the element definition
 * @param type the type of the value (the chosen type of a choice element)
 * @param path the FHIRPath of the property, e.g. {@code StudyRight.statusHistory[0].start}
 */
record Site(ObjectNode parent, String name, ModelFacts.Element element, String type, String path) {

  /** Complex types whose children the generator knows, besides backbone elements. */
  private static final List<String> BACKBONE = List.of("BackboneElement", "Element");

  /** The current value of the property. */
  JsonNode value() {
    return parent.get(name);
  }

  /** The first value: the value itself, or the first item of an array. */
  JsonNode first() {
    JsonNode v = value();
    return v.isArray() ? v.get(0) : v;
  }

  boolean primitive() {
    return Character.isLowerCase(type.charAt(0));
  }

  /** Replaces the (first) value with {@code replacement}, keeping array-ness. */
  void replaceFirst(JsonNode replacement) {
    JsonNode v = value();
    if (v.isArray()) {
      ((ArrayNode) v).set(0, replacement);
    } else {
      parent.set(name, replacement);
    }
  }

  /** Every site of the resource {@code root} of model type {@code type}, in document order. */
  static List<Site> all(ModelFacts facts, String type, ObjectNode root) {
    List<Site> sites = new ArrayList<>();
    String rootPath = facts.root(type);
    walk(facts, root, rootPath, rootPath, sites);
    return sites;
  }

  private static void walk(
      ModelFacts facts, ObjectNode obj, String defPath, String path, List<Site> out) {
    Map<String, ModelFacts.Element> children = facts.children(defPath);
    ModelFacts.Element extensionValue =
        defPath.equals("Extension") ? facts.extensionValue(obj.path("url").asText()) : null;
    if (extensionValue != null) {
      children = new LinkedHashMap<>(children);
      children.put(extensionValue.name(), extensionValue);
    }
    for (String name : iterable(obj)) {
      if (name.equals("resourceType") || name.startsWith("_")) {
        continue;
      }
      ModelFacts.Element e = children.get(name);
      String type = null;
      if (e != null && !e.choice()) {
        type = e.types().size() == 1 ? e.types().get(0) : null;
      } else {
        e = null;
        for (ModelFacts.Element c : children.values()) {
          if (c.choice() && name.startsWith(c.name()) && name.length() > c.name().length()) {
            String suffix = name.substring(c.name().length());
            for (String t : c.types()) {
              if (t.equalsIgnoreCase(suffix)) {
                e = c;
                type = t;
              }
            }
          }
        }
      }
      if (e == null || type == null) {
        continue; // not an element the generator knows (e.g. a datatype left undescribed)
      }
      Site site = new Site(obj, name, e, type, path + "." + name);
      out.add(site);
      JsonNode value = obj.get(name);
      List<JsonNode> items = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(items::add);
      } else {
        items.add(value);
      }
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof ObjectNode child)) {
          continue;
        }
        String at = site.path() + (value.isArray() ? "[" + i + "]" : "");
        if (BACKBONE.contains(type)) {
          walk(facts, child, e.contentPath() != null ? e.contentPath() : e.path(), at, out);
        } else if (!facts.children(type).isEmpty()) {
          walk(facts, child, type, at, out);
        }
      }
    }
  }

  /** The property names of {@code obj}, copied so that faults may change the object. */
  private static List<String> iterable(ObjectNode obj) {
    List<String> names = new ArrayList<>();
    obj.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
