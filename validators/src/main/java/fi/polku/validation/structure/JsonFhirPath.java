package fi.polku.validation.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.StringType;

/**
 * Compiles a parsed FHIRPath expression (the FHIR core engine's {@link ExpressionNode}) into a
 * function evaluated directly on the JSON tree, so that invariants need no HAPI object model.
 *
 * <p>The evaluation mirrors the engine's own ({@code FHIRPathEngine.execute}): the same node
 * structure (a node's value, then its inner path, then, for a proximal node, its chain of
 * operations with the engine's short-cuts for {@code and}, {@code or} and {@code implies}), the
 * same operator semantics ({@link FhirPathOps}) and the same conversion of the result to a verdict.
 * Only a subset is compiled: paths, constants (strings, integers, booleans), the operators Polku's
 * invariants use and the functions {@code exists empty not count first last where all matches
 * substring toInteger}. An expression using anything else does not compile (the engine evaluates
 * it), and a value the subset does not model exactly raises {@link Undecided} at run time.
 */
final class JsonFhirPath {

  /** A compiled expression: the collection it yields for {@code focus}. */
  @FunctionalInterface
  interface Expr {
    List<PathItem> eval(CompiledModel model, List<PathItem> focus);
  }

  /** Thrown while compiling: the expression uses something outside the subset. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** Regular expressions whose find() and matches() agree: anchored, without alternatives. */
  private static final Pattern ANCHORED = Pattern.compile("\\^[^|]*[^\\\\]\\$");

  /** Strings a regular expression's {@code $} treats specially (line terminators). */
  private static final Pattern LINE_TERMINATOR = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");

  private static final Pattern PLAIN_INTEGER = Pattern.compile("0|[1-9][0-9]{0,8}");

  private JsonFhirPath() {}

  /** The native form of {@code node}, or null if it uses something outside the subset. */
  static Expr compile(ExpressionNode node) {
    try {
      return node(node);
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * The verdict of {@code expr} on {@code focus}, converted as the engine's {@code
   * convertToBoolean} does: a single boolean is itself, any other non-empty result true.
   *
   * @throws Undecided if the evaluation met a case the subset does not model
   */
  static boolean holds(Expr expr, CompiledModel model, PathItem focus) {
    List<PathItem> result = expr.eval(model, List.of(focus));
    if (result.size() == 1 && result.get(0).isBoolean()) {
      return "true".equals(result.get(0).text());
    }
    return !result.isEmpty();
  }

  private static Expr node(ExpressionNode n) {
    Expr value =
        switch (n.getKind()) {
          case Name -> name(n.getName());
          case Function -> function(n);
          case Constant -> constant(n.getConstant());
          case Group -> node(n.getGroup());
          default -> throw new Unsupported(n.getKind().toString());
        };
    Expr inner = n.getInner() == null ? null : node(n.getInner());
    List<ExpressionNode.Operation> ops = new ArrayList<>();
    List<Expr> operands = new ArrayList<>();
    if (n.isProximal() && n.getOperation() != null) {
      ExpressionNode last = n;
      for (ExpressionNode next = n.getOpNext(); next != null; next = next.getOpNext()) {
        ops.add(last.getOperation());
        operands.add(node(next));
        last = next;
      }
    }
    List<BinaryOperator<List<PathItem>>> operators =
        ops.stream().map(JsonFhirPath::operator).toList();
    if (inner == null && ops.isEmpty()) {
      return value;
    }
    return (model, focus) -> {
      List<PathItem> work = value.eval(model, focus);
      if (inner != null) {
        work = inner.eval(model, work);
      }
      for (int i = 0; i < operators.size(); i++) {
        List<PathItem> shortcut = shortcut(work, ops.get(i));
        work =
            shortcut != null
                ? shortcut
                : operators.get(i).apply(work, operands.get(i).eval(model, focus));
      }
      return work;
    };
  }

  /** The engine's {@code preOperate}: the result an operation has whatever its right side is. */
  private static List<PathItem> shortcut(List<PathItem> left, ExpressionNode.Operation op) {
    if (left.isEmpty()) {
      return null;
    }
    return switch (op) {
      case And -> isBoolean(left, "false") ? PathItem.FALSE_LIST : null;
      case Or -> isBoolean(left, "true") ? PathItem.TRUE_LIST : null;
      case Implies ->
          FhirPathOps.truth(left) == FhirPathOps.Truth.FALSE ? PathItem.TRUE_LIST : null;
      default -> null;
    };
  }

  private static boolean isBoolean(List<PathItem> items, String value) {
    return items.size() == 1 && items.get(0).isBoolean() && value.equals(items.get(0).text());
  }

  private static BinaryOperator<List<PathItem>> operator(ExpressionNode.Operation op) {
    return switch (op) {
      case Equals -> FhirPathOps::equal;
      case LessThan -> (l, r) -> FhirPathOps.compare(l, r, "<");
      case LessOrEqual -> (l, r) -> FhirPathOps.compare(l, r, "<=");
      case Greater -> (l, r) -> FhirPathOps.compare(l, r, ">");
      case GreaterOrEqual -> (l, r) -> FhirPathOps.compare(l, r, ">=");
      case And -> FhirPathOps::and;
      case Or -> FhirPathOps::or;
      case Xor -> FhirPathOps::xor;
      case Implies -> FhirPathOps::implies;
      case Union -> FhirPathOps::union;
      case In -> FhirPathOps::in;
      case Contains -> FhirPathOps::containsAll;
      case Plus -> FhirPathOps::plus;
      default -> throw new Unsupported(op.toString());
    };
  }

  /** A child name: the element's values in every focus item. */
  private static Expr name(String name) {
    if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
      throw new Unsupported(name); // $this, %constants, type names at the start of a path
    }
    return (model, focus) -> {
      if (focus.isEmpty()) {
        return PathItem.EMPTY;
      }
      List<PathItem> out = new ArrayList<>();
      for (PathItem item : focus) {
        StructureRules rules = item.rules();
        ElementRule e = rules == null ? null : rules.element(name);
        if (e == null || (rules.resource && name.equals("id"))) {
          throw Undecided.INSTANCE; // primitives' parts; unknown names; ids the engine rewrites
        }
        JsonElements.values(model, item.object(), e, out);
      }
      return out;
    };
  }

  private static Expr constant(Base c) {
    PathItem item;
    if (c instanceof BooleanType b) {
      item = b.booleanValue() ? PathItem.TRUE : PathItem.FALSE;
    } else if (c instanceof IntegerType i && i.getValue() != null) {
      item = PathItem.primitive("integer", i.getValue().toString());
    } else if (c instanceof StringType s && s.getValue() != null) {
      item = PathItem.primitive("string", s.getValue());
    } else {
      throw new Unsupported(String.valueOf(c));
    }
    List<PathItem> value = List.of(item);
    return (model, focus) -> value;
  }

  private static Expr function(ExpressionNode n) {
    List<ExpressionNode> params = n.getParameters();
    int arity =
        switch (n.getFunction()) {
          case Where, All, Matches -> 1;
          case Substring -> params.size() == 1 ? 1 : 2;
          default -> 0;
        };
    if (params.size() != arity) {
      throw new Unsupported(n.getFunction() + " with " + params.size() + " parameters");
    }
    return switch (n.getFunction()) {
      case Exists -> (model, focus) -> PathItem.bool(!focus.isEmpty());
      case Empty -> (model, focus) -> PathItem.bool(focus.isEmpty());
      case Not -> (model, focus) -> not(focus);
      case Count ->
          (model, focus) -> List.of(PathItem.primitive("integer", Integer.toString(focus.size())));
      case First -> (model, focus) -> focus.isEmpty() ? PathItem.EMPTY : List.of(focus.get(0));
      case Last ->
          (model, focus) -> focus.isEmpty() ? PathItem.EMPTY : List.of(focus.get(focus.size() - 1));
      case Where -> where(node(params.get(0)));
      case All -> all(node(params.get(0)));
      case Matches -> matches(params.get(0));
      case Substring -> substring(params);
      case ToInteger -> (model, focus) -> toInteger(focus);
      default -> throw new Unsupported(n.getFunction().toString());
    };
  }

  /** {@code not()}; of an empty collection it differs between engine versions, so undecided. */
  private static List<PathItem> not(List<PathItem> focus) {
    return switch (FhirPathOps.truth(focus)) {
      case TRUE -> PathItem.FALSE_LIST;
      case FALSE -> PathItem.TRUE_LIST;
      case NULL -> throw Undecided.INSTANCE;
    };
  }

  private static Expr where(Expr criterion) {
    return (model, focus) -> {
      List<PathItem> out = new ArrayList<>(focus.size());
      for (PathItem item : focus) {
        if (FhirPathOps.truth(criterion.eval(model, List.of(item))) == FhirPathOps.Truth.TRUE) {
          out.add(item);
        }
      }
      return out;
    };
  }

  private static Expr all(Expr criterion) {
    return (model, focus) -> {
      for (PathItem item : focus) {
        if (FhirPathOps.truth(criterion.eval(model, List.of(item))) != FhirPathOps.Truth.TRUE) {
          return PathItem.FALSE_LIST;
        }
      }
      return PathItem.TRUE_LIST;
    };
  }

  private static Expr matches(ExpressionNode param) {
    String regex = stringConstant(param);
    if (!ANCHORED.matcher(regex).matches() || regex.contains("(?")) {
      throw new Unsupported("regex " + regex); // find() and matches() could disagree
    }
    Pattern pattern = Pattern.compile(regex);
    return (model, focus) -> {
      if (focus.size() != 1 || !FhirPathOps.isString(focus.get(0))) {
        throw Undecided.INSTANCE; // empty and plural focus differ between engine versions
      }
      String text = focus.get(0).text();
      if (text.isEmpty() || LINE_TERMINATOR.matcher(text).find()) {
        throw Undecided.INSTANCE;
      }
      return PathItem.bool(pattern.matcher(text).matches());
    };
  }

  private static Expr substring(List<ExpressionNode> params) {
    int start = intConstant(params.get(0));
    int length = params.size() == 2 ? intConstant(params.get(1)) : -1;
    return (model, focus) -> {
      if (focus.isEmpty()) {
        return PathItem.EMPTY;
      }
      if (focus.size() != 1 || !FhirPathOps.isString(focus.get(0))) {
        throw Undecided.INSTANCE;
      }
      String text = focus.get(0).text();
      if (start >= text.length()) {
        return PathItem.EMPTY;
      }
      String s =
          length < 0
              ? text.substring(start)
              : text.substring(start, Math.min(text.length(), start + length));
      return s.isEmpty() ? PathItem.EMPTY : List.of(PathItem.primitive("string", s));
    };
  }

  private static List<PathItem> toInteger(List<PathItem> focus) {
    if (focus.isEmpty()) {
      return PathItem.EMPTY;
    }
    PathItem item = focus.get(0);
    if (focus.size() != 1
        || !(FhirPathOps.isString(item) || item.type().equals("integer"))
        || !PLAIN_INTEGER.matcher(item.text()).matches()) {
      throw Undecided.INSTANCE; // leading zeros, signs, non-numbers: engine-specific
    }
    return List.of(PathItem.primitive("integer", item.text()));
  }

  private static String stringConstant(ExpressionNode n) {
    if (n.getKind() != ExpressionNode.Kind.Constant
        || n.getInner() != null
        || n.getOperation() != null
        || !(n.getConstant() instanceof StringType s)
        || s.getValue() == null
        || s.getValue().isEmpty()) {
      throw new Unsupported("not a string constant: " + n);
    }
    return s.getValue();
  }

  private static int intConstant(ExpressionNode n) {
    if (n.getKind() != ExpressionNode.Kind.Constant
        || n.getInner() != null
        || n.getOperation() != null
        || !(n.getConstant() instanceof IntegerType i)
        || i.getValue() == null
        || i.getValue() < 0) {
      throw new Unsupported("not a non-negative integer constant: " + n);
    }
    return i.getValue();
  }
}
