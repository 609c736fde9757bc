package fi.polku.model.compiler.check;

import fi.polku.model.compiler.emit.fhir.CoreDefinitions;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.List;

/**
 * Types are FHIR R5 datatypes, cardinalities make sense, and every reference names target types
 * that exist: a model resource or a FHIR core resource.
 */
public final class TypeCheck implements ModelCheck {

  static final String ID = "types";
  static final String TARGET_ID = "reference-target";

  private final CoreDefinitions core;

  /** Creates the check over the FHIR core definitions. */
  public TypeCheck(CoreDefinitions core) {
    this.core = core;
  }

  @Override
  public void check(Model model, Problems problems) {
    for (ResourceType r : model.resources()) {
      for (Element e : r.allElements()) {
        cardinality(e, problems);
        types(model, e.path(), e.source(), e.types(), problems);
      }
    }
    for (ExtensionDef x : model.extensions()) {
      types(model, x.name(), x.source(), x.valueTypes(), problems);
    }
    for (SearchParam sp : model.searchParams()) {
      for (String t : sp.targets()) {
        target(model, sp.code(), sp.source(), t, problems);
      }
      for (String b : sp.base()) {
        if (model.resource(b).isEmpty() && !core.isCoreResource(b)) {
          problems.add(ID, sp.source(), sp.code(), "unknown base type '" + b + "'");
        }
      }
    }
  }

  private void cardinality(Element e, Problems problems) {
    if (!"*".equals(e.max()) && Integer.parseInt(e.max()) < Math.max(e.min(), 1)) {
      problems.add(
          ID, e.source(), e.path(), "cardinality " + e.min() + ".." + e.max() + " is empty");
    }
  }

  private void types(
      Model model, String element, SourceLocation loc, List<TypeRef> types, Problems problems) {
    for (TypeRef t : types) {
      if (t.code().equals("BackboneElement")) {
        continue;
      }
      if (!core.isDatatype(t.code())) {
        problems.add(ID, loc, element, "'" + t.code() + "' is not a FHIR R5 datatype");
        continue;
      }
      if (t.isReference() && t.targets().isEmpty()) {
        problems.add(TARGET_ID, loc, element, "a Reference needs at least one pm:target");
      }
      for (String target : t.targets()) {
        target(model, element, loc, target, problems);
      }
    }
  }

  private void target(
      Model model, String element, SourceLocation loc, String target, Problems problems) {
    if (model.resource(target).isEmpty() && !core.isCoreResource(target)) {
      problems.add(
          TARGET_ID,
          loc,
          element,
          "reference target '" + target + "' is neither a model resource nor a FHIR core resource");
    }
  }
}
