package fi.polku.model.compiler.emit.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.SearchParameter;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * The FHIR conformance resources compiled from the model.
 *
 * @param structureDefinitions resources, profiles and extensions, with snapshots
 * @param searchParameters search parameters
 * @param codeSystems code systems of the model's code lists
 * @param valueSets value sets of code lists and composed value sets
 */
public record FhirArtifacts(
    List<StructureDefinition> structureDefinitions,
    List<SearchParameter> searchParameters,
    List<CodeSystem> codeSystems,
    List<ValueSet> valueSets) {

  public FhirArtifacts {
    structureDefinitions = List.copyOf(structureDefinitions);
    searchParameters = List.copyOf(searchParameters);
    codeSystems = List.copyOf(codeSystems);
    valueSets = List.copyOf(valueSets);
  }

  /** Every resource of the package, in a stable order. */
  public List<CanonicalResource> all() {
    List<CanonicalResource> out = new ArrayList<>();
    out.addAll(structureDefinitions);
    out.addAll(searchParameters);
    out.addAll(codeSystems);
    out.addAll(valueSets);
    return out;
  }

  /** StructureDefinitions by name ({@code Learner}, {@code PolkuOrganization}, ...). */
  public Map<String, StructureDefinition> definitionsByName() {
    Map<String, StructureDefinition> out = new LinkedHashMap<>();
    for (StructureDefinition sd : structureDefinitions) {
      out.put(sd.getName(), sd);
    }
    return out;
  }
}
