package fi.polku.model.compiler.check;

import fi.polku.model.compiler.emit.fhir.CoreDefinitions;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.Invariant;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.SourceLocation;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.fhirpath.TypeDetails;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * FHIRPath in the model (search parameter expressions, invariants) is checked statically with the
 * FHIR core FHIRPath engine against the generated StructureDefinitions, so a typo in an element
 * name fails the build instead of silently indexing nothing.
 */
public final class ExpressionCheck implements ModelCheck {

  static final String ID = "fhirpath";

  private final CoreDefinitions core;
  private final Map<String, StructureDefinition> definitions;

  /**
   * Creates the check.
   *
   * @param definitions the model's StructureDefinitions with snapshots, by resource or profile name
   */
  public ExpressionCheck(CoreDefinitions core, Map<String, StructureDefinition> definitions) {
    this.core = core;
    this.definitions = definitions;
  }

  @Override
  public void check(Model model, Problems problems) {
    FHIRPathEngine engine = new FHIRPathEngine(core.worker());
    for (SearchParam sp : model.searchParams()) {
      if (sp.expression() == null) {
        continue;
      }
      for (String base : sp.base()) {
        StructureDefinition sd = definitionOf(model, base);
        String what = "search parameter '" + sp.code() + "' on " + base;
        check(engine, base, sd, base, sp.expression(), sp.source(), sp.code(), what, problems);
      }
    }
    for (ResourceType r : model.resources()) {
      StructureDefinition sd = definitions.get(r.name());
      invariants(engine, r.name(), sd, r.name(), r.invariants(), problems);
      for (Element e : r.allElements()) {
        invariants(engine, r.name(), sd, e.path(), e.invariants(), problems);
      }
    }
    for (Profile p : model.profiles()) {
      StructureDefinition sd = core.coreType(p.baseType());
      invariants(engine, p.baseType(), sd, p.baseType(), p.invariants(), problems);
      for (Element e : p.constraints()) {
        invariants(engine, p.baseType(), sd, e.path(), e.invariants(), problems);
      }
    }
  }

  /**
   * The definition to check an expression on {@code type} against: the model's own for its resource
   * types, FHIR core's for reused types (the engine resolves a type name only against the
   * definition of that type, not against a profile of it).
   */
  private StructureDefinition definitionOf(Model model, String type) {
    return model.resource(type).isPresent() ? definitions.get(type) : core.coreType(type);
  }

  private void invariants(
      FHIRPathEngine engine,
      String type,
      StructureDefinition sd,
      String context,
      List<Invariant> invariants,
      Problems problems) {
    for (Invariant inv : invariants) {
      String what = "invariant " + inv.key() + " on " + context;
      check(engine, type, sd, context, inv.expression(), inv.source(), inv.key(), what, problems);
    }
  }

  private void check(
      FHIRPathEngine engine,
      String type,
      StructureDefinition sd,
      String context,
      String expression,
      SourceLocation loc,
      String element,
      String what,
      Problems problems) {
    if (sd == null) {
      problems.add(ID, loc, element, what + ": no definition of " + type + " to check against");
      return;
    }
    if (!sd.hasSnapshot()) {
      return; // its snapshot failed, which is reported already; nothing sound to check against
    }
    try {
      ExpressionNode node = engine.parse(expression);
      TypeDetails result = engine.check(null, type, sd, context, node);
      if (result == null || result.hasNoTypes()) {
        problems.add(ID, loc, element, what + ": '" + expression + "' selects nothing");
      }
    } catch (FHIRException | IllegalArgumentException e) {
      problems.add(
          ID, loc, element, what + ": '" + expression + "' does not resolve: " + e.getMessage());
    }
  }
}
