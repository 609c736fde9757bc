package fi.polku.validation.api;

import fi.polku.validation.spi.ReferenceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates Polku resources. Never throws for bad input: whatever is wrong, including input that is
 * not JSON or not a resource, is reported in the {@link ValidationReport}. Implementations are
 * thread-safe and compiled once from the model at start-up.
 */
public interface ResourceValidator {

  /** Validates raw request bytes (expected: UTF-8 JSON of one resource). */
  ValidationReport validate(byte[] json, ValidationOptions options);

  /**
   * Validates several raw resources with the same options, e.g. the entries of one transaction: one
   * report per resource, in order, each the report {@link #validate(byte[], ValidationOptions)}
   * gives for it. Implementations may share work between the resources (a record that several of
   * them refer to is fetched once), so the options' resolver must answer the same for the whole
   * call: nothing is written while the resources are validated.
   */
  default List<ValidationReport> validateAll(List<byte[]> jsons, ValidationOptions options) {
    List<ValidationReport> out = new ArrayList<>(jsons.size());
    for (byte[] json : jsons) {
      out.add(validate(json, options));
    }
    return out;
  }

  /** Validates a resource already parsed by HAPI with the model's classes registered. */
  ValidationReport validate(IBaseResource resource, ValidationOptions options);

  /**
   * How to validate.
   *
   * @param asOf the date the record is judged at: code validity and effective dates of business
   *     rules are evaluated for this day (usually today)
   * @param resolver where business rules find referenced and referencing records
   * @param businessRules whether to run the SHACL business rules (structure is always checked)
   */
  record ValidationOptions(LocalDate asOf, ReferenceResolver resolver, boolean businessRules) {

    /** Structure only, as of today, without context records. */
    public static ValidationOptions structural() {
      return new ValidationOptions(LocalDate.now(), ReferenceResolver.none(), false);
    }

    /** Structure and business rules, as of today, with {@code resolver} for context. */
    public static ValidationOptions full(ReferenceResolver resolver) {
      return new ValidationOptions(LocalDate.now(), resolver, true);
    }
  }
}
