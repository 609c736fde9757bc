package fi.polku.validation.structure;

import fi.polku.validation.format.FormatRule;
import java.util.List;
import java.util.Map;

/**
 * The compiled rules of one structure: a resource (or a profile of one), a datatype, a backbone
 * element or an extension definition. Built once by {@link RuleCompiler}; fields are filled while
 * compiling (structures refer to each other in cycles) and never changed afterwards, and the whole
 * graph is published through a final field of {@link CompiledModel}.
 */
final class StructureRules {

  /** Name for messages and extension contexts: {@code StudyRight}, {@code Period}, ... */
  final String name;

  /** The FHIR datatype this structure is (for datatype hooks), or null. */
  final String datatype;

  /** True for a resource root, which also has {@code resourceType}. */
  final boolean resource;

  /** JSON property name to slot; includes {@code _name} companions of primitive elements. */
  Map<String, Slot> slots = Map.of();

  /** The elements, each with its {@link ElementRule#index} in this list. */
  List<ElementRule> elements = List.of();

  /** The elements by FHIR name ({@code value} for {@code value[x]}), for FHIRPath navigation. */
  Map<String, ElementRule> byName = Map.of();

  /** Invariants evaluated at every instance of this structure. */
  List<Invariant> invariants = List.of();

  /**
   * True if this structure or anything reachable from it has FHIRPath invariants (not counting what
   * extensions may carry).
   */
  boolean invariantsBelow;

  /** Format rules by child element name (e.g. {@code postalCode} of Address). */
  Map<String, List<FormatRule>> elementFormats = Map.of();

  /** For extension definitions: where the extension may be used (context expressions). */
  List<String> extensionContexts = List.of();

  /** For extension definitions: the canonical URL. */
  String extensionUrl;

  StructureRules(String name, String datatype, boolean resource) {
    this.name = name;
    this.datatype = datatype;
    this.resource = resource;
  }

  /**
   * One JSON property of a structure.
   *
   * @param element the element it belongs to
   * @param type the type of the value under this name (for choices, the chosen type)
   * @param extensionPart true for {@code _name}: the id and extensions of a primitive
   */
  record Slot(ElementRule element, TypeRef type, boolean extensionPart) {}

  /** The element named {@code fhirName}, or null. */
  ElementRule element(String fhirName) {
    return byName.get(fhirName);
  }

  @Override
  public String toString() {
    return "StructureRules[" + name + "]";
  }
}
