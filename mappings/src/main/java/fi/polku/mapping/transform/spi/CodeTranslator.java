package fi.polku.mapping.transform.spi;

import java.util.List;
import java.util.Map;

/**
 * Translates a source system's local codes into national or Polku codes, as a FHIR ConceptMap's
 * {@code $translate} does. The loader translates locally with the spec's own ConceptMaps for speed
 * (the same ConceptMaps it uploads to the hub at the start of a run), so every row does not cost a
 * request; an implementation asking a terminology server is equally possible.
 */
public interface CodeTranslator {

  /**
   * Translates {@code code} with the ConceptMap {@code conceptMap} (its id, name or URL).
   *
   * @return the translation; never null
   */
  Translation translate(String conceptMap, String code);

  /** Whether {@code conceptMap} is known (checked when a spec is compiled). */
  boolean knows(String conceptMap);

  /** The outcome of translating one code. */
  sealed interface Translation {}

  /**
   * The code maps to these targets.
   *
   * @param targets the target codes, best first
   */
  record Mapped(List<Target> targets) implements Translation {}

  /** The code is known but deliberately has no target ({@code noMap}). */
  record Unmapped() implements Translation {}

  /** The code is not in the ConceptMap at all. */
  record Unknown() implements Translation {}

  /**
   * One target of a translation.
   *
   * @param system target code system
   * @param code target code
   * @param display display text, or null
   * @param properties target properties by code ({@code justified -> true})
   */
  record Target(String system, String code, String display, Map<String, Object> properties) {}
}
