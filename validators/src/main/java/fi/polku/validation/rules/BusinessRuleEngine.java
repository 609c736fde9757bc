package fi.polku.validation.rules;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.rdf.RecordProjector;
import fi.polku.validation.spi.ReferenceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Evaluates the SHACL business rules ({@link RuleSet}) on one record at a time, over a small graph
 * of the record and the records around it that the rules in effect declare they need, fetched
 * through the {@link fi.polku.validation.spi.ReferenceResolver} of the {@link ValidationOptions}.
 *
 * <p>Only rules in effect on {@link ValidationOptions#asOf()} (today if not given) and targeting
 * the record's type run, each with {@code $this} bound to the validated record, so a fault of a
 * context record is never reported against the validated one. Results become {@link
 * ValidationIssue}s with the rule's code, severity and id, the fi/sv/en message filled with the
 * values the rule selects, and the FHIRPath location of the offending element.
 *
 * <p>Structure is not checked here: a record that is not a resource, or has values of the wrong
 * type, simply does not match the rules it cannot satisfy, and structural validation reports it.
 * Thread-safe; build once and share.
 */
public final class BusinessRuleEngine {

  private static final Var THIS = Var.alloc("this");
  private static final PlannedStages STAGES = new PlannedStages();
  private static final Comparator<ValidationIssue> ORDER =
      Comparator.comparing((ValidationIssue i) -> i.code().code())
          .thenComparing(i -> String.valueOf(i.location()))
          .thenComparing(i -> i.message().en());

  private final RuleSet rules;
  private final RecordProjector projector;
  private final FhirContext fhir;
  private final RecordIris iris;

  /**
   * @param rules the rules
   * @param projector projects records with the model's JSON-LD context
   * @param fhir a context with the model's types registered ({@link
   *     PolkuModelTypes#registerAll(FhirContext)}), for records the resolver returns
   */
  public BusinessRuleEngine(RuleSet rules, RecordProjector projector, FhirContext fhir) {
    this.rules = Objects.requireNonNull(rules, "rules");
    // The rules see only the triples their queries can match: projecting the rest of each record
    // (names, addresses, displays) was most of the cost of projecting it.
    this.projector = projector.droppingInvalidReferences().keepingOnly(rules.predicates());
    this.fhir = Objects.requireNonNull(fhir, "fhir");
    if (projector.base() == null) {
      throw new IllegalArgumentException("The JSON-LD context has no @base for record IRIs");
    }
    this.iris = new RecordIris(projector.base());
  }

  /**
   * The rules and the model's context from the classpath, with a new FHIR context. Building a FHIR
   * context is slow; pass the application's own to the constructor when it has one.
   *
   * @throws RuleDefinitionException when a rule file is broken
   */
  public static BusinessRuleEngine fromClasspath() {
    FhirContext fhir = FhirContext.forR5();
    PolkuModelTypes.registerAll(fhir);
    return new BusinessRuleEngine(RuleSet.fromClasspath(), RecordProjector.fromClasspath(), fhir);
  }

  /** The rules this engine runs (when in effect). */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Applies the rules to a resource parsed with the model's classes.
   *
   * @return the rule violations; empty when {@code options.businessRules()} is off
   */
  public ValidationReport validate(IBaseResource resource, ValidationOptions options) {
    if (!options.businessRules()) {
      return ValidationReport.valid();
    }
    return run(toJson(resource), options, batch(options));
  }

  /**
   * Applies the rules to a record given as FHIR JSON (e.g. read with {@link
   * RecordProjector#parse(String)}, which keeps decimals exact). The tree is not changed.
   *
   * @return the rule violations; empty when {@code options.businessRules()} is off
   */
  public ValidationReport validate(ObjectNode record, ValidationOptions options) {
    if (!options.businessRules()) {
      return ValidationReport.valid();
    }
    return run(record, options, batch(options));
  }

  /**
   * Applies the rules to several records validated against the same state of the records around
   * them (e.g. the entries of one transaction before any is written): the reports are those of
   * {@link #validate(ObjectNode, ValidationOptions)} for each record, in order, but a context
   * record that several of them need is fetched through the resolver and encoded only once. The
   * trees are not changed.
   *
   * @return one report per record; all empty when {@code options.businessRules()} is off
   */
  public List<ValidationReport> validateAll(List<ObjectNode> records, ValidationOptions options) {
    List<ValidationReport> out = new ArrayList<>(records.size());
    if (!options.businessRules()) {
      records.forEach(r -> out.add(ValidationReport.valid()));
      return out;
    }
    Batch batch = batch(options);
    LocalDate day = day(options);
    ContextPrefetch planned = new ContextPrefetch(iris);
    for (ObjectNode record : records) {
      JsonNode typeNode = record.get("resourceType");
      if (typeNode != null && typeNode.isTextual()) {
        Needs needs = needs(rules.inEffect(typeNode.asText(), day));
        planned.add(record, needs.follow(), needs.referencing());
      }
    }
    batch.records().prefetch(planned);
    for (ObjectNode record : records) {
      out.add(run(record, options, batch));
    }
    return out;
  }

  /** The day whose rules apply: the options' date, else today. */
  private static LocalDate day(ValidationOptions options) {
    return options.asOf() != null ? options.asOf() : LocalDate.now();
  }

  /** The context records the rules {@code active} declare they need. */
  private record Needs(Set<String> follow, Set<BusinessRule.Referencing> referencing) {}

  private static Needs needs(List<CompiledRule> active) {
    Set<String> follow = new LinkedHashSet<>();
    Set<BusinessRule.Referencing> referencing = new LinkedHashSet<>();
    for (CompiledRule r : active) {
      follow.addAll(r.rule().follow());
      referencing.addAll(r.rule().referencing());
    }
    return new Needs(follow, referencing);
  }

  /**
   * What the validations of one batch share: the context records fetched and their graphs. One per
   * batch and thread.
   */
  private record Batch(ContextRecords records, ContextGraphs graphs) {}

  private Batch batch(ValidationOptions options) {
    ReferenceResolver resolver =
        options.resolver() != null ? options.resolver() : ReferenceResolver.none();
    return new Batch(
        new ContextRecords(resolver, this::toJson, projector::parse), new ContextGraphs(projector));
  }

  /** Runs the rules on a record; the tree is not changed (links are kept beside it). */
  private ValidationReport run(ObjectNode record, ValidationOptions options, Batch batch) {
    JsonNode typeNode = record.get("resourceType");
    if (typeNode == null || !typeNode.isTextual()) {
      return ValidationReport.valid();
    }
    String type = typeNode.asText();
    LocalDate day = day(options);
    List<CompiledRule> active = rules.inEffect(type, day);
    if (active.isEmpty()) {
      return ValidationReport.valid();
    }
    JsonNode id = record.get("id");
    String selfIri = iris.of(type, id != null && id.isTextual() ? id.asText() : null);

    ContextCollector context = new ContextCollector(batch.records(), iris, selfIri);
    Needs needs = needs(active);
    needs.follow().forEach(path -> context.follow(record, path));
    needs.referencing().forEach(spec -> context.referencing(record, spec));

    RuleGraph graph = new RuleGraph(projector);
    Node self = graph.addValidated(record, selfIri, type, context.links());
    for (ContextCollector.Record r : context.records()) {
      graph.addContext(batch.graphs().of(r));
    }
    IssueMapper mapper = new IssueMapper(graph, iris, self, type);
    Binding focus = BindingFactory.binding(THIS, self);
    List<ValidationIssue> issues = new ArrayList<>();
    // One context for the record's rules: they run one after the other and close their iterators,
    // and copying ARQ's context for each rule cost more than some of the rules.
    ExecutionContext execution = ExecutionContext.createForGraph(graph.graph());
    execution.getContext().set(ARQ.stageGenerator, STAGES);
    for (CompiledRule rule : active) {
      Set<ValidationIssue> found = new LinkedHashSet<>();
      // $this is pre-bound as the initial binding of the query compiled at load time, as Jena's
      // SHACL engine does; substituting it into the algebra and re-planning per record would cost
      // several times more. The loader rejects the constructs where the two would differ.
      QueryIterator solutions = QC.execute(rule.query(), focus, execution);
      try {
        solutions.forEachRemaining(s -> found.add(mapper.issue(rule, s)));
      } finally {
        solutions.close();
      }
      issues.addAll(found.stream().sorted(ORDER).toList());
    }
    return ValidationReport.of(issues);
  }

  private ObjectNode toJson(IBaseResource resource) {
    return projector.parse(fhir.newJsonParser().encodeResourceToString(resource));
  }
}
