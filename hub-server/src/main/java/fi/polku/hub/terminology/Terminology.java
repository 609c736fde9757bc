package fi.polku.hub.terminology;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * The model's code systems and value sets, indexed once for the terminology operations: by
 * canonical URL and by id, with each code system's concepts by code.
 */
public final class Terminology {

  private final Map<String, CodeSystem> systemsByUrl = new LinkedHashMap<>();
  private final Map<String, CodeSystem> systemsById = new LinkedHashMap<>();
  private final Map<String, ValueSet> setsByUrl = new LinkedHashMap<>();
  private final Map<String, ValueSet> setsById = new LinkedHashMap<>();
  private final Map<String, Map<String, ConceptDefinitionComponent>> concepts =
      new LinkedHashMap<>();

  /**
   * The terminology of {@code codeSystems} and {@code valueSets}, each by id, as the conformance
   * resources hold them.
   */
  public Terminology(
      Map<String, ? extends CanonicalResource> codeSystems,
      Map<String, ? extends CanonicalResource> valueSets) {
    for (Map.Entry<String, ? extends CanonicalResource> e : codeSystems.entrySet()) {
      CodeSystem cs = (CodeSystem) e.getValue();
      systemsById.put(e.getKey(), cs);
      systemsByUrl.put(cs.getUrl(), cs);
      Map<String, ConceptDefinitionComponent> byCode = new LinkedHashMap<>();
      flatten(cs.getConcept(), byCode);
      concepts.put(cs.getUrl(), Collections.unmodifiableMap(byCode));
    }
    for (Map.Entry<String, ? extends CanonicalResource> e : valueSets.entrySet()) {
      ValueSet vs = (ValueSet) e.getValue();
      setsById.put(e.getKey(), vs);
      setsByUrl.put(vs.getUrl(), vs);
    }
  }

  private static void flatten(
      List<ConceptDefinitionComponent> level, Map<String, ConceptDefinitionComponent> out) {
    for (ConceptDefinitionComponent c : level) {
      out.put(c.getCode(), c);
      flatten(c.getConcept(), out);
    }
  }

  /** Every code system, in package order. */
  public Collection<CodeSystem> codeSystems() {
    return Collections.unmodifiableCollection(systemsByUrl.values());
  }

  /** The code system with canonical {@code url} ({@code url|version} too), or null. */
  public CodeSystem findCodeSystem(String url) {
    return versioned(systemsByUrl, url);
  }

  /** The code system with canonical {@code url}; not found (404) when the model has none. */
  public CodeSystem codeSystem(String url) {
    CodeSystem cs = findCodeSystem(url);
    if (cs == null) {
      throw notFound("CodeSystem?url=" + url);
    }
    return cs;
  }

  /** The code system with id {@code id}; not found (404) when the model has none. */
  public CodeSystem codeSystemById(String id) {
    CodeSystem cs = systemsById.get(id);
    if (cs == null) {
      throw notFound("CodeSystem/" + id);
    }
    return cs;
  }

  /** The value set with canonical {@code url}; not found (404) when the model has none. */
  public ValueSet valueSet(String url) {
    ValueSet vs = versioned(setsByUrl, url);
    if (vs == null) {
      throw notFound("ValueSet?url=" + url);
    }
    return vs;
  }

  /** The value set with id {@code id}; not found (404) when the model has none. */
  public ValueSet valueSetById(String id) {
    ValueSet vs = setsById.get(id);
    if (vs == null) {
      throw notFound("ValueSet/" + id);
    }
    return vs;
  }

  /**
   * The concept {@code code} of {@code cs}, or null when it has none. Fails (422) for a code system
   * whose codes the model does not carry: "unknown" would be a guess.
   */
  public ConceptDefinitionComponent concept(CodeSystem cs, String code) {
    return concepts(cs).get(code);
  }

  /** The concepts of {@code cs} by code, hierarchy flattened; fails as {@link #concept} does. */
  public Map<String, ConceptDefinitionComponent> concepts(CodeSystem cs) {
    if (cs.getContent() == CodeSystemContentMode.NOTPRESENT) {
      throw new HubException(HubCodes.CODES_NOT_IN_MODEL, Map.of("system", cs.getUrl()));
    }
    return concepts.getOrDefault(cs.getUrl(), Map.of());
  }

  private static <T extends CanonicalResource> T versioned(Map<String, T> byUrl, String url) {
    if (url == null) {
      return null;
    }
    int bar = url.indexOf('|');
    if (bar < 0) {
      return byUrl.get(url);
    }
    T r = byUrl.get(url.substring(0, bar));
    return r != null && url.substring(bar + 1).equals(r.getVersion()) ? r : null;
  }

  private static HubException notFound(String resource) {
    return new HubException(HubCodes.NOT_FOUND, Map.of("resource", resource));
  }
}
