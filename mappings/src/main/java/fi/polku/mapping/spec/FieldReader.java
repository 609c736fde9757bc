package fi.polku.mapping.spec;

import fi.polku.mapping.spec.ConditionSpec.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads field mappings and conditions (part of {@link SpecReader}). */
final class FieldReader {

  static final Set<String> FIELD =
      Set.of(
          "to",
          "from",
          "value",
          "template",
          "as",
          "required",
          "sensitive",
          "when",
          "format",
          "system",
          "translate",
          "property",
          "default",
          "identifierType",
          "use",
          "transform",
          "pattern",
          "group",
          "split",
          "resource",
          "key",
          "target",
          "each",
          "fields",
          "fieldGroup",
          "exportWhen",
          "note");
  private static final Set<String> CONDITION =
      Set.of("present", "empty", "field", "in", "notIn", "equals", "isType", "all", "any", "not");

  List<FieldSpec> fieldList(Node list) {
    List<FieldSpec> out = new ArrayList<>();
    if (list.json() == null || list.json().isNull()) {
      return out;
    }
    if (!list.isArray()) {
      list.problem("a list of field mappings is expected here");
      return out;
    }
    for (int i = 0; i < list.json().size(); i++) {
      out.add(field(list.element(i)));
    }
    return out;
  }

  FieldSpec field(Node f) {
    if (!f.isObject()) {
      f.problem("a field mapping is a mapping with at least 'to'");
      return null;
    }
    f.allowOnly(FIELD);
    List<FieldSpec> nested = f.has("fields") ? fieldList(f.child("fields")) : null;
    FieldSpec spec =
        new FieldSpec(
            f.requiredText("to"),
            f.text("from"),
            f.text("value"),
            f.text("template"),
            f.text("as"),
            f.bool("required", false),
            f.bool("sensitive", false),
            f.has("when") ? condition(f.child("when")) : null,
            f.text("format"),
            f.text("system"),
            f.text("translate"),
            f.text("property"),
            f.text("default"),
            f.text("identifierType"),
            f.text("use"),
            f.texts("transform"),
            f.text("pattern"),
            f.integer("group"),
            f.text("split"),
            f.text("resource"),
            f.text("key"),
            f.text("target"),
            f.texts("each"),
            nested,
            f.text("fieldGroup"),
            f.has("exportWhen") ? condition(f.child("exportWhen")) : null,
            f.loc());
    int sources =
        (spec.value() != null ? 1 : 0)
            + (spec.template() != null ? 1 : 0)
            + (spec.isStructure() ? 1 : 0)
            + (spec.from() != null && !spec.isStructure() ? 1 : 0);
    boolean referenceByResource = "reference".equals(spec.as()) && spec.resource() != null;
    if (sources == 0 && !referenceByResource) {
      f.problem("a field needs one of 'from', 'value', 'template', 'fields' or 'fieldGroup'");
    } else if (sources > 1) {
      f.problem("give only one of 'from', 'value', 'template', 'fields'/'fieldGroup'");
    }
    return spec;
  }

  ConditionSpec condition(Node c) {
    if (c.isText()) {
      return new ConditionSpec(Op.PRESENT, c.json().asText(), List.of(), List.of(), c.loc());
    }
    if (!c.isObject()) {
      c.problem("a condition is a mapping such as {field: tuki, in: [T, E]} or {present: tunti}");
      return null;
    }
    c.allowOnly(CONDITION);
    if (c.has("present")) {
      return new ConditionSpec(Op.PRESENT, c.text("present"), List.of(), List.of(), c.loc());
    }
    if (c.has("empty")) {
      return new ConditionSpec(Op.EMPTY, c.text("empty"), List.of(), List.of(), c.loc());
    }
    if (c.has("all") || c.has("any")) {
      String key = c.has("all") ? "all" : "any";
      List<ConditionSpec> parts = new ArrayList<>();
      for (Node n : c.list(key)) {
        parts.add(condition(n));
      }
      return new ConditionSpec(
          key.equals("all") ? Op.ALL : Op.ANY, null, List.of(), parts, c.loc());
    }
    if (c.has("not")) {
      return new ConditionSpec(
          Op.NOT, null, List.of(), List.of(condition(c.child("not"))), c.loc());
    }
    String field = c.requiredText("field");
    if (c.has("in") || c.has("equals")) {
      List<String> values = c.has("in") ? c.texts("in") : c.texts("equals");
      return new ConditionSpec(Op.IN, field, values, List.of(), c.loc());
    }
    if (c.has("notIn")) {
      return new ConditionSpec(Op.NOT_IN, field, c.texts("notIn"), List.of(), c.loc());
    }
    if (c.has("isType")) {
      return new ConditionSpec(Op.IS_TYPE, field, c.texts("isType"), List.of(), c.loc());
    }
    c.problem("a field condition needs 'in', 'notIn', 'equals' or 'isType'");
    return null;
  }
}
