package fi.polku.validation.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.rdf.RecordProjector;
import fi.polku.validation.rules.BusinessRuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Structure first, then business rules: the rules only run on a resource whose structure is valid,
 * because their queries assume the model's shape (a rule cannot reason about a date that is not a
 * date). Thread-safe.
 */
public final class CompositeValidator implements ResourceValidator {

  private final ResourceValidator structure;
  private final BusinessRuleEngine rules;
  private final RecordProjector reader;

  /**
   * A validator running {@code structure}, then {@code rules} when the options ask for them.
   *
   * @param reader reads raw JSON into the tree the rules work on (keeping decimals exact)
   */
  public CompositeValidator(
      ResourceValidator structure, BusinessRuleEngine rules, RecordProjector reader) {
    this.structure = Objects.requireNonNull(structure, "structure");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public ValidationReport validate(byte[] json, ValidationOptions options) {
    ValidationReport report = structure.validate(json, options);
    if (!report.isValid() || !options.businessRules()) {
      return report;
    }
    // Structurally valid implies well-formed, bounded UTF-8 JSON of one resource.
    ObjectNode record = reader.parse(json);
    return report.plus(rules.validate(record, options));
  }

  @Override
  public List<ValidationReport> validateAll(List<byte[]> jsons, ValidationOptions options) {
    List<ValidationReport> reports = new ArrayList<>(structure.validateAll(jsons, options));
    if (!options.businessRules()) {
      return reports;
    }
    // The rules run on the structurally valid ones only, together, so that context records they
    // share are fetched once.
    List<Integer> checked = new ArrayList<>();
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < jsons.size(); i++) {
      if (reports.get(i).isValid()) {
        checked.add(i);
        records.add(reader.parse(jsons.get(i)));
      }
    }
    List<ValidationReport> found = rules.validateAll(records, options);
    for (int k = 0; k < checked.size(); k++) {
      int i = checked.get(k);
      reports.set(i, reports.get(i).plus(found.get(k)));
    }
    return reports;
  }

  @Override
  public ValidationReport validate(IBaseResource resource, ValidationOptions options) {
    ValidationReport report = structure.validate(resource, options);
    if (!report.isValid() || !options.businessRules()) {
      return report;
    }
    return report.plus(rules.validate(resource, options));
  }
}
