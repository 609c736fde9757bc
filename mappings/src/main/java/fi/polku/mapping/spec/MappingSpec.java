package fi.polku.mapping.spec;

import java.util.List;
import java.util.Map;

/**
 * A mapping spec as written: what a legacy source looks like and how its records become canonical
 * resources. Read from YAML by {@link SpecLoader}; compiled into a per-row plan by {@code
 * fi.polku.mapping.transform.MappingCompiler}. The format is documented in {@code
 * docs/mappings.md}.
 *
 * @param name short name used on the command line ({@code student-register})
 * @param version version of the spec (informational, recorded in Provenance)
 * @param title one-line title
 * @param parameters run parameters the spec uses as {@code ${name}}
 * @param sourceSystem template of the source system id, the {@code <source-system>} of every source
 *     key system {@code https://polku.fi/fhir/source/<source-system>/<kind>}
 * @param conceptMaps ConceptMap files, relative to the spec
 * @param source how the source is read
 * @param entities the kinds of source records, in dependency order
 * @param groups named field lists, used by {@code group:} (and recursively)
 * @param ignored source paths deliberately not mapped, with the reason (coverage checks)
 * @param loc where the spec starts
 */
public record MappingSpec(
    String name,
    String version,
    String title,
    Map<String, ParameterSpec> parameters,
    String sourceSystem,
    List<String> conceptMaps,
    SourceSpec source,
    List<EntitySpec> entities,
    Map<String, List<FieldSpec>> groups,
    List<IgnoredPath> ignored,
    Loc loc) {

  /**
   * A run parameter.
   *
   * @param name its name
   * @param description what it is, for {@code --help} and the docs
   * @param pattern regular expression the value must match, or null
   * @param defaultValue value when not given; null means required
   * @param loc where it is declared
   */
  public record ParameterSpec(
      String name, String description, String pattern, String defaultValue, Loc loc) {}

  /**
   * A source path deliberately left unmapped.
   *
   * @param path the path (KOSKI field path such as {@code opiskeluoikeudet.oppilaitos.nimi})
   * @param reason why it is not mapped
   */
  public record IgnoredPath(String path, String reason) {}
}
