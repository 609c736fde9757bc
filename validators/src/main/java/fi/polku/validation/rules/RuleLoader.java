package fi.polku.validation.rules;

import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.Severity;
import fi.polku.validation.api.Text;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads rule files into {@link CompiledRule}s, checking everything a rule declares so that a broken
 * rule fails at start-up, naming its file and id, rather than misbehaving at validation time.
 */
final class RuleLoader {

  private static final Logger LOG = LoggerFactory.getLogger(RuleLoader.class);

  /** Codes reserved for business rules. */
  static final int FIRST_CODE = 500;

  static final int LAST_CODE = 599;

  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CODE = Pattern.compile("POLKU-VAL-(\\d{4})");
  private static final Pattern ELEMENT_PATH =
      Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[?$]([A-Za-z_][A-Za-z0-9_]*)}");
  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private final Graph all = GraphFactory.createDefaultGraph();
  private final Map<Node, String> ruleSources = new LinkedHashMap<>();

  private RuleLoader() {}

  /**
   * Loads and checks every rule in {@code sources}.
   *
   * @throws RuleDefinitionException naming the file and rule of the first problem found
   */
  static List<CompiledRule> load(List<RuleSources.Source> sources) {
    RuleFunctions.register();
    RuleLoader loader = new RuleLoader();
    for (RuleSources.Source s : sources) {
      loader.read(s);
    }
    List<CompiledRule> rules = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Map<String, String> codes = new HashMap<>();
    for (Map.Entry<Node, String> e : loader.ruleSources.entrySet()) {
      CompiledRule rule = loader.rule(e.getKey(), e.getValue());
      String id = rule.rule().id();
      String code = rule.rule().code().code();
      if (ids.putIfAbsent(id, e.getValue()) != null) {
        throw new RuleDefinitionException(e.getValue(), id, "rule id also used in " + ids.get(id));
      }
      if (codes.putIfAbsent(code, id) != null) {
        throw new RuleDefinitionException(
            e.getValue(), id, code + " is already the code of rule " + codes.get(code));
      }
      rules.add(rule);
    }
    // Last, so that problems Polku can pin on one rule are reported as such first.
    loader.checkStandardShacl();
    return rules;
  }

  private void read(RuleSources.Source source) {
    Graph file = GraphFactory.createDefaultGraph();
    try (InputStream in = source.url().openStream()) {
      RDFParser.source(in)
          .lang(Lang.TURTLE)
          .base(source.url().toString())
          .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(file);
    } catch (IOException e) {
      throw new RuleDefinitionException(source.name(), null, "cannot read: " + e.getMessage(), e);
    } catch (RiotException e) {
      throw new RuleDefinitionException(
          source.name(), null, "not valid Turtle: " + e.getMessage(), e);
    }
    // Sorted, so that rules load (and problems are reported) in the same order every time.
    Set<Node> rulesHere = new TreeSet<>(Comparator.comparing(Node::toString));
    file.find(Node.ANY, RuleVocabulary.CODE, Node.ANY).forEach(t -> rulesHere.add(t.getSubject()));
    file.find(Node.ANY, RuleVocabulary.SH_SPARQL, Node.ANY)
        .forEach(t -> rulesHere.add(t.getSubject()));
    for (Node r : rulesHere) {
      String earlier = ruleSources.putIfAbsent(r, source.name());
      if (earlier != null && !earlier.equals(source.name())) {
        throw new RuleDefinitionException(
            source.name(), r.toString(), "also declared in " + earlier);
      }
    }
    file.find().forEach(all::add);
  }

  /**
   * The rule files must be SHACL that Jena's own engine accepts, so any SHACL tool can run them.
   * Jena 5 reads a single {@code sh:message} per SPARQL constraint, so it is shown the English
   * ones.
   */
  private void checkStandardShacl() {
    try {
      Shapes.parse(englishOnly(all));
    } catch (RuntimeException e) {
      throw new RuleDefinitionException(
          "rule files", null, "not valid SHACL: " + e.getMessage(), e);
    }
  }

  /** {@code rules} without the sh:message strings in other languages than English. */
  static Graph englishOnly(Graph rules) {
    Graph copy = GraphFactory.createDefaultGraph();
    rules
        .find()
        .forEach(
            t -> {
              Node o = t.getObject();
              boolean otherLanguage =
                  t.getPredicate().equals(RuleVocabulary.SH_MESSAGE)
                      && o.isLiteral()
                      && !"en".equals(o.getLiteralLanguage());
              if (!otherLanguage) {
                copy.add(t);
              }
            });
    return copy;
  }

  private CompiledRule rule(Node shape, String source) {
    String id = string(shape, RuleVocabulary.RULE_ID, source, shape.toString());
    if (!RULE_ID.matcher(id).matches()) {
      throw new RuleDefinitionException(source, id, "pr:ruleId must be lower-case-with-hyphens");
    }
    Problems p = new Problems(source, id);
    if (!all.contains(shape, RDF.type.asNode(), RuleVocabulary.SH_NODE_SHAPE)) {
      throw p.fail("must be an sh:NodeShape");
    }
    String code = string(shape, RuleVocabulary.CODE, source, id);
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      throw p.fail("pr:code must look like POLKU-VAL-0501, was " + code);
    }
    int number = Integer.parseInt(m.group(1));
    if (number < FIRST_CODE || number > LAST_CODE) {
      throw p.fail(code + " is outside the business-rule range POLKU-VAL-0500..0599");
    }
    String type = resourceType(one(shape, RuleVocabulary.SH_TARGET_CLASS, p), p);
    Severity severity = severity(shape, p);
    LocalDate from = date(one(shape, RuleVocabulary.EFFECTIVE_FROM, p), p);
    Node toNode = optional(shape, RuleVocabulary.EFFECTIVE_TO, p);
    LocalDate to = toNode == null ? null : date(toNode, p);
    if (to != null && to.isBefore(from)) {
      throw p.fail("pr:effectiveTo " + to + " is before pr:effectiveFrom " + from);
    }
    Node constraint = one(shape, RuleVocabulary.SH_SPARQL, p);
    Map<String, String> messages = messages(constraint, p);
    Query query = query(constraint, p);
    Op algebra = Algebra.compile(query);
    Set<String> unguarded = UnguardedVariables.find(algebra);
    for (String use : unguarded) {
      // Not an error: the verdicts are right. But each record costs an error the engine catches.
      LOG.warn(
          "Rule {} ({}): {} may be unbound there; test BOUND first (docs/validation/rules.md,"
              + " Dates)",
          id,
          source,
          use);
    }
    List<String> parameters = parameters(messages, query, p);
    Text template =
        new Text(
            template(messages.get("fi")),
            template(messages.get("sv")),
            template(messages.get("en")));
    IssueCode issueCode = new IssueCode(code, "rule", severity, template, from);
    boolean deactivated = isTrue(optional(shape, RuleVocabulary.SH_DEACTIVATED, p));
    BusinessRule rule =
        new BusinessRule(
            id,
            type,
            issueCode,
            from,
            to,
            follow(shape, p),
            referencing(shape, p),
            deactivated,
            source);
    return new CompiledRule(rule, Algebra.optimize(algebra), parameters, unguarded);
  }

  private String resourceType(Node targetClass, Problems p) {
    String iri = targetClass.isURI() ? targetClass.getURI() : "";
    for (String ns : List.of(RuleVocabulary.MODEL, RuleVocabulary.FHIR)) {
      if (iri.startsWith(ns) && TYPE.matcher(iri.substring(ns.length())).matches()) {
        return iri.substring(ns.length());
      }
    }
    throw p.fail("sh:targetClass must be a model class (polku:StudyRight) or a FHIR type");
  }

  private Severity severity(Node shape, Problems p) {
    Node s = optional(shape, RuleVocabulary.SH_SEVERITY, p);
    if (s == null || s.equals(RuleVocabulary.SH_VIOLATION)) {
      return Severity.ERROR;
    }
    if (s.equals(RuleVocabulary.SH_WARNING)) {
      return Severity.WARNING;
    }
    if (s.equals(RuleVocabulary.SH_INFO)) {
      return Severity.INFORMATION;
    }
    throw p.fail("sh:severity must be sh:Violation, sh:Warning or sh:Info");
  }

  private static LocalDate date(Node n, Problems p) {
    if (!n.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) {
      throw p.fail("effective dates are xsd:date literals, was " + n);
    }
    try {
      return LocalDate.parse(n.getLiteralLexicalForm());
    } catch (DateTimeParseException e) {
      throw p.fail("not a date: " + n.getLiteralLexicalForm());
    }
  }

  /** The message in each language; exactly one per language, as SHACL language-tagged strings. */
  private Map<String, String> messages(Node constraint, Problems p) {
    Map<String, String> byLang = new TreeMap<>();
    for (Triple t : all.find(constraint, RuleVocabulary.SH_MESSAGE, Node.ANY).toList()) {
      Node o = t.getObject();
      String lang = o.isLiteral() ? o.getLiteralLanguage() : "";
      if (!LANGUAGES.contains(lang)) {
        throw p.fail("sh:message must be fi, sv or en language-tagged strings, was " + o);
      }
      if (byLang.put(lang, o.getLiteralLexicalForm()) != null) {
        throw p.fail("two sh:message in language " + lang);
      }
    }
    for (String lang : LANGUAGES) {
      if (!byLang.containsKey(lang)) {
        throw p.fail("sh:message in " + lang + " is missing");
      }
    }
    return byLang;
  }

  private Query query(Node constraint, Problems p) {
    String select = string(constraint, RuleVocabulary.SH_SELECT, p.source, p.rule);
    StringBuilder text = new StringBuilder();
    for (Triple t : all.find(constraint, RuleVocabulary.SH_PREFIXES, Node.ANY).toList()) {
      for (Triple d : all.find(t.getObject(), RuleVocabulary.SH_DECLARE, Node.ANY).toList()) {
        Node prefix = one(d.getObject(), RuleVocabulary.SH_PREFIX, p);
        Node ns = one(d.getObject(), RuleVocabulary.SH_NAMESPACE, p);
        text.append("PREFIX ")
            .append(prefix.getLiteralLexicalForm())
            .append(": <")
            .append(ns.getLiteralLexicalForm())
            .append(">\n");
      }
    }
    text.append(select);
    Query query;
    try {
      query = QueryFactory.create(text.toString(), Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      throw p.fail("sh:select does not parse: " + e.getMessage());
    }
    if (!query.isSelectType()) {
      throw p.fail("sh:select must be a SELECT query");
    }
    String forbidden = forbiddenConstruct(query);
    if (forbidden != null) {
      throw p.fail("sh:select must not use " + forbidden + " (SHACL pre-binding of $this)");
    }
    return query;
  }

  /**
   * SHACL-SPARQL pre-binding forbids MINUS, SERVICE, VALUES and sub-queries, where binding {@code
   * $this} beforehand would change the meaning; the engine relies on that. The name of the first
   * such construct, or {@code null}.
   */
  private static String forbiddenConstruct(Query query) {
    if (query.hasValues()) {
      return "VALUES";
    }
    String[] found = {null};
    ElementWalker.walk(
        query.getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementMinus el) {
            found[0] = "MINUS";
          }

          @Override
          public void visit(ElementService el) {
            found[0] = "SERVICE";
          }

          @Override
          public void visit(ElementData el) {
            found[0] = "VALUES";
          }

          @Override
          public void visit(ElementSubQuery el) {
            found[0] = "a sub-query";
          }
        });
    return found[0];
  }

  /** Placeholders must be selected and the same in every language, so no message lacks a value. */
  private static List<String> parameters(Map<String, String> messages, Query query, Problems p) {
    Set<String> projected = new LinkedHashSet<>(query.getResultVars());
    projected.add("this");
    List<String> parameters = null;
    for (String lang : LANGUAGES) {
      List<String> names = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(messages.get(lang));
      while (m.find()) {
        if (!projected.contains(m.group(1))) {
          throw p.fail(
              "the " + lang + " message uses {?" + m.group(1) + "}, which is not selected");
        }
        if (!names.contains(m.group(1))) {
          names.add(m.group(1));
        }
      }
      if (parameters == null) {
        parameters = names;
      } else if (!Set.copyOf(parameters).equals(Set.copyOf(names))) {
        throw p.fail(
            "the messages use different placeholders: fi "
                + parameters
                + ", "
                + lang
                + " "
                + names);
      }
    }
    return List.copyOf(parameters);
  }

  /**
   * {@code {?name}} and {@code {$name}} in SHACL messages become {@code {name}} of {@link Text}.
   */
  private static String template(String message) {
    return PLACEHOLDER.matcher(message).replaceAll("{$1}");
  }

  private List<String> follow(Node shape, Problems p) {
    List<String> paths = new ArrayList<>();
    for (Triple t : all.find(shape, RuleVocabulary.FOLLOW, Node.ANY).toList()) {
      paths.add(elementPath(t.getObject(), "pr:follow", p));
    }
    return paths;
  }

  private List<BusinessRule.Referencing> referencing(Node shape, Problems p) {
    List<BusinessRule.Referencing> specs = new ArrayList<>();
    for (Triple t : all.find(shape, RuleVocabulary.REFERENCING, Node.ANY).toList()) {
      Node spec = t.getObject();
      String type = lexical(one(spec, RuleVocabulary.RESOURCE_TYPE, p));
      String path = lexical(one(spec, RuleVocabulary.PATH, p));
      String reference = elementPath(one(spec, RuleVocabulary.REFERENCE, p), "pr:reference", p);
      if (!TYPE.matcher(type).matches()
          || !path.startsWith(type + ".")
          || !ELEMENT_PATH.matcher(path.substring(type.length() + 1)).matches()) {
        throw p.fail(
            "pr:referencing needs pr:resourceType T and pr:path T.element, was "
                + type
                + ", "
                + path);
      }
      specs.add(new BusinessRule.Referencing(type, path, reference));
    }
    return specs;
  }

  private static String elementPath(Node n, String term, Problems p) {
    String path = lexical(n);
    if (!ELEMENT_PATH.matcher(path).matches()) {
      throw p.fail(term + " must be a dotted element path such as group.school, was " + n);
    }
    return path;
  }

  private static String lexical(Node n) {
    return n.isLiteral() ? n.getLiteralLexicalForm() : "";
  }

  private static boolean isTrue(Node n) {
    return n != null && n.isLiteral() && "true".equals(n.getLiteralLexicalForm());
  }

  private String string(Node s, Node p, String source, String rule) {
    Node o = one(s, p, new Problems(source, rule));
    if (!o.isLiteral()) {
      throw new RuleDefinitionException(source, rule, p.getLocalName() + " must be a string");
    }
    return o.getLiteralLexicalForm();
  }

  private Node one(Node s, Node p, Problems problems) {
    List<Triple> found = all.find(s, p, Node.ANY).toList();
    if (found.size() != 1) {
      throw problems.fail("needs exactly one " + p.getLocalName() + ", has " + found.size());
    }
    return found.get(0).getObject();
  }

  private Node optional(Node s, Node p, Problems problems) {
    List<Triple> found = all.find(s, p, Node.ANY).toList();
    if (found.size() > 1) {
      throw problems.fail("has more than one " + p.getLocalName());
    }
    return found.isEmpty() ? null : found.get(0).getObject();
  }

  /** Where a problem is, for the exception. */
  private record Problems(String source, String rule) {

    RuleDefinitionException fail(String problem) {
      return new RuleDefinitionException(source, rule, problem);
    }
  }
}
