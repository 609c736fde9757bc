package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.write.FhirPathPatch.Operation;
import fi.polku.validation.api.Text;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.SimpleWorkerContext;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.ExpressionNode.Function;
import org.hl7.fhir.r5.fhirpath.ExpressionNode.Kind;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.fhirpath.FHIRPathUtilityClasses.FHIRConstant;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Resource;

/**
 * The FHIRPath of patch paths: parses an operation's path, checks that it keeps to the subset the
 * hub evaluates, and evaluates it on the resource with the FHIR core engine. The subset is what
 * selects elements of the one resource patched: element names, {@code [n]}, {@code where()}, {@code
 * first()}, {@code last()}, {@code tail()}, {@code skip()}, {@code take()}, {@code single()},
 * {@code extension(url)}, and inside criteria the operators, literals and the functions of {@link
 * #FUNCTIONS}; {@code %resource}, {@code %rootResource} and {@code %context} name the resource.
 * Anything else (such as {@code resolve()}, which could reach other resources, or {@code ofType()},
 * which needs type definitions the engine is not given) is 400 {@code POLKU-HUB-0121}.
 */
final class PatchPaths {

  /** The functions a path may use. */
  static final Set<Function> FUNCTIONS =
      EnumSet.of(
          Function.Item,
          Function.Where,
          Function.First,
          Function.Last,
          Function.Tail,
          Function.Skip,
          Function.Take,
          Function.Single,
          Function.Extension,
          Function.Exists,
          Function.Empty,
          Function.Not,
          Function.Count,
          Function.HasValue,
          Function.All,
          Function.AllTrue,
          Function.AnyTrue,
          Function.AllFalse,
          Function.AnyFalse,
          Function.StartsWith,
          Function.EndsWith,
          Function.Contains,
          Function.Matches,
          Function.Lower,
          Function.Upper,
          Function.Length);

  /** Operators that need type or terminology definitions the engine is not given. */
  private static final Set<ExpressionNode.Operation> UNSUPPORTED_OPERATORS =
      EnumSet.of(
          ExpressionNode.Operation.Is,
          ExpressionNode.Operation.As,
          ExpressionNode.Operation.MemberOf);

  private static final Set<String> RESOURCE_CONSTANTS =
      Set.of("%resource", "%rootResource", "%context");

  /**
   * The element a path ends with and what holds it: for an insert or a move, whose path names a
   * list that may be empty (so nothing to find by evaluating the path itself).
   *
   * @param owner the expression of the element holding the list, or null for the resource itself
   * @param name the list's element name
   */
  record Split(ExpressionNode owner, String name) {}

  /**
   * The engine needs a worker context only to resolve type names, which the subset does not use, so
   * an empty one does; building it takes seconds, so it waits for the first FHIRPath Patch.
   */
  private static final class Worker {
    private static final SimpleWorkerContext CONTEXT = create();

    private static SimpleWorkerContext create() {
      try {
        return new SimpleWorkerContext.SimpleWorkerContextBuilder().fromNothing();
      } catch (IOException | FHIRException e) {
        throw new IllegalStateException("Cannot create the FHIRPath worker context", e);
      }
    }
  }

  // The engine keeps evaluation state, so each thread has its own.
  private final ThreadLocal<FHIRPathEngine> engines =
      ThreadLocal.withInitial(() -> new FHIRPathEngine(Worker.CONTEXT));

  /**
   * Parses {@code o}'s path and checks it keeps to the subset.
   *
   * @throws HubException 400 {@code POLKU-HUB-0121} when it does not parse or leaves the subset
   */
  ExpressionNode parse(Operation o) {
    ExpressionNode node;
    try {
      node = engines.get().parse(o.path());
    } catch (FHIRException | IllegalArgumentException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw error(
          o,
          new Text(
                  "se ei ole FHIRPath-lauseke ({why})",
                  "den är inte ett FHIRPath-uttryck ({why})",
                  "it is not a FHIRPath expression ({why})")
              .format(Map.of("why", why)));
    }
    check(o, node);
    return node;
  }

  /**
   * The path of an insert or a move, which must end with an element name: {@code
   * Learner.name[0].given} is the list {@code given} of what {@code Learner.name[0]} selects.
   */
  Split split(Operation o) {
    ExpressionNode head = parse(o);
    ExpressionNode previous = null;
    ExpressionNode last = head;
    boolean plainChain = true;
    for (ExpressionNode n = head; n != null; n = n.getInner()) {
      plainChain &= n.getOperation() == null;
      if (n.getInner() != null) {
        previous = n;
      }
      last = n;
    }
    if (!plainChain || last.getKind() != Kind.Name) {
      throw error(
          o,
          new Text(
              "polun on päätyttävä luettelon elementin nimeen, kuten Learner.identifier",
              "sökvägen ska sluta med namnet på ett listelement, som Learner.identifier",
              "the path must end with the name of a list element, such as Learner.identifier"));
    }
    if (previous == null) {
      return new Split(null, last.getName());
    }
    previous.setInner(null);
    return new Split(head, last.getName());
  }

  /**
   * What {@code node} selects in {@code resource}.
   *
   * @throws HubException 400 {@code POLKU-HUB-0121} when the engine cannot evaluate it
   */
  List<Base> select(Operation o, Resource resource, ExpressionNode node) {
    try {
      return engines.get().evaluate(resource, node);
    } catch (FHIRException | IllegalArgumentException | UnsupportedOperationException e) {
      // The engine's message may quote values of the resource: it is not passed on.
      throw error(
          o,
          new Text(
              "lauseketta ei voitu laskea tälle resurssille",
              "uttrycket kunde inte beräknas för den här resursen",
              "the expression could not be evaluated on this resource"));
    }
  }

  /** A path error of {@code o}: 400 {@code POLKU-HUB-0121}. */
  static HubException error(Operation o, Text detail) {
    return new HubException(
        HubCodes.UNSUPPORTED_PATCH_PATH,
        Map.of("operation", o.label(), "path", o.path()),
        Map.of("detail", detail));
  }

  private static void check(Operation o, ExpressionNode node) {
    if (node == null) {
      return;
    }
    if (node.getKind() == Kind.Function && !FUNCTIONS.contains(node.getFunction())) {
      throw error(
          o,
          new Text(
                  "funktiota {function}() ei tueta muutosten poluissa",
                  "funktionen {function}() stöds inte i ändringars sökvägar",
                  "function {function}() is not supported in patch paths")
              .format(Map.of("function", node.getFunction().toCode())));
    }
    if (node.getKind() == Kind.Constant
        && node.getConstant() instanceof FHIRConstant c
        && !RESOURCE_CONSTANTS.contains(c.getValue())) {
      throw error(
          o,
          new Text(
                  "muuttujaa {name} ei tueta muutosten poluissa (vain %resource)",
                  "variabeln {name} stöds inte i ändringars sökvägar (bara %resource)",
                  "variable {name} is not supported in patch paths (only %resource)")
              .format(Map.of("name", c.getValue())));
    }
    if (node.getOperation() != null && UNSUPPORTED_OPERATORS.contains(node.getOperation())) {
      throw error(
          o,
          new Text(
                  "operaattoria {operator} ei tueta muutosten poluissa",
                  "operatorn {operator} stöds inte i ändringars sökvägar",
                  "operator {operator} is not supported in patch paths")
              .format(Map.of("operator", node.getOperation().toCode())));
    }
    if (node.getParameters() != null) {
      for (ExpressionNode p : node.getParameters()) {
        check(o, p);
      }
    }
    check(o, node.getGroup());
    check(o, node.getInner());
    check(o, node.getOpNext());
  }
}
