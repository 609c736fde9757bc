package fi.polku.hub.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CanonicalResource;

/**
 * The model package's conformance resources (StructureDefinition, SearchParameter, CodeSystem,
 * ValueSet), parsed once at start-up and served read-only.
 */
public final class ConformanceResources {

  private final Map<String, Map<String, CanonicalResource>> byTypeAndId = new LinkedHashMap<>();

  /** Loads every conformance resource of {@code pkg}. */
  public ConformanceResources(FhirContext fhir, ModelPackage pkg) {
    IParser parser = fhir.newJsonParser();
    // The package is the hub's own build output; a lenient parser keeps start-up independent of
    // elements a newer compiler may add.
    parser.setParserErrorHandler(new LenientErrorHandler(false));
    for (String type : HubModel.CONFORMANCE_TYPES) {
      Map<String, CanonicalResource> byId = new LinkedHashMap<>();
      for (String file : pkg.files(type)) {
        CanonicalResource r = (CanonicalResource) parser.parseResource(pkg.text(file));
        r.setId(r.getIdElement().getIdPart());
        byId.put(r.getIdElement().getIdPart(), r);
      }
      byTypeAndId.put(type, Collections.unmodifiableMap(byId));
    }
  }

  /** The resources of {@code type} by id. */
  public Map<String, CanonicalResource> of(String type) {
    return byTypeAndId.getOrDefault(type, Map.of());
  }

  /** Every model SearchParameter. */
  public List<CanonicalResource> searchParameters() {
    return new ArrayList<>(of("SearchParameter").values());
  }
}
