package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.ir.Binding;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.Invariant;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Severity;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.List;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.Enumerations;

/** Builds FHIR ElementDefinitions from model elements, bindings and invariants. */
final class ElementDefinitions {

  static final String RDF_MAPPING = "rdf";
  private static final String CORE_SD = "http://hl7.org/fhir/StructureDefinition/";

  private final Model model;
  private final CoreDefinitions core;

  ElementDefinitions(Model model, CoreDefinitions core) {
    this.model = model;
    this.core = core;
  }

  /** A full element definition for an element of a model resource. */
  ElementDefinition forElement(Element e, String sdUrl) {
    ElementDefinition ed = new ElementDefinition().setPath(e.path());
    ed.setId(e.path());
    describe(ed, e);
    ed.setMin(e.min()).setMax(e.max());
    if (e.contentReference() != null) {
      ed.setContentReference("#" + e.contentReference());
    } else {
      for (TypeRef t : e.types()) {
        addType(ed, t);
      }
    }
    applyBinding(ed, e.binding());
    if (e.summary()) {
      ed.setIsSummary(true);
    }
    if (e.mustSupport()) {
      ed.setMustSupport(true);
    }
    addConstraints(ed, e.invariants(), sdUrl);
    if (e.rdfPredicate() != null) {
      ed.addMapping().setIdentity(RDF_MAPPING).setMap(e.rdfPredicate());
    }
    return ed;
  }

  /** A constraining element definition for an element of a profiled core resource. */
  ElementDefinition forConstraint(Element e, String sdUrl) {
    ElementDefinition ed = new ElementDefinition().setPath(e.path());
    ed.setId(e.path());
    describe(ed, e);
    // Only what the author stated: repeating the base's own cardinality could widen it.
    if (e.min() > 0) {
      ed.setMin(e.min());
    }
    if (!"*".equals(e.max())) {
      ed.setMax(e.max());
    }
    applyBinding(ed, e.binding());
    if (e.mustSupport()) {
      ed.setMustSupport(true);
    }
    addConstraints(ed, e.invariants(), sdUrl);
    return ed;
  }

  void describe(ElementDefinition ed, Element e) {
    if (e.label().preferred() != null) {
      ed.setShortElement(Translations.string(e.label()));
    }
    if (e.definition().preferred() != null) {
      ed.setDefinitionElement(Translations.markdown(e.definition()));
    }
  }

  void addType(ElementDefinition ed, TypeRef t) {
    ElementDefinition.TypeRefComponent tr = ed.addType().setCode(t.code());
    for (String target : t.targets()) {
      tr.addTargetProfile(targetProfile(target));
    }
  }

  /** The StructureDefinition URL a reference to {@code type} points at. */
  String targetProfile(String type) {
    if (model.resource(type).isPresent()) {
      return model.structureDefinitionUrl(type);
    }
    return model
        .profileOf(type)
        .map(p -> model.structureDefinitionUrl(p.name()))
        .orElse(CORE_SD + type);
  }

  void applyBinding(ElementDefinition ed, Binding b) {
    if (b == null || b.valueSet() == null) {
      return;
    }
    ElementDefinition.ElementDefinitionBindingComponent bc = ed.getBinding();
    bc.setStrength(Enumerations.BindingStrength.fromCode(b.strength().code()));
    bc.setValueSet(b.valueSet());
    if (b.description() != null && b.description().preferred() != null) {
      bc.setDescriptionElement(Translations.markdown(b.description()));
    }
  }

  void addConstraints(ElementDefinition ed, List<Invariant> invariants, String sdUrl) {
    for (Invariant inv : invariants) {
      ElementDefinition.ElementDefinitionConstraintComponent c = ed.addConstraint();
      c.setKey(inv.key());
      c.setSeverity(
          inv.severity() == Severity.ERROR
              ? ElementDefinition.ConstraintSeverity.ERROR
              : ElementDefinition.ConstraintSeverity.WARNING);
      c.setHumanElement(Translations.string(inv.human()));
      c.setExpression(inv.expression());
      c.setSource(sdUrl);
    }
  }

  CoreDefinitions core() {
    return core;
  }
}
