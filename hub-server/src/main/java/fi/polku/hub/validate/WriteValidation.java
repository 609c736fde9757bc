package fi.polku.hub.validate;

import fi.polku.hub.store.ResourceStore;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    String type = resourceType(json);
    // Set.of(...).contains(null) throws: a body without a resourceType goes to the validator.
    if (type != null && NOT_IN_MODEL.contains(type)) {
      // FHIR core types the hub stores as they are (a load run's Provenance): the model has no
      // rules for them, and HAPI's strict parser has checked their structure.
      return ValidationReport.valid();
    }
    return validator.validate(json, options(store, pending));
  }

  /**
   * Validates the JSON of several resources of one write, as {@link #validate(byte[],
   * ResourceStore, Map)} does each, in order. The resources share the work of fetching the records
   * around them: call it before the write changes anything.
   */
  public List<ValidationReport> validateAll(
      List<byte[]> jsons, ResourceStore store, Map<String, IBaseResource> pending) {
    List<ValidationReport> out = new ArrayList<>(jsons.size());
    List<Integer> modelled = new ArrayList<>();
    List<byte[]> toValidate = new ArrayList<>();
    for (int i = 0; i < jsons.size(); i++) {
      String type = resourceType(jsons.get(i));
      out.add(ValidationReport.valid());
      if (type == null || !NOT_IN_MODEL.contains(type)) {
        modelled.add(i);
        toValidate.add(jsons.get(i));
      }
    }
    if (!toValidate.isEmpty()) {
      List<ValidationReport> reports = validator.validateAll(toValidate, options(store, pending));
      for (int k = 0; k < modelled.size(); k++) {
        out.set(modelled.get(k), reports.get(k));
      }
    }
    return out;
  }

  /** Stored FHIR core types the information model does not profile. */
  private static final java.util.Set<String> NOT_IN_MODEL =
      java.util.Set.of("Provenance", "AuditEvent", "Consent", "Location");

  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      new com.fasterxml.jackson.core.JsonFactory();

  /** The top-level resourceType of a JSON body, or null (the validator then says what is wrong). */
  private static String resourceType(byte[] json) {
    try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = p.currentName();
        com.fasterxml.jackson.core.JsonToken value = p.nextToken();
        if ("resourceType".equals(name)) {
          return value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (java.io.IOException notJson) {
      // Not JSON: the validator reports it with its precise code.
      return null;
    }
  }

  /** Validates a parsed resource (the {@code $validate} operation). */
  public ValidationReport validate(IBaseResource resource, ResourceStore store) {
    return validator.validate(resource, options(store, Map.of()));
  }

  private ValidationOptions options(ResourceStore store, Map<String, IBaseResource> pending) {
    return new ValidationOptions(LocalDate.now(), resolvers.over(store, pending), true);
  }
}
