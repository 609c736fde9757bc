package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.check.Problems;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.SearchParameter;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * Builds the model's FHIR conformance resources: differentials first, then (once the worker can see
 * all of them) snapshots in dependency order: extensions, profiles, resources.
 */
public final class FhirArtifactsBuilder {

  private final CoreDefinitions core;

  /** Creates the builder over {@code core}; it registers the model's artifacts with it. */
  public FhirArtifactsBuilder(CoreDefinitions core) {
    this.core = core;
  }

  /**
   * Builds everything.
   *
   * @param codeSystems code systems already built from the model's code lists
   * @param valueSets value sets already built from code lists and composed value sets
   */
  public FhirArtifacts build(
      Model model, List<CodeSystem> codeSystems, List<ValueSet> valueSets, Problems problems) {
    StructureDefinitionEmitter emitter = new StructureDefinitionEmitter(model, core);
    Map<StructureDefinition, SourceLocation> sources = new LinkedHashMap<>();
    for (ExtensionDef x : PolkuExtensions.definitions()) {
      sources.put(emitter.extension(x), x.source());
    }
    for (ExtensionDef x : model.extensions()) {
      sources.put(emitter.extension(x), x.source());
    }
    for (Profile p : model.profiles()) {
      sources.put(emitter.profile(p), p.source());
    }
    for (ResourceType r : model.resources()) {
      sources.put(emitter.resource(r), r.source());
    }
    sources.keySet().forEach(core.modelSupport()::addStructureDefinition);
    codeSystems.forEach(core.modelSupport()::addCodeSystem);
    valueSets.forEach(core.modelSupport()::addValueSet);

    SnapshotGenerator snapshots = new SnapshotGenerator(core);
    sources.forEach((sd, loc) -> snapshots.generate(sd, loc, problems));

    SearchParameterEmitter spEmitter = new SearchParameterEmitter(model, core);
    List<SearchParameter> searchParameters = new ArrayList<>();
    for (SearchParam sp : model.searchParams()) {
      searchParameters.add(spEmitter.searchParameter(sp));
    }
    searchParameters.forEach(core.modelSupport()::addSearchParameter);
    return new FhirArtifacts(
        new ArrayList<>(sources.keySet()), searchParameters, codeSystems, valueSets);
  }
}
