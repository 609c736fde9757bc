package fi.polku.mapping.transform;

import java.util.Map;

/**
 * A coded value on its way to a {@code code}, {@code Coding} or {@code CodeableConcept} element.
 *
 * @param system code system URL (may be null for plain codes)
 * @param code the code
 * @param display display text, or null
 * @param version code system version, or null
 * @param properties ConceptMap target properties ({@code justified -> true}), never null
 */
public record Coded(
    String system, String code, String display, String version, Map<String, Object> properties) {

  /** A code without display, version or properties. */
  public static Coded of(String system, String code) {
    return new Coded(system, code, null, null, Map.of());
  }
}
