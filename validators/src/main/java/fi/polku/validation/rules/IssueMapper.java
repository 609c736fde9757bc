package fi.polku.validation.rules;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.ValidationIssue;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Turns one solution of a rule's query into a {@link ValidationIssue}. Variables the rule's query
 * uses by convention:
 *
 * <ul>
 *   <li>{@code ?value}: the offending value (SHACL's {@code sh:value});
 *   <li>{@code ?path}: the predicate of the offending element (SHACL's {@code sh:resultPath});
 *   <li>{@code ?node}: the object in the validated record that has the element {@code ?path}, when
 *       it is not the record itself (e.g. a status period).
 * </ul>
 *
 * The location is the FHIRPath of, in this order: {@code ?value} when it is an object of the
 * validated record; {@code ?node} (or the record) followed by {@code ?path}'s element name; the
 * resource type when the solution points at a context record, whose faults are never located in the
 * validated one.
 */
final class IssueMapper {

  private static final Var VALUE = Var.alloc("value");
  private static final Var PATH = Var.alloc("path");
  private static final Var NODE = Var.alloc("node");

  private final RuleGraph graph;
  private final RecordIris iris;
  private final Node self;
  private final String resourceType;

  IssueMapper(RuleGraph graph, RecordIris iris, Node self, String resourceType) {
    this.graph = graph;
    this.iris = iris;
    this.self = self;
    this.resourceType = resourceType;
  }

  ValidationIssue issue(CompiledRule rule, Binding solution) {
    IssueCode code = rule.rule().code();
    Map<String, String> params = new HashMap<>();
    for (String name : rule.parameters()) {
      Node n = "this".equals(name) ? self : solution.get(Var.alloc(name));
      params.put(name, display(n));
    }
    return ValidationIssue.of(code, location(solution), rule.rule().id(), params);
  }

  private String location(Binding solution) {
    String valueAt = graph.locationOf(solution.get(VALUE));
    if (valueAt != null) {
      return valueAt;
    }
    Node node = solution.get(NODE);
    String base = node == null ? resourceType : graph.locationOf(node);
    if (base == null) {
      return resourceType;
    }
    Node path = solution.get(PATH);
    return path != null && path.isURI() ? base + "." + RuleGraph.elementName(path) : base;
  }

  /**
   * How a value appears in a message: literals as written (dates stay ISO dates), records as {@code
   * Type/id}, objects of the validated record as their location, nothing for what is unbound. Which
   * values reach messages is the rule author's choice: rules select dates, codes and counts, never
   * names or identity codes.
   */
  private String display(Node n) {
    if (n == null) {
      return "";
    }
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    if (n.isURI()) {
      return iris.relative(n.getURI());
    }
    String at = graph.locationOf(n);
    return at != null ? at : "";
  }
}
