package fi.polku.validation.structure;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.catalogue.FormatCodes;
import fi.polku.validation.catalogue.InputCodes;
import fi.polku.validation.catalogue.StructureCodes;
import fi.polku.validation.format.FormatContext;
import fi.polku.validation.format.FormatResult;
import fi.polku.validation.format.FormatRule;
import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonBoolean;
import fi.polku.validation.parse.JsonNull;
import fi.polku.validation.parse.JsonNumber;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonString;
import fi.polku.validation.parse.JsonValue;
import fi.polku.validation.parse.PathText;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One structural validation of a JSON tree against compiled rules. Not thread-safe: a new walker
 * per validation (it is cheap; the rules are shared). Every check is a lookup in precompiled rules;
 * nothing is parsed or reflected here.
 */
final class StructureWalker {

  /** The resource being walked (the top-level one or a contained one). */
  private record Frame(
      String type, JsonObject root, Map<String, String> containedTypes, int depth) {}

  private final CompiledModel model;
  private final IssueSink sink;
  private final LocalDate asOf;
  private final CodingChecker codings;
  private final ReferenceChecker references;
  private final ExtensionChecker extensions;
  private final ArrayDeque<JsonObject> ancestors = new ArrayDeque<>();
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();
  private final List<Violation> nativeViolations = new ArrayList<>();
  private boolean extensionInvariants;

  /** A natively checked invariant that does not hold, reported only if the structure is sound. */
  record Violation(Invariant invariant, Loc loc) {}

  StructureWalker(CompiledModel model, IssueSink sink, LocalDate asOf) {
    this.model = model;
    this.sink = sink;
    this.asOf = asOf;
    this.codings = new CodingChecker(model.terminology, sink);
    this.references = new ReferenceChecker(sink);
    this.extensions = new ExtensionChecker(model, sink);
  }

  /** Validates a top-level resource; returns its rules, or null if it is not one Polku accepts. */
  StructureRules resource(JsonValue value) {
    if (!(value instanceof JsonObject obj)) {
      sink.add(InputCodes.NOT_A_RESOURCE, null, "input", "actual", value.jsonType());
      return null;
    }
    return resource(obj, null);
  }

  private StructureRules resource(JsonObject obj, Loc at) {
    JsonValue rt = obj.get("resourceType");
    Loc where = at != null ? at : Loc.root("Resource");
    if (!(rt instanceof JsonString type)) {
      sink.add(InputCodes.MISSING_RESOURCE_TYPE, where, "resourceType");
      return null;
    }
    StructureRules rules = model.resources.get(type.value());
    if (rules == null) {
      sink.add(
          InputCodes.UNKNOWN_RESOURCE_TYPE,
          where,
          "resourceType",
          "type",
          PathText.safeType(type.value()),
          "allowed",
          String.join(", ", model.resourceTypes()));
      return null;
    }
    Loc loc = at != null ? at : Loc.root(type.value());
    frames.push(new Frame(type.value(), obj, containedTypes(obj), ancestors.size()));
    object(obj, rules, loc);
    frames.pop();
    return rules;
  }

  private static Map<String, String> containedTypes(JsonObject resource) {
    if (!(resource.get("contained") instanceof JsonArray contained)) {
      return Map.of();
    }
    Map<String, String> types = new HashMap<>();
    for (JsonValue v : contained.items()) {
      if (v instanceof JsonObject c && c.string("id") != null && c.string("resourceType") != null) {
        types.put(c.string("id"), c.string("resourceType"));
      }
    }
    return types;
  }

  /** Validates {@code obj} as an instance of {@code rules} at {@code loc}. */
  void object(JsonObject obj, StructureRules rules, Loc loc) {
    if (sink.full()) {
      return;
    }
    if (obj.size() == 0) {
      sink.add(StructureCodes.EMPTY_ELEMENT, loc, "ele-1");
      return;
    }
    ancestors.push(obj);
    int[] counts = new int[rules.elements.size()];
    String[] chosen = null;
    for (Map.Entry<String, JsonValue> m : obj.members().entrySet()) {
      String name = m.getKey();
      StructureRules.Slot slot = rules.slots.get(name);
      if (slot == null) {
        if (!(rules.resource && name.equals("resourceType"))) {
          ElementRule choice = unknown(rules, name, loc);
          if (choice != null) {
            counts[choice.index]++; // present, if in a wrong type: do not also call it missing
          }
        }
        continue;
      }
      ElementRule e = slot.element();
      if (e.choice && !slot.extensionPart()) {
        chosen = choose(chosen, rules, e, name, loc);
      }
      int n = member(rules, slot, name, m.getValue(), obj, loc);
      counts[e.index] = Math.max(counts[e.index], n);
      if (sink.full()) {
        break;
      }
    }
    for (ElementRule e : rules.elements) {
      cardinality(e, counts[e.index], loc);
    }
    if (!rules.elementFormats.isEmpty()) {
      elementFormats(obj, rules, loc);
    }
    if ("Identifier".equals(rules.datatype)) {
      identifier(obj, loc);
    } else if ("Coding".equals(rules.datatype)) {
      codings.coding(obj, loc, this::recordDate);
    }
    for (Invariant inv : rules.invariants) {
      if (inv.check() != null && !inv.check().holds(obj)) {
        nativeViolations.add(new Violation(inv, loc));
      }
    }
    ancestors.pop();
  }

  /** Invariants checked natively on the JSON tree that do not hold, in document order. */
  List<Violation> nativeViolations() {
    return nativeViolations;
  }

  /** Notes that an extension carries a value with FHIRPath invariants of its own. */
  void extensionWithInvariants() {
    extensionInvariants = true;
  }

  /**
   * True if some extension carries a value with FHIRPath invariants: the invariant walk must then
   * visit every element, as the compiled rules cannot say where such extensions are.
   */
  boolean extensionInvariants() {
    return extensionInvariants;
  }

  /**
   * Reports an unknown property: a choice element given in a type it does not allow (returned), or
   * an element the type does not have (null returned).
   */
  private ElementRule unknown(StructureRules rules, String name, Loc loc) {
    String plain = name.startsWith("_") ? name.substring(1) : name;
    for (ElementRule e : rules.elements) {
      int n = e.name.length();
      if (e.choice
          && plain.length() > n
          && plain.startsWith(e.name)
          && Character.isUpperCase(plain.charAt(n))) {
        List<String> allowed = e.types.stream().map(TypeRef::code).toList();
        sink.add(
            StructureCodes.CHOICE_TYPE_NOT_ALLOWED,
            loc.child(e.name),
            "structure",
            "type",
            typeName(plain.substring(n)),
            "allowed",
            String.join(", ", allowed));
        return e;
      }
    }
    sink.add(
        StructureCodes.UNKNOWN_ELEMENT,
        loc.child(PathText.safeName(name)),
        "structure",
        "type",
        rules.name,
        "name",
        PathText.safeName(name));
    return null;
  }

  /**
   * The FHIR type named by a choice suffix: {@code String} is {@code string}, {@code Period} is.
   */
  private static String typeName(String suffix) {
    String lower = Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
    return PrimitiveType.of(lower) != null ? lower : PathText.safeType(suffix);
  }

  private String[] choose(
      String[] chosen, StructureRules rules, ElementRule e, String name, Loc loc) {
    String[] c = chosen != null ? chosen : new String[rules.elements.size()];
    if (c[e.index] == null) {
      c[e.index] = name;
    } else if (!c[e.index].equals(name)) {
      sink.add(
          StructureCodes.MULTIPLE_CHOICE_TYPES,
          loc.child(e.name),
          "structure",
          "names",
          c[e.index] + ", " + name);
    }
    return c;
  }

  /** Validates one JSON property; returns how many values it holds. */
  private int member(
      StructureRules host,
      StructureRules.Slot slot,
      String name,
      JsonValue value,
      JsonObject parent,
      Loc loc) {
    ElementRule e = slot.element();
    String fhirName = e.choice ? e.name + ".ofType(" + slot.type().code() + ")" : e.name;
    if (value == JsonNull.INSTANCE) {
      sink.add(StructureCodes.NULL_VALUE, loc.child(fhirName), "structure");
      return 0;
    }
    if (!e.repeating) {
      if (value instanceof JsonArray array) {
        sink.add(StructureCodes.UNEXPECTED_ARRAY, loc.child(fhirName), "structure");
        return array.size();
      }
      value(host, slot, value, loc.child(fhirName), loc);
      return 1;
    }
    if (!(value instanceof JsonArray array)) {
      sink.add(StructureCodes.EXPECTED_ARRAY, loc.child(fhirName), "structure");
      value(host, slot, value, loc.child(fhirName, 0), loc);
      return 1;
    }
    if (array.size() == 0) {
      sink.add(StructureCodes.EMPTY_ELEMENT, loc.child(fhirName), "ele-1");
      return 0;
    }
    JsonArray companion = companion(slot, name, parent);
    List<JsonValue> items = array.items();
    for (int i = 0; i < items.size() && !sink.full(); i++) {
      JsonValue item = items.get(i);
      Loc at = loc.child(fhirName, i);
      if (item == JsonNull.INSTANCE) {
        if (companion == null
            || i >= companion.size()
            || companion.items().get(i) == JsonNull.INSTANCE) {
          sink.add(StructureCodes.NULL_VALUE, at, "structure");
        }
        continue;
      }
      value(host, slot, item, at, loc);
    }
    if (companion != null && companion.size() != array.size() && !slot.extensionPart()) {
      sink.add(
          StructureCodes.PRIMITIVE_ARRAY_MISMATCH, loc.child(fhirName), "structure", "name", name);
    }
    if (e.extension && !e.slices.isEmpty()) {
      extensions.sliceCardinality(e, array, loc);
    }
    return array.size();
  }

  /** For a primitive array, the {@code _name} array next to it (or the reverse). */
  private static JsonArray companion(StructureRules.Slot slot, String name, JsonObject parent) {
    if (!(slot.type() instanceof TypeRef.Primitive) && !slot.extensionPart()) {
      return null;
    }
    String other = slot.extensionPart() ? name.substring(1) : "_" + name;
    return parent.get(other) instanceof JsonArray a ? a : null;
  }

  private void value(
      StructureRules host, StructureRules.Slot slot, JsonValue v, Loc loc, Loc hostLoc) {
    ElementRule e = slot.element();
    TypeRef type = slot.type();
    if (slot.extensionPart() || type instanceof TypeRef.Complex) {
      if (!(v instanceof JsonObject o)) {
        wrongType(loc, "object", v);
        return;
      }
      TypeRef.Complex c = (TypeRef.Complex) type;
      if (e.extension) {
        extensions.extension(this, o, e, host, loc, hostLoc);
        return;
      }
      object(o, c.rules(), loc);
      if (slot.extensionPart()) {
        return;
      }
      if (e.binding != null) {
        codings.binding(e.binding, c.code(), o, loc, this::recordDate);
      }
      if (c.code().equals("Reference")) {
        Frame f = frames.peek();
        references.check(o, c.targets(), loc, f.containedTypes(), f.type());
      }
    } else if (type instanceof TypeRef.Primitive p) {
      primitive(p, v, loc, e);
    } else if (v instanceof JsonObject o) {
      resource(o, loc); // contained
    } else {
      wrongType(loc, "object", v);
    }
  }

  private void primitive(TypeRef.Primitive p, JsonValue v, Loc loc, ElementRule e) {
    PrimitiveType kind = p.kind();
    String text;
    if (kind == PrimitiveType.BOOLEAN) {
      if (!(v instanceof JsonBoolean)) {
        wrongType(loc, "boolean", v);
      }
      return;
    } else if (kind.jsonType().equals("number")) {
      if (!(v instanceof JsonNumber n)) {
        wrongType(loc, "number", v);
        return;
      }
      text = n.text();
    } else {
      if (!(v instanceof JsonString s)) {
        wrongType(loc, "string", v);
        return;
      }
      text = s.value();
      if (text.isEmpty()) {
        sink.add(StructureCodes.EMPTY_ELEMENT, loc, "ele-1");
        return;
      }
    }
    IssueCode fault = kind.check(text);
    if (fault == FormatCodes.INTEGER_RANGE) {
      String[] range = kind.range();
      sink.add(fault, loc, "format:" + p.code(), "min", range[0], "max", range[1]);
    } else if (fault != null) {
      sink.add(fault, loc, "format:" + p.code(), "type", p.code());
    } else if (e.binding != null && p.code().equals("code")) {
      codings.code(e.binding, text, loc, this::recordDate);
    }
  }

  private void wrongType(Loc loc, String expected, JsonValue actual) {
    sink.add(
        StructureCodes.WRONG_JSON_TYPE,
        loc,
        "structure",
        "expected",
        expected,
        "actual",
        actual.jsonType());
  }

  private void cardinality(ElementRule e, int count, Loc loc) {
    if (count < e.min) {
      String name = e.choice ? e.name + "[x]" : e.name;
      if (count == 0) {
        sink.add(StructureCodes.MISSING_REQUIRED, loc.child(name), "structure");
      } else {
        sink.add(
            StructureCodes.TOO_FEW,
            loc.child(name),
            "structure",
            "count",
            Integer.toString(count),
            "min",
            Integer.toString(e.min));
      }
    }
    if (count > e.max) {
      reportTooMany(loc.child(e.name), count, e.max);
    }
  }

  void reportTooMany(Loc loc, int count, int max) {
    if (max == 0) {
      sink.add(StructureCodes.NOT_ALLOWED, loc, "structure");
    } else {
      sink.add(
          StructureCodes.TOO_MANY,
          loc,
          "structure",
          "count",
          Integer.toString(count),
          "max",
          Integer.toString(max));
    }
  }

  private void identifier(JsonObject identifier, Loc loc) {
    String system = identifier.string("system");
    String value = identifier.string("value");
    if (system == null || value == null || value.isEmpty()) {
      return;
    }
    for (FormatRule rule : model.formats.forSystem(system)) {
      report(rule, rule.check(value, context(identifier)), loc.child("value"));
    }
  }

  private void elementFormats(JsonObject obj, StructureRules rules, Loc loc) {
    for (Map.Entry<String, List<FormatRule>> entry : rules.elementFormats.entrySet()) {
      String value = obj.string(entry.getKey());
      if (value == null || value.isEmpty()) {
        continue;
      }
      for (FormatRule rule : entry.getValue()) {
        report(rule, rule.check(value, context(obj)), loc.child(entry.getKey()));
      }
    }
  }

  private FormatContext context(JsonObject obj) {
    return new FormatContext() {
      @Override
      public String sibling(String name) {
        return obj.string(name);
      }

      @Override
      public LocalDate asOf() {
        return asOf;
      }
    };
  }

  private void report(FormatRule rule, FormatResult result, Loc loc) {
    if (result.isOk()) {
      return;
    }
    String[] params = new String[result.params().size() * 2];
    int i = 0;
    for (Map.Entry<String, String> p : result.params().entrySet()) {
      params[i++] = p.getKey();
      params[i++] = p.getValue();
    }
    sink.add(result.code(), loc, rule.id(), params);
  }

  /**
   * The date a coded value is judged at (for code validity): the nearest enclosing {@code period}
   * (or, at the resource root, an extension's {@code valuePeriod}) gives its end, or for an open
   * period the later of its start and {@code asOf}; without any period, {@code asOf}.
   */
  LocalDate recordDate() {
    Frame frame = frames.peek();
    int levels = ancestors.size() - (frame == null ? 0 : frame.depth());
    int i = 0;
    for (JsonObject a : ancestors) {
      if (i++ >= levels) {
        break;
      }
      LocalDate d = RecordDates.ofPeriod(a.object("period"), asOf);
      if (d != null) {
        return d;
      }
    }
    LocalDate d = frame == null ? null : RecordDates.ofRootExtensions(frame.root(), asOf);
    return d != null ? d : asOf;
  }
}
