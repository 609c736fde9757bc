package fi.polku.validation.spi;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * A {@link ReferenceResolver} over records held in memory, for tests of anything that validates
 * with business rules (validators, mappings, hub) and for validating a self-contained batch, e.g. a
 * transaction Bundle's entries before they are stored.
 *
 * <p>Records are keyed by {@code Type/id}; references are compared by their {@code Type/id} part,
 * whatever their base URL or version. Conditional references are not understood (they resolve to
 * nothing). Thread-safe.
 */
public final class InMemoryReferenceResolver implements ReferenceResolver {

  private final FhirContext fhir;
  private final Map<String, IBaseResource> records = new ConcurrentHashMap<>();

  /**
   * @param fhir the context the records belong to (with the model's types registered), used to read
   *     their reference elements
   */
  public InMemoryReferenceResolver(FhirContext fhir) {
    this.fhir = fhir;
  }

  /**
   * Adds or replaces records.
   *
   * @throws IllegalArgumentException when a record has no id
   * @return this, for chaining
   */
  public InMemoryReferenceResolver add(IBaseResource... resources) {
    for (IBaseResource r : resources) {
      IIdType id = r.getIdElement();
      if (id == null || id.getIdPart() == null) {
        throw new IllegalArgumentException("A record held for resolving needs an id");
      }
      records.put(fhir.getResourceType(r) + "/" + id.getIdPart(), r);
    }
    return this;
  }

  @Override
  public Optional<IBaseResource> resolve(String reference) {
    String key = key(reference);
    return key == null ? Optional.empty() : Optional.ofNullable(records.get(key));
  }

  @Override
  public List<IBaseResource> referencing(String resourceType, String path, String reference) {
    String target = key(reference);
    List<IBaseResource> found = new ArrayList<>();
    if (target == null) {
      return found;
    }
    FhirTerser terser = fhir.newTerser();
    for (Map.Entry<String, IBaseResource> e : records.entrySet()) {
      if (!e.getKey().startsWith(resourceType + "/")) {
        continue;
      }
      for (IBaseReference ref : terser.getValues(e.getValue(), path, IBaseReference.class)) {
        if (target.equals(key(ref.getReferenceElement().getValue()))) {
          found.add(e.getValue());
          break;
        }
      }
    }
    return found;
  }

  /** {@code Type/id} of a literal reference (relative or absolute, any version); else null. */
  private static String key(String reference) {
    if (reference == null || reference.startsWith("#") || reference.contains("?")) {
      return null;
    }
    IIdType id = new org.hl7.fhir.r5.model.IdType(reference).toUnqualifiedVersionless();
    return id.getResourceType() != null && id.getIdPart() != null ? id.getValue() : null;
  }
}
