package fi.polku.validation.structure;

import fi.polku.validation.catalogue.InvariantCodes;
import java.util.Map;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.DomainResource;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Resource;

/**
 * Evaluates the FHIRPath invariants of a resource already checked structurally, on its HAPI object
 * model. It walks the objects along the compiled rules and only descends where an invariant can be
 * reached ({@link ElementRule#invariantsBelow}); each expression was parsed at start-up. An
 * expression that fails on the data is reported, never thrown.
 */
final class InvariantRunner {

  private final CompiledModel model;
  private final IssueSink sink;
  private final FHIRPathEngine engine;
  private final boolean everywhere;

  /**
   * A runner.
   *
   * @param everywhere visit every element, not only those the rules mark as leading to invariants:
   *     needed when an extension somewhere carries a value with invariants
   */
  InvariantRunner(CompiledModel model, IssueSink sink, boolean everywhere) {
    this.model = model;
    this.sink = sink;
    this.engine = model.fhirPath.engine();
    this.everywhere = everywhere;
  }

  void run(Resource resource, StructureRules rules) {
    visit(resource, resource, resource, rules, Loc.root(resource.fhirType()));
  }

  private void visit(Resource root, Resource focus, Base base, StructureRules rules, Loc loc) {
    for (Invariant inv : rules.invariants) {
      evaluate(inv, root, focus, base, loc);
    }
    for (ElementRule e : rules.elements) {
      if (!(e.invariantsBelow || (everywhere && e.complex)) || sink.full()) {
        continue;
      }
      Base[] values = base.getProperty(e.hash, e.name, false);
      if (values == null) {
        continue;
      }
      for (int i = 0; i < values.length; i++) {
        Base v = values[i];
        if (v == null) {
          continue;
        }
        String name = e.choice ? e.name + ".ofType(" + v.fhirType() + ")" : e.name;
        Loc at = e.repeating ? loc.child(name, i) : loc.child(name);
        for (Invariant inv : e.invariants) {
          evaluate(inv, root, focus, v, at);
        }
        StructureRules r = rulesFor(e, v);
        if (r != null && (r.invariantsBelow || everywhere)) {
          visit(root, v instanceof Resource res ? res : focus, v, r, at);
        }
      }
    }
  }

  /** The rules of value {@code v} of element {@code e}, or null (primitives, unknown types). */
  private StructureRules rulesFor(ElementRule e, Base v) {
    if (e.extension && v instanceof Extension ext) {
      String url = ext.getUrl();
      SliceRule slice = url == null ? null : e.slices.get(url);
      if (slice != null) {
        return slice.rules();
      }
      StructureRules known = url == null ? null : model.extensions.get(url);
      return known != null ? known : model.genericExtension;
    }
    TypeRef t = e.types.size() == 1 ? e.types.get(0) : e.typeNamed(v.fhirType());
    if (t instanceof TypeRef.Complex c) {
      return c.rules();
    }
    if (t instanceof TypeRef.Contained) {
      return model.resources.get(v.fhirType());
    }
    return null;
  }

  private void evaluate(Invariant inv, Resource root, Resource focus, Base base, Loc loc) {
    if (!inv.fhirPath()
        || (inv.onlyWithContained() && !(focus instanceof DomainResource d && d.hasContained()))) {
      return; // checked natively on the JSON tree, or trivially true
    }
    boolean ok;
    try {
      ok = engine.evaluateToBoolean(null, focus, root, base, inv.node());
    } catch (RuntimeException e) {
      // FHIRException and friends: the data does not fit the expression (e.g. a type error).
      sink.add(InvariantCodes.NOT_EVALUATED, loc, inv.key(), "rule", inv.key());
      return;
    }
    if (!ok) {
      report(sink, inv, loc);
    }
  }

  /** Reports that {@code inv} does not hold at {@code loc}. */
  static void report(IssueSink sink, Invariant inv, Loc loc) {
    sink.addLocalized(
        inv.error() ? InvariantCodes.VIOLATED : InvariantCodes.RECOMMENDATION,
        loc,
        inv.key(),
        Map.of("human", inv.human()),
        "rule",
        inv.key());
  }
}
