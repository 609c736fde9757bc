package fi.polku.model.compiler.ir;

import java.util.List;

/**
 * One element of a resource or of a backbone element.
 *
 * @param name element name as it appears in JSON (choice elements end in {@code [x]})
 * @param path full FHIR path, e.g. {@code StudyRight.statusHistory.status}
 * @param rdfPredicate IRI of the RDF predicate used when records are projected to RDF
 * @param label short name in fi/sv/en
 * @param definition full definition in fi/sv/en
 * @param min minimum cardinality
 * @param max maximum cardinality: a number or {@code *}
 * @param types allowed types; several for choice elements; {@code BackboneElement} for nested
 *     structure
 * @param binding terminology binding, or {@code null}
 * @param children child elements of a backbone element (empty otherwise)
 * @param contentReference for recursive structures, the path of the backbone element whose
 *     definition is reused (e.g. {@code StudyAttainment.part}); {@code null} otherwise
 * @param invariants FHIRPath invariants with this element as context
 * @param summary whether the element is part of {@code _summary=true}
 * @param mustSupport whether integrators must be able to populate it
 * @param fixedUri fixed value of a {@code uri} element (used in extension definitions), or null
 * @param source where it was declared
 */
public record Element(
    String name,
    String path,
    String rdfPredicate,
    LocalizedText label,
    LocalizedText definition,
    int min,
    String max,
    List<TypeRef> types,
    Binding binding,
    List<Element> children,
    String contentReference,
    List<Invariant> invariants,
    boolean summary,
    boolean mustSupport,
    String fixedUri,
    SourceLocation source) {

  public Element {
    types = List.copyOf(types);
    children = List.copyOf(children);
    invariants = List.copyOf(invariants);
  }

  /** True when the element has more than one type. */
  public boolean isChoice() {
    return name.endsWith("[x]");
  }

  /** True when the element may repeat. */
  public boolean isRepeating() {
    return "*".equals(max) || Integer.parseInt(max) > 1;
  }

  /** True when the element is a nested structure with its own children. */
  public boolean isBackbone() {
    return types.size() == 1 && "BackboneElement".equals(types.get(0).code());
  }

  /** The single type code; fails for choice elements. */
  public String typeCode() {
    if (types.size() != 1) {
      throw new IllegalStateException(path + " has " + types.size() + " types");
    }
    return types.get(0).code();
  }
}
