package fi.polku.model.compiler.emit.rdf;

import fi.polku.model.compiler.ir.LocalizedText;
import java.util.List;

/**
 * One element of a structure as it is projected: the predicate it becomes, its cardinality and the
 * JSON keys it may appear under (one per type of a choice element).
 *
 * @param name element name without {@code [x]}
 * @param predicate IRI of the RDF predicate
 * @param min minimum cardinality
 * @param max maximum cardinality, a number or {@code *}
 * @param alternatives one per allowed type, each with its JSON key
 * @param label name in fi/sv/en, or {@code null}
 * @param definition definition in fi/sv/en, or {@code null}
 */
record Slot(
    String name,
    String predicate,
    int min,
    String max,
    List<Alt> alternatives,
    LocalizedText label,
    LocalizedText definition) {

  Slot {
    alternatives = List.copyOf(alternatives);
  }

  /** A copy with a profile's cardinality, predicate and texts. */
  Slot constrained(
      int newMin,
      String newMax,
      String newPredicate,
      LocalizedText newLabel,
      LocalizedText newDef) {
    return new Slot(
        name,
        newPredicate == null ? predicate : newPredicate,
        newMin,
        newMax == null ? max : newMax,
        alternatives,
        newLabel == null ? label : newLabel,
        newDef == null ? definition : newDef);
  }

  /** How a value of one type is written in RDF. */
  enum ValueKind {
    /** A literal of {@link Alt#datatype()}. */
    LITERAL,
    /** An IRI resolved against the record base ({@code Reference.reference}). */
    IRI,
    /** A node described by {@link Alt#structure()}. */
    STRUCTURE,
    /** A node whose content is not projected (a type the compiler does not know). */
    OPAQUE
  }

  /**
   * One allowed type of an element.
   *
   * @param jsonKey the key in FHIR JSON, e.g. {@code assessedDate} for {@code assessed[x]}
   * @param typeCode FHIR type code
   * @param kind how the value is written
   * @param datatype XSD datatype IRI for literals, else {@code null}
   * @param structure the nested structure, else {@code null}
   */
  record Alt(
      String jsonKey, String typeCode, ValueKind kind, String datatype, Structure structure) {}
}
