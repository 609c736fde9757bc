package fi.polku.hub.ingest;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.transform.ConceptMapTranslator;
import fi.polku.mapping.transform.ConceptMapTranslator.ConceptMapFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r5.model.ConceptMap;

/**
 * The ConceptMaps the hub serves: those of the built-in mapping specs (loaded at start-up) and
 * those a load run of another spec registers. They are conformance resources of the mappings, so
 * they are kept in memory and served read-only, like the model's CodeSystems.
 */
public final class ConceptMapCatalogue {

  private record Entry(ConceptMap map, byte[] json) {}

  private final FhirContext fhir;
  private final Map<String, Entry> byId = new ConcurrentHashMap<>();

  /** A catalogue holding the built-in specs' ConceptMaps. */
  public ConceptMapCatalogue(FhirContext fhir) {
    this.fhir = fhir;
    for (String name : SpecLoader.builtInNames()) {
      LoadedSpec spec = SpecLoader.builtIn(name);
      ConceptMapTranslator t =
          ConceptMapTranslator.load(fhir, spec.files(), spec.spec().conceptMaps());
      for (ConceptMapFile f : t.files()) {
        put(f.map(), f.json());
      }
    }
  }

  /**
   * Registers a spec's ConceptMap (JSON) under {@code id}, replacing a different one.
   *
   * @return whether it was new or different
   */
  public boolean register(String id, byte[] json) {
    Entry old = byId.get(id);
    if (old != null && Arrays.equals(old.json(), json)) {
      return false;
    }
    ConceptMap map =
        fhir.newJsonParser()
            .parseResource(ConceptMap.class, new String(json, StandardCharsets.UTF_8));
    map.setId(id);
    byId.put(id, new Entry(map, json.clone()));
    return true;
  }

  private void put(ConceptMap map, byte[] json) {
    String id = map.getIdElement().getIdPart();
    map.setId(id);
    byId.put(id, new Entry(map, json));
  }

  /** The ConceptMap {@code id} (a copy), or null. */
  public ConceptMap get(String id) {
    Entry e = byId.get(id);
    return e == null ? null : e.map().copy();
  }

  /** Every ConceptMap (copies), sorted by id. */
  public List<ConceptMap> all() {
    List<ConceptMap> out = new ArrayList<>();
    byId.keySet().stream().sorted().forEach(id -> out.add(byId.get(id).map().copy()));
    return out;
  }
}
