package fi.polku.validation.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Gives business rules the records around the one being validated. The hub implements it over its
 * store; tests use an in-memory one. Implementations must be thread-safe.
 */
public interface ReferenceResolver {

  /**
   * The current version of the record a reference points to.
   *
   * @param reference a relative reference such as {@code Learner/123}
   * @return the record, or empty if there is none (a dangling reference is not an error here)
   */
  Optional<IBaseResource> resolve(String reference);

  /**
   * Records of {@code resourceType} whose element {@code path} (a FHIRPath such as {@code
   * StudyRight.learner}) refers to {@code reference}: e.g. every study right of a learner.
   */
  List<IBaseResource> referencing(String resourceType, String path, String reference);

  /**
   * Says that {@link #resolve} is about to be asked for each of {@code references}, so that a
   * resolver over a database can fetch them together, in one query instead of one per reference
   * (the records of a transaction's entries are validated one after the other). Only a hint: the
   * answers must stay those {@link #resolve} gives without it. Does nothing by default.
   */
  default void prefetch(Collection<String> references) {}

  /**
   * As {@link #prefetch}, for {@link #referencing} asked with {@code resourceType}, {@code path}
   * and each of {@code references}.
   */
  default void prefetchReferencing(
      String resourceType, String path, Collection<String> references) {}

  /**
   * The FHIR JSON of {@code record}, a record this resolver returned, when the resolver has it at
   * hand (e.g. as it was stored or received), so that the caller need not encode the record again.
   * It must be the record's content with its id; {@code meta.versionId} and {@code
   * meta.lastUpdated} may be left out. Empty by default: the caller then encodes the record.
   */
  default Optional<String> json(IBaseResource record) {
    return Optional.empty();
  }

  /** A resolver that knows no records, for validating a resource on its own. */
  static ReferenceResolver none() {
    return new ReferenceResolver() {
      @Override
      public Optional<IBaseResource> resolve(String reference) {
        return Optional.empty();
      }

      @Override
      public List<IBaseResource> referencing(String resourceType, String path, String reference) {
        return List.of();
      }
    };
  }
}
