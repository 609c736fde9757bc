package fi.polku.hub.validate;

import fi.polku.hub.store.ResourceStore;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationReport;
import java.time.LocalDate;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validation on the write path: structure and business rules, with references resolved against the
 * store and the other resources of the same write (a transaction's entries).
 */
public final class WriteValidation {

  private final ResourceValidator validator;
  private final StoreReferenceResolver.Factory resolvers;

  /**
   * Validation through {@code validator}.
   *
   * @param resolvers builds resolvers over the store
   */
  public WriteValidation(ResourceValidator validator, StoreReferenceResolver.Factory resolvers) {
    this.validator = validator;
    this.resolvers = resolvers;
  }

  /**
   * Validates a resource's JSON as it will be stored.
   *
   * @param store the store, in the current transaction
   * @param pending resources of the same write by relative reference ({@code Learner/123}); they
   *     shadow the stored versions
   */
  public ValidationReport validate(
      byte[] json, ResourceStore store, Map<String, IBaseResource> pending) {
    return validator.validate(json, options(store, pending));
  }

  /** Validates a parsed resource (the {@code $validate} operation). */
  public ValidationReport validate(IBaseResource resource, ResourceStore store) {
    return validator.validate(resource, options(store, Map.of()));
  }

  private ValidationOptions options(ResourceStore store, Map<String, IBaseResource> pending) {
    return new ValidationOptions(LocalDate.now(), resolvers.over(store, pending), true);
  }
}
