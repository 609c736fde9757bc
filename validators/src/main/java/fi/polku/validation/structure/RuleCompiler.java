package fi.polku.validation.structure;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.validation.api.Text;
import fi.polku.validation.format.FormatRule;
import fi.polku.validation.format.FormatRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;

/**
 * Compiles StructureDefinition snapshots into {@link StructureRules}, once, at start-up: element
 * names (with choice expansions and {@code _name} companions), cardinalities, types, bindings
 * (expanded to code sets), reference targets, extension slices, invariants (parsed FHIRPath) and
 * format rules. Datatypes are compiled from their FHIR core definitions on first use and shared.
 */
final class RuleCompiler {

  static final String CORE_SD = "http://hl7.org/fhir/StructureDefinition/";
  private static final String FHIR_TYPE =
      "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";
  private static final String BEST_PRACTICE =
      "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice";
  private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  private static final Set<String> NATIVE =
      Set.of("ele-1", "ext-1", "ref-1", "dom-6"); // checked by the engine itself, or best practice
  private static final Set<String> ABOUT_CONTAINED = Set.of("dom-2", "dom-3", "dom-4", "dom-5");
  private static final Set<String> CODED = Set.of("code", "Coding", "CodeableConcept");

  private final Definitions definitions;
  private final Terminology terminology;
  private final FormatRules formats;
  private final FhirPathSupport fhirPath;
  private final Map<String, StructureRules> byUrl = new HashMap<>();
  private final Map<String, StructureRules> inline = new HashMap<>();

  RuleCompiler(
      Definitions definitions,
      Terminology terminology,
      FormatRules formats,
      FhirPathSupport fhirPath) {
    this.definitions = definitions;
    this.terminology = terminology;
    this.formats = formats;
    this.fhirPath = fhirPath;
  }

  /** Every structure compiled so far (for the post-compile passes). */
  List<StructureRules> all() {
    List<StructureRules> all = new ArrayList<>(byUrl.values());
    all.addAll(inline.values());
    return all;
  }

  /** The rules of the StructureDefinition with canonical {@code url}, compiled on first use. */
  StructureRules definition(String url) {
    StructureRules done = byUrl.get(url);
    if (done != null) {
      return done;
    }
    JsonNode sd = definitions.resolve(url);
    if (sd == null || !"StructureDefinition".equals(sd.path("resourceType").asText())) {
      throw new IllegalStateException("No StructureDefinition " + url + " to compile");
    }
    String type = sd.path("type").asText();
    String kind = sd.path("kind").asText();
    boolean resource = kind.equals("resource");
    String datatype = kind.endsWith("-type") ? type : null;
    StructureRules rules = new StructureRules(type, datatype, resource);
    byUrl.put(url, rules); // before filling: definitions refer to each other in cycles
    Snapshot snapshot = Snapshot.of(sd.path("snapshot").path("element"), url);
    fill(rules, snapshot.root(), snapshot, url, kind.equals("primitive-type"));
    if (type.equals("Extension") && sd.path("derivation").asText().equals("constraint")) {
      rules.extensionUrl = url;
      List<String> contexts = new ArrayList<>();
      for (JsonNode c : sd.path("context")) {
        contexts.add(c.path("type").asText() + ":" + c.path("expression").asText());
      }
      rules.extensionContexts = List.copyOf(contexts);
    }
    return rules;
  }

  /** The rules of the {@code id} and {@code extension} of a primitive of type {@code code}. */
  StructureRules primitivePart(String code) {
    return definition(CORE_SD + code); // the primitive's definition without its value element
  }

  private void fill(
      StructureRules rules, Snapshot.Node node, Snapshot snapshot, String url, boolean primitive) {
    List<ElementRule> elements = new ArrayList<>();
    Map<String, StructureRules.Slot> slots = new LinkedHashMap<>();
    for (Snapshot.Node child : node.children) {
      if (primitive && child.pathName().equals("value")) {
        continue; // a primitive's value is the JSON value itself, not a property
      }
      ElementRule e = element(child, snapshot, url);
      e.index = elements.size();
      elements.add(e);
      for (TypeRef t : e.types) {
        String json = e.choice ? e.name + capitalise(t.code()) : e.name;
        slots.put(json, new StructureRules.Slot(e, t, false));
        if (t instanceof TypeRef.Primitive) {
          TypeRef.Complex part = new TypeRef.Complex(t.code(), Set.of());
          part.resolve(primitivePart(t.code()));
          slots.put("_" + json, new StructureRules.Slot(e, part, true));
        }
      }
    }
    rules.elements = List.copyOf(elements);
    Map<String, ElementRule> byName = new HashMap<>();
    for (ElementRule e : elements) {
      byName.putIfAbsent(e.name, e);
    }
    rules.byName = Map.copyOf(byName);
    rules.slots = Map.copyOf(slots);
    if (node == snapshot.root()) {
      rules.invariants = invariants(node, url, rules.datatype);
    }
    if (rules.datatype != null) {
      Map<String, List<FormatRule>> byChild = new HashMap<>();
      for (ElementRule e : elements) {
        List<FormatRule> f = formats.forElement(rules.datatype + "." + e.name);
        if (!f.isEmpty()) {
          byChild.put(e.name, f);
        }
      }
      rules.elementFormats = Map.copyOf(byChild);
    }
  }

  private ElementRule element(Snapshot.Node node, Snapshot snapshot, String url) {
    JsonNode def = node.def;
    String pathName = node.pathName();
    String name =
        pathName.endsWith("[x]") ? pathName.substring(0, pathName.length() - 3) : pathName;
    int min = def.path("min").asInt(0);
    int max = cardinality(def.path("max").asText("*"));
    String baseMax = def.path("base").path("max").asText(def.path("max").asText("*"));
    boolean repeating = !baseMax.equals("1") && !baseMax.equals("0");
    List<TypeRef> types = new ArrayList<>();
    if (def.has("contentReference")) {
      String target = def.path("contentReference").asText();
      Snapshot.Node referenced = snapshot.node(target.substring(target.indexOf('#') + 1));
      if (referenced == null) {
        throw new IllegalStateException("Unresolved contentReference " + target + " in " + url);
      }
      TypeRef.Complex c = new TypeRef.Complex("BackboneElement", Set.of());
      c.resolve(inline(referenced, snapshot, url, "BackboneElement"));
      types.add(c);
    } else {
      for (JsonNode type : def.path("type")) {
        types.add(typeRef(node, type, snapshot, url));
      }
    }
    Map<String, SliceRule> slices = new LinkedHashMap<>();
    if (name.equals("extension") || name.equals("modifierExtension")) {
      for (Snapshot.Node slice : node.slices) {
        SliceRule s = slice(slice, snapshot, url);
        slices.put(s.url(), s);
      }
    }
    return new ElementRule(
        name,
        node.path,
        min,
        max,
        repeating,
        types,
        binding(def, types),
        invariants(node, url, null),
        slices);
  }

  private TypeRef typeRef(Snapshot.Node node, JsonNode type, Snapshot snapshot, String url) {
    String code = typeCode(type);
    PrimitiveType primitive = PrimitiveType.of(code);
    if (primitive != null) {
      return new TypeRef.Primitive(code, primitive);
    }
    if (code.equals("Resource") || code.equals("DomainResource")) {
      return new TypeRef.Contained();
    }
    TypeRef.Complex complex = new TypeRef.Complex(code, targets(type));
    if (!node.children.isEmpty()) {
      complex.resolve(inline(node, snapshot, url, code)); // constrained or backbone: inline rules
      return complex;
    }
    JsonNode profile = type.path("profile");
    String profileUrl = profile.isArray() && !profile.isEmpty() ? profile.get(0).asText() : null;
    complex.resolve(definition(profileUrl != null ? profileUrl : CORE_SD + code));
    return complex;
  }

  private StructureRules inline(Snapshot.Node node, Snapshot snapshot, String url, String code) {
    String key = url + "#" + node.id;
    StructureRules done = inline.get(key);
    if (done != null) {
      return done;
    }
    boolean backbone = code.equals("BackboneElement") || code.equals("Element");
    StructureRules rules =
        new StructureRules(backbone ? node.path : code, backbone ? null : code, false);
    inline.put(key, rules);
    fill(rules, node, snapshot, url, false);
    rules.invariants = List.of(); // an inline node's own constraints sit on its ElementRule
    return rules;
  }

  private SliceRule slice(Snapshot.Node slice, Snapshot snapshot, String url) {
    JsonNode type = slice.def.path("type").path(0);
    JsonNode profile = type.path("profile");
    int min = slice.def.path("min").asInt(0);
    int max = cardinality(slice.def.path("max").asText("*"));
    if (profile.isArray() && !profile.isEmpty()) {
      String extensionUrl = profile.get(0).asText();
      return new SliceRule(slice.sliceName, extensionUrl, min, max, definition(extensionUrl));
    }
    Snapshot.Node urlNode = slice.child("url");
    String fixed = urlNode == null ? null : fixedText(urlNode.def);
    if (fixed == null) {
      throw new IllegalStateException("Extension slice " + slice.id + " of " + url + " has no url");
    }
    return new SliceRule(
        slice.sliceName, fixed, min, max, inline(slice, snapshot, url, "Extension"));
  }

  private Binding binding(JsonNode def, List<TypeRef> types) {
    JsonNode binding = def.path("binding");
    String strength = binding.path("strength").asText("");
    String valueSet = binding.path("valueSet").asText(null);
    boolean coded = types.stream().anyMatch(t -> CODED.contains(t.code()));
    if (valueSet == null
        || !coded
        || !(strength.equals("required") || strength.equals("extensible"))) {
      return null;
    }
    CodeSet codes = terminology.valueSet(valueSet);
    String plain = valueSet.contains("|") ? valueSet.substring(0, valueSet.indexOf('|')) : valueSet;
    return codes.uncheckable() ? null : new Binding(strength.equals("required"), plain, codes);
  }

  /**
   * The invariants of an element; for the root of a datatype ({@code datatype} not null), the
   * common core ones are checked natively instead of through FHIRPath.
   */
  private List<Invariant> invariants(Snapshot.Node node, String url, String datatype) {
    List<Invariant> list = new ArrayList<>();
    for (JsonNode c : node.def.path("constraint")) {
      String key = c.path("key").asText();
      String expression = c.path("expression").asText("");
      if (NATIVE.contains(key) || expression.isBlank() || bestPractice(c)) {
        continue;
      }
      NativeInvariants.Check check = datatype == null ? null : NativeInvariants.of(datatype, key);
      ExpressionNode parsed = check != null ? null : fhirPath.parse(expression, key + " of " + url);
      list.add(
          new Invariant(
              key,
              !"warning".equals(c.path("severity").asText()),
              expression,
              parsed,
              human(c, key),
              ABOUT_CONTAINED.contains(key),
              check,
              parsed == null ? null : JsonFhirPath.compile(parsed)));
    }
    return List.copyOf(list);
  }

  private static boolean bestPractice(JsonNode constraint) {
    for (JsonNode ext : constraint.path("extension")) {
      if (BEST_PRACTICE.equals(ext.path("url").asText()) && ext.path("valueBoolean").asBoolean()) {
        return true;
      }
    }
    return false;
  }

  /** The constraint's text in fi/sv/en: its translations, Polku's for core rules, or English. */
  private static Text human(JsonNode constraint, String key) {
    String en = constraint.path("human").asText(key);
    String fi = null;
    String sv = null;
    for (JsonNode t : constraint.path("_human").path("extension")) {
      if (!TRANSLATION.equals(t.path("url").asText())) {
        continue;
      }
      String lang = null;
      String content = null;
      for (JsonNode part : t.path("extension")) {
        if (part.path("url").asText().equals("lang")) {
          lang = part.path("valueCode").asText();
        } else if (part.path("url").asText().equals("content")) {
          content = part.path("valueMarkdown").asText(part.path("valueString").asText(null));
        }
      }
      if ("fi".equals(lang)) {
        fi = content;
      } else if ("sv".equals(lang)) {
        sv = content;
      }
    }
    if (fi != null && sv != null) {
      return new Text(fi, sv, en);
    }
    Text core = CoreInvariantTexts.of(key);
    return core != null ? core : Text.of(en);
  }

  private Set<String> targets(JsonNode type) {
    Set<String> targets = new LinkedHashSet<>();
    for (JsonNode p : type.path("targetProfile")) {
      String url = p.asText();
      if (url.startsWith(CORE_SD)) {
        targets.add(url.substring(CORE_SD.length()));
      } else {
        JsonNode sd = definitions.resolve(url);
        targets.add(sd != null ? sd.path("type").asText() : "Resource");
      }
    }
    return targets;
  }

  /** A type's code; FHIRPath system types name their FHIR type in an extension. */
  private static String typeCode(JsonNode type) {
    String code = type.path("code").asText();
    if (!code.startsWith("http://hl7.org/fhirpath/System.")) {
      return code;
    }
    for (JsonNode ext : type.path("extension")) {
      if (FHIR_TYPE.equals(ext.path("url").asText())) {
        return ext.path("valueUrl").asText(ext.path("valueUri").asText("string"));
      }
    }
    return switch (code.substring("http://hl7.org/fhirpath/System.".length())) {
      case "Boolean" -> "boolean";
      case "Integer" -> "integer";
      case "Decimal" -> "decimal";
      case "Date" -> "date";
      case "DateTime" -> "dateTime";
      case "Time" -> "time";
      default -> "string";
    };
  }

  private static String fixedText(JsonNode def) {
    for (String f :
        List.of("fixedUri", "fixedString", "fixedUrl", "fixedCanonical", "patternUri")) {
      if (def.has(f)) {
        return def.get(f).asText();
      }
    }
    return null;
  }

  private static int cardinality(String max) {
    return max.equals("*") ? Integer.MAX_VALUE : Integer.parseInt(max);
  }

  private static String capitalise(String code) {
    return Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }
}
