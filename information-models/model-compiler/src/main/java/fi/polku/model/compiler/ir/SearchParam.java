package fi.polku.model.compiler.ir;

import java.util.List;

/**
 * A search parameter of a resource type.
 *
 * @param code the name used in URLs, e.g. {@code birthdate}
 * @param base resource type names the parameter applies to
 * @param type FHIR search parameter type: token, string, date, reference, number, quantity, uri,
 *     composite
 * @param expression FHIRPath expression selecting the indexed values
 * @param targets for reference parameters, the resource types it may point to
 * @param components for composite parameters, the component parameter codes and their expressions
 *     relative to the composite's expression
 * @param label short name in fi/sv/en
 * @param description what it searches, in fi/sv/en
 * @param source where it was declared
 */
public record SearchParam(
    String code,
    List<String> base,
    String type,
    String expression,
    List<String> targets,
    List<Component> components,
    LocalizedText label,
    LocalizedText description,
    SourceLocation source) {

  public SearchParam {
    base = List.copyOf(base);
    targets = List.copyOf(targets);
    components = List.copyOf(components);
  }

  /** A component of a composite search parameter. */
  public record Component(String parameterCode, String expression) {}
}
