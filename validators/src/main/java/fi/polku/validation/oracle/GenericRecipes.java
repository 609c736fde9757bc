package fi.polku.validation.oracle;

import static fi.polku.validation.oracle.Recipe.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fault recipes that apply to any type: they find their place through the element definitions
 * ({@link Site}), so they reach every element of every base instance, nested ones included.
 */
final class GenericRecipes {

  private GenericRecipes() {}

  private static final List<String> DATE_TIME_TYPES = List.of("dateTime", "instant");
  private static final List<String> INTEGER_TYPES =
      List.of("integer", "positiveInt", "unsignedInt", "integer64");
  private static final List<String> URI_TYPES = List.of("uri", "url", "canonical");

  /** Resource types a reference can wrongly point to, one of which is never a target. */
  private static final List<String> OTHER_TARGETS =
      List.of("TeachingGroup", "Absence", "Guardianship", "Learner", "Organization");

  static List<Recipe> all() {
    return List.of(
        recipe("missing-required", GenericRecipes::missingRequired),
        recipe("max-one-as-array", GenericRecipes::maxOneAsArray),
        recipe("repeating-as-single", GenericRecipes::repeatingAsSingle),
        recipe("wrong-json-type", GenericRecipes::wrongJsonType),
        recipe("complex-as-string", GenericRecipes::complexAsString),
        recipe("null-value", GenericRecipes::nullValue),
        recipe("empty-object", GenericRecipes::emptyObject),
        recipe("bad-date", t -> format(t, List.of("date"), "12.03.2012", "2019-02-30", "2019-3-5")),
        recipe(
            "bad-datetime",
            t ->
                format(
                    t,
                    DATE_TIME_TYPES,
                    "2020-08-01T10:00:00",
                    "2020-08-01 10:00:00+02:00",
                    "2020-08-01T25:00:00+02:00")),
        recipe("bad-time", t -> format(t, List.of("time"), "10.15", "25:00:00", "10:15")),
        recipe("bad-decimal", GenericRecipes::badDecimal),
        recipe("bad-integer", GenericRecipes::badInteger),
        recipe("bad-code-format", t -> format(t, List.of("code"), " FI", "a  b", "x\ny")),
        recipe("bad-id", t -> format(t, List.of("id"), "sr_1", "a".repeat(65), "ab cd")),
        recipe("bad-uri", t -> format(t, URI_TYPES, "https://polku.fi/fhir/ x")),
        recipe("unknown-element", GenericRecipes::unknownElement),
        recipe("required-binding-code", GenericRecipes::requiredBindingCode),
        recipe("wrong-choice-type", GenericRecipes::wrongChoiceType),
        recipe("wrong-reference-target", GenericRecipes::wrongReferenceTarget),
        recipe("drop-optional", GenericRecipes::dropOptional),
        recipe("foreign-extension", GenericRecipes::foreignExtension),
        recipe("add-narrative", GenericRecipes::addNarrative),
        recipe("add-meta", GenericRecipes::addMeta),
        recipe("reorder-properties", GenericRecipes::reorderProperties),
        recipe("unicode-text", GenericRecipes::unicodeText));
  }

  private static Recipe recipe(String name, Recipe.Fault fault) {
    return new Recipe(name, Set.of(), fault);
  }

  private static String missingRequired(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.element().min() >= 1));
    if (s == null) {
      return null;
    }
    s.parent().remove(s.name());
    s.parent().remove("_" + s.name());
    return "removed the required " + s.path();
  }

  private static String maxOneAsArray(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.element().max() == 1 && !x.value().isArray()));
    if (s == null) {
      return null;
    }
    ArrayNode two = NODES.arrayNode().add(s.value().deepCopy()).add(s.value().deepCopy());
    s.parent().set(s.name(), two);
    return "gave the single-valued " + s.path() + " two values";
  }

  private static String repeatingAsSingle(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.element().repeating() && x.value().isArray()));
    if (s == null) {
      return null;
    }
    s.parent().set(s.name(), s.value().get(0));
    return "gave the repeating " + s.path() + " as a bare value instead of an array";
  }

  private static String wrongJsonType(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.primitive() && x.first().isValueNode()));
    if (s == null) {
      return null;
    }
    JsonNode v = s.first();
    JsonNode wrong = v.isTextual() ? NODES.numberNode(42) : NODES.textNode(v.asText());
    s.replaceFirst(wrong);
    return "gave " + s.path() + " the JSON value " + wrong + " (" + s.type() + ")";
  }

  private static String complexAsString(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> !x.primitive() && x.first().isObject()));
    if (s == null) {
      return null;
    }
    s.replaceFirst(NODES.textNode(s.type().equals("Reference") ? "Learner/l-1" : "see notes"));
    return "gave the " + s.type() + " " + s.path() + " as a string";
  }

  private static String nullValue(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.primitive() && x.first().isValueNode()));
    if (s == null) {
      return null;
    }
    s.replaceFirst(NODES.nullNode());
    return "set " + s.path() + " to null";
  }

  private static String emptyObject(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> !x.primitive() && x.first().isObject()));
    if (s == null) {
      return null;
    }
    s.replaceFirst(NODES.objectNode());
    return "emptied " + s.path();
  }

  private static String format(Recipe.Target t, List<String> types, String... bad) {
    Site s = t.pick(t.sites(x -> types.contains(x.type()) && x.first().isTextual()));
    if (s == null) {
      return null;
    }
    String value = t.pick(List.of(bad));
    s.replaceFirst(NODES.textNode(value));
    return "gave the " + s.type() + " " + s.path() + " the value '" + printable(value) + "'";
  }

  private static String badDecimal(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.type().equals("decimal") && x.first().isNumber()));
    if (s == null) {
      return null;
    }
    JsonNode bad =
        t.pick(
            List.of(
                NODES.numberNode(new BigDecimal("1234567890123456789012")),
                NODES.numberNode(new BigDecimal("0.123456789012345678901")),
                NODES.textNode("2,5")));
    s.replaceFirst(bad);
    return "gave the decimal " + s.path() + " the value " + bad;
  }

  private static String badInteger(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> INTEGER_TYPES.contains(x.type()) && x.first().isNumber()));
    if (s == null) {
      return null;
    }
    List<JsonNode> options = new ArrayList<>();
    options.add(NODES.numberNode(new BigDecimal("2.5")));
    options.add(NODES.numberNode(2147483648L));
    if (s.type().equals("positiveInt")) {
      options.add(NODES.numberNode(0));
    } else if (s.type().equals("unsignedInt")) {
      options.add(NODES.numberNode(-1));
    }
    JsonNode bad = t.pick(options);
    s.replaceFirst(bad);
    return "gave the " + s.type() + " " + s.path() + " the value " + bad;
  }

  private static String unknownElement(Recipe.Target t) {
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(t.root());
    for (Site s : t.sites(x -> !x.primitive() && x.first().isObject())) {
      objects.add((ObjectNode) s.first());
    }
    ObjectNode o = t.pick(objects);
    o.put("remark", "lisätieto");
    return "added the unknown element 'remark'"
        + (o == t.root() ? " to the resource" : " inside the resource");
  }

  private static String requiredBindingCode(Recipe.Target t) {
    Site s =
        t.pick(
            t.sites(
                x ->
                    x.element().requiredValueSet() != null
                        && (x.type().equals("code") && x.first().isTextual()
                            || codingOf(x) != null)));
    if (s == null) {
      return null;
    }
    if (s.type().equals("code")) {
      s.replaceFirst(NODES.textNode("not-a-code"));
    } else {
      codingOf(s).put("code", "XX-99");
    }
    return "gave " + s.path() + " a code outside its required value set";
  }

  /** The first coding with a code of a CodeableConcept or Coding site, or null. */
  private static ObjectNode codingOf(Site s) {
    JsonNode v = s.first();
    if (s.type().equals("CodeableConcept")) {
      v = v.path("coding").path(0);
    } else if (!s.type().equals("Coding")) {
      return null;
    }
    return v instanceof ObjectNode o && o.path("code").isTextual() ? o : null;
  }

  private static String wrongChoiceType(Recipe.Target t) {
    Site s = t.pick(t.sites(x -> x.element().choice() && !x.value().isArray()));
    if (s == null) {
      return null;
    }
    boolean stringAllowed = s.element().types().contains("string");
    String name = s.element().name() + (stringAllowed ? "Integer" : "String");
    s.parent().remove(s.name());
    s.parent().set(name, stringAllowed ? NODES.numberNode(1) : NODES.textNode("kyllä"));
    return "gave the choice " + s.path() + " as " + name + ", a type it does not allow";
  }

  private static String wrongReferenceTarget(Recipe.Target t) {
    Site s =
        t.pick(
            t.sites(
                x ->
                    x.type().equals("Reference")
                        && !x.element().targets().isEmpty()
                        && x.first().path("reference").asText("").matches("[A-Z][A-Za-z]+/.+")));
    if (s == null) {
      return null;
    }
    ObjectNode ref = (ObjectNode) s.first();
    String wrong =
        t.pick(OTHER_TARGETS.stream().filter(x -> !s.element().targets().contains(x)).toList());
    String id =
        ref.path("reference").asText().substring(ref.path("reference").asText().indexOf('/'));
    ref.put("reference", wrong + id);
    return "pointed " + s.path() + " (targets " + s.element().targets() + ") at type " + wrong;
  }

  private static String dropOptional(Recipe.Target t) {
    Site s =
        t.pick(
            t.sites(
                x ->
                    x.element().min() == 0
                        && !x.name().equals("id")
                        && !x.name().equals("meta")
                        && !x.name().equals("url")));
    if (s == null) {
      return null;
    }
    s.parent().remove(s.name());
    s.parent().remove("_" + s.name());
    return "removed the optional " + s.path();
  }

  private static String foreignExtension(Recipe.Target t) {
    ObjectNode ext =
        NODES
            .objectNode()
            .put("url", "https://example.org/fhir/StructureDefinition/local-note")
            .put("valueString", "oppilashallinnon huomautus");
    extensions(t.root()).add(ext);
    return "added an extension of another organisation's namespace";
  }

  private static String addNarrative(Recipe.Target t) {
    if (t.root().has("text")) {
      return null;
    }
    ObjectNode text =
        NODES
            .objectNode()
            .put("status", "generated")
            .put(
                "div",
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
                    + t.type()
                    + " "
                    + t.root().path("id").asText()
                    + "</p></div>");
    t.root().set("text", text);
    return "added a generated narrative";
  }

  private static String addMeta(Recipe.Target t) {
    ObjectNode meta = t.root().get("meta") instanceof ObjectNode m ? m : t.root().putObject("meta");
    if (meta.has("versionId") || meta.has("lastUpdated")) {
      return null;
    }
    meta.put("versionId", "3").put("lastUpdated", "2025-01-14T08:30:00.123+02:00");
    return "added meta.versionId and meta.lastUpdated";
  }

  /** JSON property order carries no meaning: the resource's members in reverse order. */
  private static String reorderProperties(Recipe.Target t) {
    ObjectNode root = t.root();
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    ObjectNode copy = root.deepCopy();
    root.removeAll();
    for (int i = names.size() - 1; i >= 0; i--) {
      root.set(names.get(i), copy.get(names.get(i)));
    }
    return "reversed the order of the resource's JSON members";
  }

  /** Free-text elements where any Unicode text is fine (not identifiers, codes or references). */
  private static final Set<String> FREE_TEXT =
      Set.of("display", "text", "family", "given", "name", "description", "title", "city", "line");

  private static String unicodeText(Recipe.Target t) {
    Site s =
        t.pick(
            t.sites(
                x ->
                    x.type().equals("string")
                        && FREE_TEXT.contains(x.name())
                        && x.first().isTextual()));
    if (s == null) {
      return null;
    }
    s.replaceFirst(NODES.textNode(s.first().asText() + " – Åbo/Turku, Aanaar/Inari, ŋ 😀"));
    return "added non-Latin-1 characters (Sámi, emoji) to " + s.path();
  }

  /** The resource's extension array, created if missing. */
  static ArrayNode extensions(ObjectNode resource) {
    JsonNode e = resource.get("extension");
    if (e instanceof ArrayNode a) {
      return a;
    }
    return resource.putArray("extension");
  }

  private static String printable(String s) {
    return s.replace("\n", "\\n");
  }
}
