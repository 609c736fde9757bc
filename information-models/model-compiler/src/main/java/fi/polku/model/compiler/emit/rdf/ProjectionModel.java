package fi.polku.model.compiler.emit.rdf;

import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model as the RDF projection sees it: every record type (model resources, and the FHIR core
 * resources the model profiles or refers to) as a tree of {@link Structure}s. The JSON-LD context
 * and the record shapes are both generated from this one view, so they cannot drift apart.
 */
final class ProjectionModel {

  private final Model model;
  private final FhirCatalog catalog;
  private final List<Structure> recordTypes = new ArrayList<>();
  private final Structure extension;

  /** Backbones of the resource being built, by FHIR path, for contentReference. */
  private final Map<String, Structure> backbones = new HashMap<>();

  ProjectionModel(Model model, FhirCatalog catalog) {
    this.model = model;
    this.catalog = catalog;
    this.extension = extensionStructure();
    for (ResourceType r : model.resources()) {
      recordTypes.add(resource(r));
    }
    for (String core : coreTypes()) {
      recordTypes.add(coreResource(core));
    }
  }

  /** Builds the projection of {@code model} with the FHIR R5 definitions HAPI carries. */
  static ProjectionModel of(Model model) {
    return new ProjectionModel(model, new FhirCatalog());
  }

  Model model() {
    return model;
  }

  /** Model resources in model order, then FHIR core resources in name order. */
  List<Structure> recordTypes() {
    return recordTypes;
  }

  private Structure resource(ResourceType r) {
    backbones.clear();
    Structure s =
        new Structure(
            r.name(),
            Structure.Kind.RESOURCE,
            r.rdfClass() != null ? r.rdfClass() : model.namespace() + r.name(),
            false,
            r.label(),
            r.definition());
    for (Element e : r.elements()) {
      s.slots().add(slot(e));
    }
    s.slots().add(extensionSlot());
    return s;
  }

  private Slot slot(Element e) {
    String name = e.isChoice() ? e.name().substring(0, e.name().length() - 3) : e.name();
    // The loader requires a predicate and a maximum; fall back rather than fail on a partial IR.
    String predicate =
        e.rdfPredicate() != null
            ? e.rdfPredicate()
            : model.namespace() + e.path().replace("[x]", "");
    String max = e.max() != null ? e.max() : "*";
    return new Slot(
        name, predicate, e.min(), max, alternatives(e, name), e.label(), e.definition());
  }

  private List<Slot.Alt> alternatives(Element e, String name) {
    if (e.contentReference() != null) {
      Structure target = backbones.get(e.contentReference());
      if (target == null) {
        return List.of(
            new Slot.Alt(e.name(), "BackboneElement", Slot.ValueKind.OPAQUE, null, null));
      }
      return List.of(
          new Slot.Alt(e.name(), "BackboneElement", Slot.ValueKind.STRUCTURE, null, target));
    }
    if (!e.children().isEmpty() || e.isBackbone()) {
      Structure b =
          new Structure(e.path(), Structure.Kind.BACKBONE, null, false, e.label(), e.definition());
      // Registered before its children are read, so a child's contentReference finds it.
      backbones.put(e.path(), b);
      for (Element child : e.children()) {
        b.slots().add(slot(child));
      }
      return List.of(new Slot.Alt(e.name(), "BackboneElement", Slot.ValueKind.STRUCTURE, null, b));
    }
    List<Slot.Alt> alts = new ArrayList<>();
    for (TypeRef t : e.types()) {
      String key = e.isChoice() ? name + FhirCatalog.capitalise(t.code()) : e.name();
      alts.add(alt(key, t.code()));
    }
    return alts;
  }

  private Slot.Alt alt(String key, String code) {
    if (Xsd.isPrimitive(code)) {
      return new Slot.Alt(key, code, Slot.ValueKind.LITERAL, Xsd.of(code), null);
    }
    Optional<Structure> datatype = catalog.datatype(code);
    return datatype
        .map(d -> new Slot.Alt(key, code, Slot.ValueKind.STRUCTURE, null, d))
        .orElseGet(() -> new Slot.Alt(key, code, Slot.ValueKind.OPAQUE, null, null));
  }

  /**
   * Extensions on records: the URL and the value, with only the value types the model's extensions
   * use, so the context stays small and every projected value is typed.
   */
  private Structure extensionStructure() {
    Structure x = new Structure("Extension", Structure.Kind.DATATYPE, null, true, null, null);
    x.slots()
        .add(
            new Slot(
                "url",
                FhirCatalog.FHIR + "url",
                1,
                "1",
                List.of(new Slot.Alt("url", "uri", Slot.ValueKind.LITERAL, Xsd.STRING, null)),
                null,
                null));
    Set<String> valueTypes = new TreeSet<>();
    for (ExtensionDef def : model.extensions()) {
      for (TypeRef t : def.valueTypes()) {
        valueTypes.add(t.code());
      }
    }
    List<Slot.Alt> values = new ArrayList<>();
    for (String code : valueTypes) {
      values.add(alt("value" + FhirCatalog.capitalise(code), code));
    }
    if (!values.isEmpty()) {
      x.slots().add(new Slot("value", FhirCatalog.FHIR + "value", 0, "1", values, null, null));
    }
    return x;
  }

  private Slot extensionSlot() {
    return new Slot(
        "extension",
        FhirCatalog.FHIR + "extension",
        0,
        "*",
        List.of(new Slot.Alt("extension", "Extension", Slot.ValueKind.STRUCTURE, null, extension)),
        null,
        null);
  }

  /**
   * FHIR core resources records may be of: the profiled ones and every core type a reference may
   * point to, so that rules joining a record with what it references see both projected.
   */
  private Set<String> coreTypes() {
    Set<String> names = new TreeSet<>();
    for (Profile p : model.profiles()) {
      names.add(p.baseType());
    }
    for (ResourceType r : model.resources()) {
      for (Element e : r.allElements()) {
        for (TypeRef t : e.types()) {
          names.addAll(t.targets());
        }
      }
    }
    for (ExtensionDef x : model.extensions()) {
      for (TypeRef t : x.valueTypes()) {
        names.addAll(t.targets());
      }
    }
    names.removeIf(n -> model.resource(n).isPresent() || !catalog.isResource(n));
    return names;
  }

  private Structure coreResource(String name) {
    Structure s = catalog.resource(name);
    s.slots().add(extensionSlot());
    Optional<Profile> profile = model.profileOf(name);
    if (profile.isPresent()) {
      s.shapeName(profile.get().name());
      for (Element c : profile.get().constraints()) {
        constrain(s, c);
      }
      s.extensionSlices().addAll(profile.get().extensions());
    }
    return s;
  }

  /**
   * Applies a profile's constraint to the slot at its path; a path the base type does not have is
   * left to the model checks, which report it.
   */
  private static void constrain(Structure resource, Element c) {
    String[] segments = c.path().split("\\.");
    Structure current = resource;
    for (int i = 1; i < segments.length && current != null; i++) {
      String segment = segments[i].replace("[x]", "");
      List<Slot> slots = current.slots();
      Structure next = null;
      for (int j = 0; j < slots.size(); j++) {
        Slot slot = slots.get(j);
        if (!slot.name().equals(segment)) {
          continue;
        }
        if (i == segments.length - 1) {
          slots.set(
              j, slot.constrained(c.min(), c.max(), c.rdfPredicate(), c.label(), c.definition()));
        } else if (slot.alternatives().size() == 1) {
          Structure inner = slot.alternatives().get(0).structure();
          // Only backbones belong to this resource; datatypes are shared and stay as in FHIR.
          next = inner != null && inner.kind() == Structure.Kind.BACKBONE ? inner : null;
        }
      }
      current = next;
    }
  }
}
