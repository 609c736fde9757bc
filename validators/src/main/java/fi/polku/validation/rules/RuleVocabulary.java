package fi.polku.validation.rules;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Polku's terms for annotating SHACL business rules ({@value #NS}), the functions rules may call,
 * and the SHACL terms the loader reads. Documented for rule authors in {@code
 * docs/validation/rules.md}.
 */
final class RuleVocabulary {

  /** Namespace of the rule vocabulary, the rule functions and {@link #INDEX}. */
  static final String NS = "https://polku.fi/model/rule#";

  /** Namespace of the model's classes and predicates. */
  static final String MODEL = "https://polku.fi/model/";

  /** Namespace of FHIR core types and datatype members. */
  static final String FHIR = "http://hl7.org/fhir/";

  static final Node RULE_ID = term("ruleId");
  static final Node CODE = term("code");
  static final Node EFFECTIVE_FROM = term("effectiveFrom");
  static final Node EFFECTIVE_TO = term("effectiveTo");
  static final Node FOLLOW = term("follow");
  static final Node REFERENCING = term("referencing");
  static final Node RESOURCE_TYPE = term("resourceType");
  static final Node PATH = term("path");
  static final Node REFERENCE = term("reference");

  /**
   * Position of an object in its JSON array (0-based), added to every array member when records are
   * projected for rules, since RDF keeps no order.
   */
  static final Node INDEX = term("index");

  static final Node SH_NODE_SHAPE = SHACL.NodeShape;
  static final Node SH_TARGET_CLASS = SHACL.targetClass;
  static final Node SH_SEVERITY = SHACL.severity;
  static final Node SH_SPARQL = SHACL.sparql;
  static final Node SH_SELECT = SHACL.select;
  static final Node SH_MESSAGE = SHACL.message;
  static final Node SH_PREFIXES = SHACL.prefixes;
  static final Node SH_DECLARE = SHACL.declare;
  static final Node SH_PREFIX = SHACL.prefix;
  static final Node SH_NAMESPACE = SHACL.namespace;
  static final Node SH_DEACTIVATED = SHACL.deactivated;
  static final Node SH_VIOLATION = SHACL.Violation;
  static final Node SH_WARNING = SHACL.Warning;
  static final Node SH_INFO = SHACL.Info;

  private RuleVocabulary() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  /** The positions most arrays stay within, made once (nodes are immutable). */
  private static final Node[] SMALL_INTEGERS = new Node[64];

  static {
    for (int i = 0; i < SMALL_INTEGERS.length; i++) {
      SMALL_INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
  }

  /** An {@code xsd:integer} literal, as rules write array positions. */
  static Node integer(int value) {
    if (value >= 0 && value < SMALL_INTEGERS.length) {
      return SMALL_INTEGERS[value];
    }
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
  }
}
