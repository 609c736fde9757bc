package fi.polku.mapping.transform;

import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.transform.ConceptMapTranslator.ConceptMapFile;
import java.util.List;
import java.util.Map;

/**
 * A spec compiled for one run: parameters filled in, ConceptMaps loaded, every field path checked
 * against the model and turned into a per-record plan.
 *
 * @param loaded the spec and its files
 * @param parameters the run parameters, defaults included
 * @param sourceSystem the source system id ({@code register-092})
 * @param entities the entity plans, in dependency order
 * @param conceptMaps the ConceptMap files (uploaded to the hub at the start of a run)
 */
public record CompiledMapping(
    LoadedSpec loaded,
    Map<String, String> parameters,
    String sourceSystem,
    List<EntityPlan> entities,
    List<ConceptMapFile> conceptMaps) {

  /** The spec. */
  public MappingSpec spec() {
    return loaded.spec();
  }

  /** The plan of the entity named {@code name}. */
  public EntityPlan entity(String name) {
    for (EntityPlan e : entities) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("No entity " + name + " in " + spec().name());
  }

  /** The source key system for records of {@code kind}. */
  public String sourceKeySystem(String kind) {
    return MappingCompiler.SOURCE_BASE + sourceSystem + "/" + kind;
  }
}
