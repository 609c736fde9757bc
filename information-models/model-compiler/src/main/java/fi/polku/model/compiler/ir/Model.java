package fi.polku.model.compiler.ir;

import java.util.List;
import java.util.Optional;

/**
 * The whole canonical model after loading: the intermediate representation every emitter works
 * from. Immutable.
 *
 * @param version semantic version of the model
 * @param canonicalBase base of canonical URLs, e.g. {@code https://polku.fi/fhir}
 * @param namespace RDF namespace of classes and predicates, e.g. {@code https://polku.fi/model/}
 * @param title model title in fi/sv/en
 * @param resources resource types
 * @param profiles profiles of reused FHIR resources
 * @param extensions extension definitions
 * @param searchParams search parameters
 * @param codeLists code lists (koodisto and model-local)
 * @param valueSets value sets composed of several code systems
 */
public record Model(
    String version,
    String canonicalBase,
    String namespace,
    LocalizedText title,
    List<ResourceType> resources,
    List<Profile> profiles,
    List<ExtensionDef> extensions,
    List<SearchParam> searchParams,
    List<CodeList> codeLists,
    List<ValueSetDef> valueSets) {

  public Model {
    resources = List.copyOf(resources);
    profiles = List.copyOf(profiles);
    extensions = List.copyOf(extensions);
    searchParams = List.copyOf(searchParams);
    codeLists = List.copyOf(codeLists);
    valueSets = List.copyOf(valueSets);
  }

  /** The resource type called {@code name}. */
  public Optional<ResourceType> resource(String name) {
    return resources.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The profile on FHIR type {@code baseType}, if the model profiles it. */
  public Optional<Profile> profileOf(String baseType) {
    return profiles.stream().filter(p -> p.baseType().equals(baseType)).findFirst();
  }

  /** Search parameters whose base includes {@code type}. */
  public List<SearchParam> searchParamsOf(String type) {
    return searchParams.stream().filter(sp -> sp.base().contains(type)).toList();
  }

  /** Canonical URL of the StructureDefinition of a model resource or profile. */
  public String structureDefinitionUrl(String name) {
    return canonicalBase + "/StructureDefinition/" + name;
  }

  /** Canonical URL of a search parameter. */
  public String searchParameterUrl(SearchParam sp) {
    return canonicalBase + "/SearchParameter/" + String.join("-", sp.base()) + "-" + sp.code();
  }
}
