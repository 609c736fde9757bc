package fi.polku.validation.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.impl.StructuralValidator.Checked;
import fi.polku.validation.parse.JsonObject;
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
    Checked checked = check(json, options);
    ValidationReport report = checked.report();
    if (!report.isValid() || !options.businessRules()) {
      return report;
    }
    return report.plus(rules.validate(record(json, checked), options));
  }

  @Override
  public List<ValidationReport> validateAll(List<byte[]> jsons, ValidationOptions options) {
    List<Checked> structural = new ArrayList<>(jsons.size());
    if (structure instanceof StructuralValidator own) {
      jsons.forEach(json -> structural.add(own.check(json, options)));
    } else {
      structure.validateAll(jsons, options).forEach(r -> structural.add(new Checked(r, null)));
    }
    List<ValidationReport> reports = new ArrayList<>(jsons.size());
    structural.forEach(c -> reports.add(c.report()));
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
        records.add(record(jsons.get(i), structural.get(i)));
      }
    }
    List<ValidationReport> found = rules.validateAll(records, options);
    for (int k = 0; k < checked.size(); k++) {
      int i = checked.get(k);
      reports.set(i, reports.get(i).plus(found.get(k)));
    }
    return reports;
  }

  /** Our own structural validator's report comes with the tree it read. */
  private Checked check(byte[] json, ValidationOptions options) {
    return structure instanceof StructuralValidator own
        ? own.check(json, options)
        : new Checked(structure.validate(json, options), null);
  }

  /**
   * The tree the rules work on: converted from the one the structural validation read, rather than
   * read again (which was a tenth of the cost of validating), else read from the body. Structurally
   * valid implies well-formed, bounded UTF-8 JSON of one resource.
   */
  private ObjectNode record(byte[] json, Checked checked) {
    return checked.tree() instanceof JsonObject tree ? reader.parse(tree) : reader.parse(json);
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
