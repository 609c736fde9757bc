package fi.polku.model.compiler.emit.rdf;

import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.Profile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON object shape of a record that becomes one RDF node: a resource, a backbone element or a
 * complex datatype. Structures may refer to each other in cycles (a recursive backbone,
 * Identifier.assigner and Reference.identifier), which is why this is a mutable class filled in
 * after it is registered rather than a record.
 */
final class Structure {

  enum Kind {
    RESOURCE,
    BACKBONE,
    DATATYPE
  }

  private final String id;
  private final Kind kind;
  private final String rdfClass;
  private final boolean core;
  private final LocalizedText label;
  private final LocalizedText definition;
  private final List<Slot> slots = new ArrayList<>();
  private final List<Profile.ExtensionUse> extensionSlices = new ArrayList<>();
  private String shapeName;

  /**
   * @param id type name or FHIR path: {@code Learner}, {@code StudyAttainment.part}, {@code
   *     Identifier}, {@code Organization.qualification}
   * @param kind what it is
   * @param rdfClass class of resource records; {@code null} for other kinds
   * @param core whether it comes from FHIR rather than from the model
   * @param label name in fi/sv/en, or {@code null}
   * @param definition definition in fi/sv/en, or {@code null}
   */
  Structure(
      String id,
      Kind kind,
      String rdfClass,
      boolean core,
      LocalizedText label,
      LocalizedText definition) {
    this.id = id;
    this.kind = kind;
    this.rdfClass = rdfClass;
    this.core = core;
    this.label = label;
    this.definition = definition;
    this.shapeName = (core ? "fhir." : "") + id;
  }

  String id() {
    return id;
  }

  Kind kind() {
    return kind;
  }

  String rdfClass() {
    return rdfClass;
  }

  boolean core() {
    return core;
  }

  LocalizedText label() {
    return label;
  }

  LocalizedText definition() {
    return definition;
  }

  /** The properties, in element order; mutable while the projection model is being built. */
  List<Slot> slots() {
    return slots;
  }

  /** Extension slices a profile adds (resources only). */
  List<Profile.ExtensionUse> extensionSlices() {
    return extensionSlices;
  }

  /** Local name of the node shape in the shapes namespace. */
  String shapeName() {
    return shapeName;
  }

  void shapeName(String name) {
    this.shapeName = name;
  }

  /** True when this backbone can contain itself through nested backbones (a contentReference). */
  boolean containsItself() {
    if (kind != Kind.BACKBONE) {
      return false;
    }
    Deque<Structure> todo = new ArrayDeque<>();
    Set<Structure> seen = new HashSet<>();
    todo.push(this);
    while (!todo.isEmpty()) {
      for (Slot slot : todo.pop().slots()) {
        for (Slot.Alt alt : slot.alternatives()) {
          Structure next = alt.structure();
          if (next == null || next.kind != Kind.BACKBONE) {
            continue;
          }
          if (next == this) {
            return true;
          }
          if (seen.add(next)) {
            todo.push(next);
          }
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return kind + " " + id;
  }
}
