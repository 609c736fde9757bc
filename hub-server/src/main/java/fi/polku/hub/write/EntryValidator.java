package fi.polku.hub.write;

import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.validate.WriteValidation;
import fi.polku.validation.api.ValidationReport;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates the resources of one unit of writes, spread over the cores. Validation is the bulk of a
 * write's cost and each resource is validated on its own, so a Bundle's resources are split into
 * chunks, a few per core ({@link Slices}). The calling thread validates its chunks in the write's
 * transaction; pool threads validate theirs each in a read-only transaction of its own. They see
 * the same data: validation comes before the unit writes anything, so the write's transaction holds
 * no changes of its own yet, and the unit's resources are given to every chunk as pending ones.
 */
public final class EntryValidator {

  /** Fewer resources than this are validated on the calling thread alone. */
  private static final int MIN_PER_SLICE = 8;

  private final WriteValidation validation;
  private final ResourceStore store;
  private final TransactionTemplate readOnly;
  private final Slices slices;

  /**
   * A validator.
   *
   * @param readOnly read-only transactions for the pool threads
   * @param slices spreads a unit's resources over the cores
   */
  public EntryValidator(
      WriteValidation validation,
      ResourceStore store,
      TransactionTemplate readOnly,
      Slices slices) {
    this.validation = validation;
    this.store = store;
    this.readOnly = readOnly;
    this.slices = slices;
  }

  /**
   * The reports of {@code jsons}, in order, each validated with {@code pending} (the unit's
   * resources by relative reference) shadowing the store. Must be called in the write's
   * transaction, before the unit writes anything.
   */
  public List<ValidationReport> validate(List<byte[]> jsons, Map<String, IBaseResource> pending) {
    return slices.map(
        jsons,
        MIN_PER_SLICE,
        slice -> validateSlice(slice, pending),
        slice -> readOnly.execute(s -> validateSlice(slice, pending)));
  }

  private List<ValidationReport> validateSlice(
      List<byte[]> jsons, Map<String, IBaseResource> pending) {
    return validation.validateAll(jsons, store, pending);
  }
}
