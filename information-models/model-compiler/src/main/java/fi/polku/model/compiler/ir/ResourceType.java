package fi.polku.model.compiler.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource type of the model: a specialisation of FHIR {@code DomainResource}.
 *
 * @param name type name, e.g. {@code Learner}
 * @param rdfClass IRI of the OWL class records of this type belong to
 * @param label name in fi/sv/en
 * @param definition definition in fi/sv/en
 * @param elements top-level elements (in declaration order)
 * @param invariants resource-level invariants
 * @param source where it was declared
 */
public record ResourceType(
    String name,
    String rdfClass,
    LocalizedText label,
    LocalizedText definition,
    List<Element> elements,
    List<Invariant> invariants,
    SourceLocation source) {

  public ResourceType {
    elements = List.copyOf(elements);
    invariants = List.copyOf(invariants);
  }

  /** All elements, depth first, in declaration order. */
  public List<Element> allElements() {
    List<Element> out = new ArrayList<>();
    collect(elements, out);
    return out;
  }

  private static void collect(List<Element> elements, List<Element> out) {
    for (Element e : elements) {
      out.add(e);
      collect(e.children(), out);
    }
  }

  /** The element at a FHIR path such as {@code StudyRight.statusHistory.status}. */
  public Optional<Element> element(String path) {
    return allElements().stream().filter(e -> e.path().equals(path)).findFirst();
  }
}
