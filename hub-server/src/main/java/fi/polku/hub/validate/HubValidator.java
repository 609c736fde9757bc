package fi.polku.hub.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.rdf.RecordProjector;
import fi.polku.validation.rules.BusinessRuleEngine;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * What the hub validates with: the structural validator, then, when structure is sound and the
 * options ask for them, the SHACL business rules (with the store-backed resolver of the options).
 * Rules do not run on structurally broken records: their findings would only repeat the structural
 * ones less clearly.
 */
public final class HubValidator implements ResourceValidator {

  private final ResourceValidator structural;
  private final BusinessRuleEngine rules;
  private final RecordProjector projector;

  /**
   * A validator.
   *
   * @param structural structure, formats, terminology, invariants
   * @param rules the business rules
   * @param projector reads record JSON for the rules (decimals kept exact)
   */
  public HubValidator(
      ResourceValidator structural, BusinessRuleEngine rules, RecordProjector projector) {
    this.structural = structural;
    this.rules = rules;
    this.projector = projector;
  }

  @Override
  public ValidationReport validate(byte[] json, ValidationOptions options) {
    ValidationReport report = structural.validate(json, options);
    if (!report.isValid() || !options.businessRules()) {
      return report;
    }
    ObjectNode record;
    try {
      record = projector.parse(new String(json, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // Not a JSON object: the structural validator has said so (or will, once it is in place).
      return report;
    }
    return report.plus(rules.validate(record, options));
  }

  @Override
  public ValidationReport validate(IBaseResource resource, ValidationOptions options) {
    ValidationReport report = structural.validate(resource, options);
    if (!report.isValid() || !options.businessRules()) {
      return report;
    }
    return report.plus(rules.validate(resource, options));
  }
}
