package fi.polku.hub.write;

import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.validate.WriteValidation;
import fi.polku.validation.api.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates the resources of one unit of writes, spread over the cores. Validation is the bulk of a
 * write's cost and each resource is validated on its own, so a Bundle's resources are split into
 * one slice per core. The calling thread validates the first slice in the write's transaction; the
 * other slices run on pool threads, each in a read-only transaction of its own. They see the same
 * data: validation comes before the unit writes anything, so the write's transaction holds no
 * changes of its own yet, and the unit's resources are given to every slice as pending ones.
 */
public final class EntryValidator {

  /** Fewer resources than this are validated on the calling thread alone. */
  private static final int MIN_PER_SLICE = 8;

  private final WriteValidation validation;
  private final ResourceStore store;
  private final TransactionTemplate readOnly;
  private final ExecutorService pool;
  private final int slices;

  /**
   * A validator.
   *
   * @param readOnly read-only transactions for the pool threads
   * @param pool threads for the slices beyond the first
   * @param slices most slices per unit (the number of cores)
   */
  public EntryValidator(
      WriteValidation validation,
      ResourceStore store,
      TransactionTemplate readOnly,
      ExecutorService pool,
      int slices) {
    this.validation = validation;
    this.store = store;
    this.readOnly = readOnly;
    this.pool = pool;
    this.slices = Math.max(1, slices);
  }

  /**
   * The reports of {@code jsons}, in order, each validated with {@code pending} (the unit's
   * resources by relative reference) shadowing the store. Must be called in the write's
   * transaction, before the unit writes anything.
   */
  public List<ValidationReport> validate(List<byte[]> jsons, Map<String, IBaseResource> pending) {
    int n = Math.min(slices, jsons.size() / MIN_PER_SLICE);
    if (n <= 1) {
      return validateSlice(jsons, pending);
    }
    int size = (jsons.size() + n - 1) / n;
    List<Slice> others = new ArrayList<>();
    for (int from = size; from < jsons.size(); from += size) {
      Slice slice = new Slice(from, jsons.subList(from, Math.min(jsons.size(), from + size)));
      slice.future =
          pool.submit(
              () ->
                  slice.claim()
                      ? readOnly.execute(s -> validateSlice(slice.jsons, pending))
                      : null);
      others.add(slice);
    }
    ValidationReport[] out = new ValidationReport[jsons.size()];
    try {
      copy(validateSlice(jsons.subList(0, size), pending), out, 0);
      for (Slice slice : others) {
        // A slice no pool thread has taken yet is validated here: the pool may be busy with other
        // writes' slices, or waiting for a connection that this write's transaction holds.
        if (slice.claim()) {
          copy(validateSlice(slice.jsons, pending), out, slice.from);
        } else {
          copy(join(slice.future), out, slice.from);
        }
      }
    } catch (RuntimeException | Error e) {
      // The write fails: slices not started yet need not run at all.
      others.forEach(Slice::claim);
      throw e;
    }
    return Arrays.asList(out);
  }

  /** A part of the resources, validated by whoever claims it first. */
  private static final class Slice {
    final int from;
    final List<byte[]> jsons;
    final AtomicBoolean claimed = new AtomicBoolean();
    Future<List<ValidationReport>> future;

    Slice(int from, List<byte[]> jsons) {
      this.from = from;
      this.jsons = jsons;
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }
  }

  private List<ValidationReport> validateSlice(
      List<byte[]> jsons, Map<String, IBaseResource> pending) {
    return validation.validateAll(jsons, store, pending);
  }

  private static void copy(List<ValidationReport> reports, ValidationReport[] out, int from) {
    for (int i = 0; i < reports.size(); i++) {
      out[from + i] = reports.get(i);
    }
  }

  private static List<ValidationReport> join(Future<List<ValidationReport>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while validating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("Validation failed", e.getCause());
    }
  }
}
