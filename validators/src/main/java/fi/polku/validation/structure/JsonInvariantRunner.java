package fi.polku.validation.structure;

import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the FHIRPath invariants of a resource already checked structurally directly on its JSON
 * tree, with the expressions compiled by {@link JsonFhirPath}: the same walk as {@link
 * InvariantRunner} (same elements in the same order, same locations, same pruning), so the issues
 * are those the HAPI-based runner reports, in the same order, without reading the resource into
 * HAPI objects.
 *
 * <p>If the walk meets an invariant that has no native form, or a value the native evaluation does
 * not model ({@link Undecided}), it withdraws the issues it added and reports failure: the caller
 * then runs {@link InvariantRunner} on the HAPI objects, as if this runner had never run.
 */
final class JsonInvariantRunner {

  private final CompiledModel model;
  private final IssueSink sink;
  private final boolean everywhere;

  /**
   * A runner.
   *
   * @param everywhere visit every element, as {@link InvariantRunner} does when an extension
   *     somewhere carries a value with invariants
   */
  JsonInvariantRunner(CompiledModel model, IssueSink sink, boolean everywhere) {
    this.model = model;
    this.sink = sink;
    this.everywhere = everywhere;
  }

  /**
   * Evaluates the invariants of {@code resource} (of type {@code rules}).
   *
   * @return true if all were evaluated natively (their issues added); false if the HAPI runner has
   *     to do it (nothing added)
   */
  boolean run(JsonObject resource, StructureRules rules) {
    IssueSink.Mark mark = sink.mark();
    try {
      String type = resource.string("resourceType");
      visit(resource, PathItem.object(type, resource, rules), rules, Loc.root(type));
      return true;
    } catch (Undecided e) {
      sink.reset(mark);
      return false;
    }
  }

  private void visit(JsonObject focus, PathItem base, StructureRules rules, Loc loc) {
    for (Invariant inv : rules.invariants) {
      evaluate(inv, focus, base, loc);
    }
    List<PathItem> values = null;
    for (ElementRule e : rules.elements) {
      if (!(e.invariantsBelow || (everywhere && e.complex)) || sink.full()) {
        continue;
      }
      if (values == null) {
        values = new ArrayList<>();
      } else {
        values.clear();
      }
      JsonElements.values(model, base.object(), e, values);
      for (int i = 0; i < values.size(); i++) {
        PathItem v = values.get(i);
        String name = e.choice ? e.name + ".ofType(" + v.type() + ")" : e.name;
        Loc at = e.repeating ? loc.child(name, i) : loc.child(name);
        for (Invariant inv : e.invariants) {
          evaluate(inv, focus, v, at);
        }
        StructureRules r = v.rules();
        if (r != null && (r.invariantsBelow || everywhere)) {
          visit(focus, v, r, at);
        }
      }
    }
  }

  private void evaluate(Invariant inv, JsonObject focus, PathItem base, Loc loc) {
    if (!inv.fhirPath() || (inv.onlyWithContained() && !hasContained(focus))) {
      return; // checked natively by the walker, or trivially true
    }
    if (inv.path() == null) {
      throw Undecided.INSTANCE; // no native form: HAPI's engine evaluates this resource
    }
    if (!JsonFhirPath.holds(inv.path(), model, base)) {
      InvariantRunner.report(sink, inv, loc);
    }
  }

  private static boolean hasContained(JsonObject resource) {
    return resource.get("contained") instanceof JsonArray a && a.size() > 0;
  }
}
