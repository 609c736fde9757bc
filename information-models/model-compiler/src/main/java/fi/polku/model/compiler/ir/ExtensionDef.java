package fi.polku.model.compiler.ir;

import java.util.List;

/**
 * A simple (single-valued) extension definition.
 *
 * @param name extension name, e.g. {@code OrganizationMunicipality}
 * @param url canonical URL
 * @param contexts FHIR paths where it may be used, e.g. {@code Organization}
 * @param label name in fi/sv/en
 * @param definition definition in fi/sv/en
 * @param valueTypes allowed value types (with targets for references)
 * @param binding binding of a coded value, or {@code null}
 * @param source where it was declared
 */
public record ExtensionDef(
    String name,
    String url,
    List<String> contexts,
    LocalizedText label,
    LocalizedText definition,
    List<TypeRef> valueTypes,
    Binding binding,
    SourceLocation source) {

  public ExtensionDef {
    contexts = List.copyOf(contexts);
    valueTypes = List.copyOf(valueTypes);
  }
}
