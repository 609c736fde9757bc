package fi.polku.model.compiler.emit.rdf;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.parser.DataFormatException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The FHIR R5 datatypes and core resources, read from HAPI's R5 model classes, as {@link
 * Structure}s. Datatype members become {@code http://hl7.org/fhir/<member>} predicates (the short
 * names of FHIR R5 RDF); elements of core resources become {@code http://hl7.org/fhir/<path>}, the
 * naming the model already uses for profiled elements ({@code fhir:Organization.identifier}).
 */
final class FhirCatalog {

  static final String FHIR = "http://hl7.org/fhir/";

  /** Element members that carry no data of their own. */
  private static final Set<String> ELEMENT_BASICS = Set.of("id", "extension", "modifierExtension");

  /**
   * DomainResource members outside the projection: identity comes from the record IRI, meta and
   * narrative are not data, contained resources are not records, and extensions are added
   * separately with only the model's value types.
   */
  private static final Set<String> RESOURCE_BASICS =
      Set.of(
          "id",
          "meta",
          "implicitRules",
          "language",
          "text",
          "contained",
          "extension",
          "modifierExtension");

  /** The member whose value is written as an IRI. */
  static final String REFERENCE_LINK = "Reference.reference";

  private final FhirContext fhir = FhirContext.forR5Cached();
  private final Map<String, Structure> datatypes = new TreeMap<>();
  private final Map<BaseRuntimeElementDefinition<?>, Structure> blocks = new IdentityHashMap<>();

  /** True when {@code name} is a FHIR R5 resource type. */
  boolean isResource(String name) {
    try {
      fhir.getResourceDefinition(name);
      return true;
    } catch (DataFormatException e) {
      return false;
    }
  }

  /** True when {@code code} is a FHIR R5 complex datatype. */
  boolean isDatatype(String code) {
    return composite(code) != null;
  }

  /** The structure of a complex datatype, shared by every element of that type. */
  Optional<Structure> datatype(String code) {
    Structure known = datatypes.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    BaseRuntimeElementCompositeDefinition<?> def = composite(code);
    if (def == null) {
      return Optional.empty();
    }
    Structure s = new Structure(code, Structure.Kind.DATATYPE, null, true, null, null);
    datatypes.put(code, s);
    fill(s, def, false, code);
    return Optional.of(s);
  }

  /**
   * A new structure for a core resource type. Not cached: a profile changes cardinalities and
   * predicates of its copy.
   */
  Structure resource(String name) {
    BaseRuntimeElementCompositeDefinition<?> def = fhir.getResourceDefinition(name);
    Structure s = new Structure(name, Structure.Kind.RESOURCE, FHIR + name, true, null, null);
    fill(s, def, true, name);
    return s;
  }

  private BaseRuntimeElementCompositeDefinition<?> composite(String code) {
    BaseRuntimeElementDefinition<?> def = fhir.getElementDefinition(code);
    if (def instanceof BaseRuntimeElementCompositeDefinition<?> c
        && def.getChildType() == ChildTypeEnum.COMPOSITE_DATATYPE) {
      return c;
    }
    return null;
  }

  private void fill(
      Structure s,
      BaseRuntimeElementCompositeDefinition<?> def,
      boolean pathPredicates,
      String path) {
    Set<String> skipped = s.kind() == Structure.Kind.RESOURCE ? RESOURCE_BASICS : ELEMENT_BASICS;
    for (BaseRuntimeChildDefinition child : def.getChildren()) {
      String name = child.getElementName();
      if (skipped.contains(name)) {
        continue;
      }
      String predicate = FHIR + (pathPredicates ? path + "." + name : name);
      List<Slot.Alt> alts = alternatives(child, name, pathPredicates, path + "." + name);
      if (alts.isEmpty()) {
        continue;
      }
      int max = child.getMax();
      s.slots()
          .add(
              new Slot(
                  name,
                  predicate,
                  child.getMin(),
                  max < 0 ? "*" : String.valueOf(max),
                  alts,
                  null,
                  null));
    }
  }

  /**
   * The JSON keys of one child. HAPI also lists names of its own (target-specific names such as
   * {@code authorPatient}); only {@code name} itself, or {@code name} plus the capitalised type
   * code for a choice, are FHIR JSON keys.
   */
  private List<Slot.Alt> alternatives(
      BaseRuntimeChildDefinition child, String name, boolean pathPredicates, String path) {
    boolean choice = child instanceof RuntimeChildChoiceDefinition;
    Map<String, Slot.Alt> byKey = new TreeMap<>();
    for (String key : child.getValidChildNames()) {
      BaseRuntimeElementDefinition<?> def = child.getChildByName(key);
      if (def == null) {
        continue;
      }
      String type = def.getName();
      String expected = choice ? name + capitalise(type) : name;
      if (!key.equals(expected)) {
        continue;
      }
      byKey.put(key, alt(key, type, def, pathPredicates, path, name));
    }
    return new ArrayList<>(byKey.values());
  }

  private Slot.Alt alt(
      String key,
      String type,
      BaseRuntimeElementDefinition<?> def,
      boolean pathPredicates,
      String path,
      String member) {
    if (REFERENCE_LINK.equals(path)) {
      // The one value that names another record: an IRI, so projected records join up.
      return new Slot.Alt(key, type, Slot.ValueKind.IRI, null, null);
    }
    if (Xsd.isPrimitive(type)) {
      return new Slot.Alt(key, type, Slot.ValueKind.LITERAL, Xsd.of(type), null);
    }
    if (def.getChildType() == ChildTypeEnum.RESOURCE_BLOCK
        && def instanceof BaseRuntimeElementCompositeDefinition<?> block) {
      return new Slot.Alt(
          key,
          "BackboneElement",
          Slot.ValueKind.STRUCTURE,
          null,
          block(block, pathPredicates, path));
    }
    Optional<Structure> datatype = datatype(type);
    if (datatype.isPresent()) {
      return new Slot.Alt(key, type, Slot.ValueKind.STRUCTURE, null, datatype.get());
    }
    return new Slot.Alt(key, type, Slot.ValueKind.OPAQUE, null, null);
  }

  /**
   * A backbone element of a core type. Keyed by HAPI's definition object, which HAPI reuses for a
   * {@code contentReference}, so a recursive backbone becomes a cycle rather than endless nesting.
   */
  private Structure block(
      BaseRuntimeElementCompositeDefinition<?> def, boolean pathPredicates, String path) {
    Structure known = blocks.get(def);
    if (known != null) {
      return known;
    }
    Structure s = new Structure(path, Structure.Kind.BACKBONE, null, true, null, null);
    blocks.put(def, s);
    fill(s, def, pathPredicates, path);
    return s;
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
