package fi.polku.model.compiler.ir;

import java.util.List;

/**
 * A profile (constraint) on a reused FHIR core resource, e.g. Organization.
 *
 * @param name profile name, e.g. {@code PolkuOrganization}
 * @param baseType the constrained FHIR resource type, e.g. {@code Organization}
 * @param label name in fi/sv/en
 * @param definition definition in fi/sv/en
 * @param constraints constrained elements; each path is a path within the base type (e.g. {@code
 *     Organization.identifier}); only cardinality, binding, label/definition and invariants are
 *     taken from them
 * @param extensions extensions the profile adds, by element name and extension URL
 * @param invariants resource-level invariants
 * @param source where it was declared
 */
public record Profile(
    String name,
    String baseType,
    LocalizedText label,
    LocalizedText definition,
    List<Element> constraints,
    List<ExtensionUse> extensions,
    List<Invariant> invariants,
    SourceLocation source) {

  public Profile {
    constraints = List.copyOf(constraints);
    extensions = List.copyOf(extensions);
    invariants = List.copyOf(invariants);
  }

  /** An extension slot in a profile: {@code Organization.extension:municipality}. */
  public record ExtensionUse(String sliceName, String url, int min, String max) {}
}
