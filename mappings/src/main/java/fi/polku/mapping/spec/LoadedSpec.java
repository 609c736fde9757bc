package fi.polku.mapping.spec;

/**
 * A spec read from its file, with access to the files next to it.
 *
 * @param spec the spec
 * @param files where its ConceptMaps are
 */
public record LoadedSpec(MappingSpec spec, SpecFiles files) {}
