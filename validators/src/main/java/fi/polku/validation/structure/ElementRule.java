package fi.polku.validation.structure;

import java.util.List;
import java.util.Map;

/** The compiled rules of one element of a structure (one ElementDefinition of a snapshot). */
final class ElementRule {

  /** FHIR name, {@code value} for {@code value[x]}. */
  final String name;

  /** The definition's path, e.g. {@code StudyRight.statusHistory.start}. */
  final String path;

  final int min;
  final int max;

  /** True if the element is a JSON array (from the base definition's maximum). */
  final boolean repeating;

  /** True for {@code name[x]}. */
  final boolean choice;

  final List<TypeRef> types;

  /** The checked binding (required or extensible), or null. */
  final Binding binding;

  /** Invariants evaluated at every value of this element. */
  final List<Invariant> invariants;

  /** For {@code extension}: the profile's slices by extension URL. */
  final Map<String, SliceRule> slices;

  /** True for {@code extension} and {@code modifierExtension}. */
  final boolean extension;

  /** True for {@code modifierExtension}. */
  final boolean modifier;

  /**
   * {@code _name}: the JSON property of a primitive's id and extensions (built once, not per use).
   */
  final String part;

  /** {@code name.hashCode()}, for HAPI's property lookup. */
  final int hash;

  /** True if some value of this element is an object (complex type, backbone or resource). */
  final boolean complex;

  /** Position in the parent's element list. */
  int index;

  /**
   * True if FHIRPath invariants occur at or below this element, not counting what extensions may
   * carry (for pruning the invariant walk).
   */
  boolean invariantsBelow;

  ElementRule(
      String name,
      String path,
      int min,
      int max,
      boolean repeating,
      List<TypeRef> types,
      Binding binding,
      List<Invariant> invariants,
      Map<String, SliceRule> slices) {
    this.name = name;
    this.path = path;
    this.min = min;
    this.max = max;
    this.repeating = repeating;
    this.choice = types.size() > 1 || path.endsWith("[x]");
    this.types = List.copyOf(types);
    this.binding = binding;
    this.invariants = List.copyOf(invariants);
    this.slices = Map.copyOf(slices);
    this.extension = name.equals("extension") || name.equals("modifierExtension");
    this.modifier = name.equals("modifierExtension");
    this.part = "_" + name;
    this.hash = name.hashCode();
    this.complex = types.stream().anyMatch(t -> !(t instanceof TypeRef.Primitive));
  }

  /** The type of a value whose FHIR type is {@code fhirType}, or null if not allowed here. */
  TypeRef typeNamed(String fhirType) {
    for (TypeRef t : types) {
      if (t.code().equals(fhirType)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ElementRule[" + path + "]";
  }
}
