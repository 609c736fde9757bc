package fi.polku.mapping.spec;

import java.util.List;

/**
 * A resource built from a source record (or from each element of a repeated part of it).
 *
 * @param name name of this output, unique in the spec; references name it
 * @param type FHIR resource type ({@code Learner}, {@code Organization})
 * @param sourceKey the kind in the source key system {@code .../source/<system>/<kind>}, or null
 *     when the resource carries no source key
 * @param key template of the source key value; null: the entity's key
 * @param match identifier systems to find an existing resource by, in order of preference; the word
 *     {@code source-key} stands for the source key
 * @param repeat what it means when several records of one run produce the same resource
 * @param when condition for producing it at all, or null
 * @param each paths of repeated parts; one resource per element, or null
 * @param fields field mappings
 * @param resources resources built in the scope of this one (per element of {@code each})
 * @param checks checks against reference data
 * @param loc where it is declared
 */
public record ResourceSpec(
    String name,
    String type,
    String sourceKey,
    String key,
    List<String> match,
    Repeat repeat,
    ConditionSpec when,
    List<String> each,
    List<FieldSpec> fields,
    List<ResourceSpec> resources,
    List<CheckSpec> checks,
    Loc loc) {

  /** The source key's pseudo identifier system in {@code match}. */
  public static final String SOURCE_KEY = "source-key";

  /** What it means when several records of one run produce a resource with the same key. */
  public enum Repeat {
    /** Each record has its own resource: a second record with the same key is a duplicate. */
    UNIQUE,
    /** Records may share the resource, but must agree on its content. */
    SAME,
    /** Records contribute to one resource; values are merged. */
    MERGE
  }

  /**
   * A check against reference data.
   *
   * @param kind {@code organisation-part-of}
   * @param unit path of the organisation OID that must lie inside the other
   * @param organisation path of the enclosing organisation's OID
   * @param loc where it is declared
   */
  public record CheckSpec(String kind, String unit, String organisation, Loc loc) {}
}
