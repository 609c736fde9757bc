package fi.polku.validation.rules;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;

/**
 * Finds where a rule's query hands a variable it may leave unbound (one bound only in an OPTIONAL)
 * to one of the rule functions ({@code pr:earliest}, {@code pr:latest}, {@code pr:fullYears})
 * without testing {@code BOUND} first. The verdict is the same either way (the error reads as false
 * in a FILTER), but the engine raises and catches an error for every record where the variable is
 * unbound, and that costs more than most rules: docs/validation/rules.md, "Dates".
 *
 * <p>A variable counts as guarded inside the right-hand side of {@code BOUND(?x) && ...}, the
 * right-hand side of {@code !BOUND(?x) || ...} and the then-branch of {@code IF(BOUND(?x), ...)}. A
 * variable a BIND assigns counts as bound: its expression is checked where it is.
 */
final class UnguardedVariables {

  private UnguardedVariables() {}

  /**
   * The unguarded uses in {@code algebra} (a rule query's, compiled and not optimised), as {@code
   * ?var in pr:function}, in query order; empty when there are none. {@code $this} is bound before
   * the query runs.
   */
  static Set<String> find(Op algebra) {
    Set<String> found = new LinkedHashSet<>();
    walk(algebra, Set.of(Var.alloc("this")), found);
    return found;
  }

  /**
   * Checks the expressions of {@code op} and of the operators below it, not those in EXISTS
   * patterns: {@link #check} walks those with the variables of the row they test.
   */
  private static void walk(Op op, Set<Var> outer, Set<String> found) {
    if (op instanceof OpFilter filter) {
      // A group's filters all hold at once: a BOUND in one guards the calls in the others.
      Set<Var> bound = union(outer, OpVars.fixedVars(filter.getSubOp()));
      filter.getExprs().forEach(e -> bound.addAll(boundIfTrue(e)));
      filter.getExprs().forEach(e -> check(e, bound, found));
    } else if (op instanceof OpLeftJoin join && join.getExprs() != null) {
      Set<Var> bound = union(outer, OpVars.fixedVars(join.getLeft()));
      bound.addAll(OpVars.fixedVars(join.getRight()));
      join.getExprs().forEach(e -> bound.addAll(boundIfTrue(e)));
      join.getExprs().forEach(e -> check(e, bound, found));
    } else if (op instanceof OpExtend extend) {
      Set<Var> bound = union(outer, OpVars.fixedVars(extend.getSubOp()));
      extend.getVarExprList().forEachExpr((v, e) -> check(e, bound, found));
    }
    if (op instanceof Op1 one) {
      walk(one.getSubOp(), outer, found);
    } else if (op instanceof Op2 two) {
      walk(two.getLeft(), outer, found);
      walk(two.getRight(), outer, found);
    } else if (op instanceof OpN many) {
      many.getElements().forEach(sub -> walk(sub, outer, found));
    }
  }

  private static void check(Expr e, Set<Var> bound, Set<String> found) {
    if (e instanceof E_LogicalAnd and) {
      check(and.getArg1(), bound, found);
      check(and.getArg2(), union(bound, boundIfTrue(and.getArg1())), found);
    } else if (e instanceof E_LogicalOr or) {
      check(or.getArg1(), bound, found);
      check(or.getArg2(), union(bound, boundIfFalse(or.getArg1())), found);
    } else if (e instanceof E_If c) {
      check(c.getArg1(), bound, found);
      check(c.getArg2(), union(bound, boundIfTrue(c.getArg1())), found);
      check(c.getArg3(), union(bound, boundIfFalse(c.getArg1())), found);
    } else if (e instanceof ExprFunctionOp exists) {
      // EXISTS and NOT EXISTS see the outer row's variables as bound where the outer row has them.
      walk(exists.getGraphPattern(), bound, found);
    } else if (e instanceof ExprFunction f) {
      if (f instanceof E_Function call && call.getFunctionIRI().startsWith(RuleVocabulary.NS)) {
        for (Expr arg : call.getArgs()) {
          if (arg.isVariable() && !bound.contains(arg.asVar())) {
            found.add(
                "?"
                    + arg.asVar().getVarName()
                    + " in pr:"
                    + call.getFunctionIRI().substring(RuleVocabulary.NS.length()));
          }
        }
      }
      f.getArgs().forEach(arg -> check(arg, bound, found));
    }
  }

  /** The variables that are bound wherever {@code e} is true. */
  private static Set<Var> boundIfTrue(Expr e) {
    Set<Var> out = new HashSet<>();
    if (e instanceof E_Bound b && b.getArg().isVariable()) {
      out.add(b.getArg().asVar());
    } else if (e instanceof E_LogicalAnd and) {
      out.addAll(boundIfTrue(and.getArg1()));
      out.addAll(boundIfTrue(and.getArg2()));
    } else if (e instanceof E_LogicalNot not) {
      out.addAll(boundIfFalse(not.getArg()));
    }
    return out;
  }

  /** The variables that are bound wherever {@code e} is false. */
  private static Set<Var> boundIfFalse(Expr e) {
    Set<Var> out = new HashSet<>();
    if (e instanceof E_LogicalOr or) {
      out.addAll(boundIfFalse(or.getArg1()));
      out.addAll(boundIfFalse(or.getArg2()));
    } else if (e instanceof E_LogicalNot not) {
      out.addAll(boundIfTrue(not.getArg()));
    }
    return out;
  }

  private static Set<Var> union(Set<Var> a, Set<Var> b) {
    Set<Var> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
