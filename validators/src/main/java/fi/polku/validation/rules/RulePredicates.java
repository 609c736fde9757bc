package fi.polku.validation.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;

/**
 * The predicates the rules' queries can match: every constant predicate of their triple patterns
 * and property paths, including those inside {@code EXISTS} and {@code NOT EXISTS}. A triple whose
 * predicate is not among them can match no pattern of any rule, so leaving it out of the graphs the
 * rules run over changes no solution, and projecting it (a learner's names and addresses, the
 * displays of codings) was most of the cost of projecting a record.
 *
 * <p>A pattern that can match any predicate (a variable predicate, a negated property set) or an
 * operator reading other graphs means the rules may see every triple: then there is no restriction.
 */
final class RulePredicates {

  private final Set<Node> predicates = new HashSet<>();
  private boolean unrestricted;

  private RulePredicates() {}

  /**
   * The predicates {@code queries} can match, or {@code null} when they can match any predicate.
   */
  static Set<Node> of(Collection<Op> queries) {
    RulePredicates found = new RulePredicates();
    queries.forEach(found::walk);
    return found.unrestricted ? null : Set.copyOf(found.predicates);
  }

  private void walk(Op op) {
    // Walker visits the expressions of filters and binds; EXISTS patterns are walked from there.
    Walker.walk(op, new Patterns(), new Exists());
  }

  private void predicate(Node p) {
    if (p != null && p.isURI()) {
      predicates.add(p);
    } else {
      unrestricted = true;
    }
  }

  private void path(Path path) {
    if (path instanceof P_Link link) {
      predicate(link.getNode());
    } else if (path instanceof P_ReverseLink link) {
      predicate(link.getNode());
    } else if (path instanceof P_Path1 one) {
      path(one.getSubPath());
    } else if (path instanceof P_Path2 two) {
      path(two.getLeft());
      path(two.getRight());
    } else {
      // A negated property set (or a path form not known here) can match any predicate.
      unrestricted = true;
    }
  }

  private final class Patterns extends OpVisitorBase {

    @Override
    public void visit(OpBGP op) {
      op.getPattern().forEach(t -> predicate(t.getPredicate()));
    }

    @Override
    public void visit(OpTriple op) {
      Triple t = op.getTriple();
      predicate(t.getPredicate());
    }

    @Override
    public void visit(OpPath op) {
      TriplePath t = op.getTriplePath();
      if (t.isTriple()) {
        predicate(t.getPredicate());
      } else {
        path(t.getPath());
      }
    }

    @Override
    public void visit(OpQuadPattern op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpQuadBlock op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpQuad op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpGraph op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpDatasetNames op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpPropFunc op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpProcedure op) {
      unrestricted = true;
    }

    @Override
    public void visit(OpService op) {
      unrestricted = true;
    }
  }

  private final class Exists extends ExprVisitorBase {

    @Override
    public void visit(ExprFunctionOp funcOp) {
      if (funcOp.getGraphPattern() != null) {
        walk(funcOp.getGraphPattern());
      }
    }
  }
}
