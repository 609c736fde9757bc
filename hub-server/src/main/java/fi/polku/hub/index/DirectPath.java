package fi.polku.hub.index;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.ExpressionNode.Function;
import org.hl7.fhir.r5.fhirpath.ExpressionNode.Kind;
import org.hl7.fhir.r5.fhirpath.ExpressionNode.Operation;
import org.hl7.fhir.r5.model.Base;

/**
 * The search expressions that only navigate ({@code name.family}, {@code extension('url').value},
 * {@code deceased.ofType(dateTime)}, unions of these), evaluated by walking the parsed resource
 * directly, with the FHIRPath engine's semantics for each step but none of its per-call set-up
 * (every model parameter and most FHIR core ones are such paths, and indexing evaluates each on
 * every resource written). Anything else ({@code where}, operators, constants) is left to the
 * engine: {@link #compile} answers null.
 */
final class DirectPath implements CompiledPath {

  /** One step of a path: what it selects from each item of the focus. */
  private interface Step {
    void select(Base item, List<Base> out);
  }

  /** A term (a chain of steps) or a union of terms. */
  private interface Expr {
    List<Base> evaluate(List<Base> focus);
  }

  private final Expr root;

  private DirectPath(Expr root) {
    this.root = root;
  }

  /** The direct evaluation of {@code node}, or null when it needs the engine. */
  static DirectPath compile(ExpressionNode node, DataTypes types) {
    Expr e = expression(node, types);
    return e == null ? null : new DirectPath(e);
  }

  @Override
  public List<Base> evaluate(Base resource) {
    List<Base> focus = new ArrayList<>(1);
    focus.add(resource);
    return root.evaluate(focus);
  }

  @Override
  public boolean direct() {
    return true;
  }

  /**
   * A term followed by any number of unions, left to right (the engine's order: each operation's
   * right side is evaluated on the original focus).
   */
  private static Expr expression(ExpressionNode node, DataTypes types) {
    List<Expr> terms = new ArrayList<>();
    for (ExpressionNode n = node; n != null; n = n.getOpNext()) {
      Expr t = term(n, types);
      if (t == null || (n.getOperation() != null && n.getOperation() != Operation.Union)) {
        return null;
      }
      terms.add(t);
      if (n.getOperation() == null) {
        break;
      }
    }
    if (terms.size() == 1) {
      return terms.get(0);
    }
    return focus -> {
      List<Base> out = new ArrayList<>();
      for (Expr t : terms) {
        for (Base b : t.evaluate(focus)) {
          if (!contains(out, b)) {
            out.add(b);
          }
        }
      }
      return out;
    };
  }

  /** A node and its chain of inner nodes ({@code a.b.c}), none with an operation of its own. */
  private static Expr term(ExpressionNode node, DataTypes types) {
    Expr first;
    List<Step> steps = new ArrayList<>();
    if (node.getKind() == Kind.Group) {
      first = node.getGroup() == null ? null : expression(node.getGroup(), types);
      if (first == null) {
        return null;
      }
    } else {
      Step s = step(node, types);
      if (s == null) {
        return null;
      }
      steps.add(s);
      first = null;
    }
    for (ExpressionNode n = node.getInner(); n != null; n = n.getInner()) {
      if (n.getOperation() != null) {
        return null;
      }
      Step s = step(n, types);
      if (s == null) {
        return null;
      }
      steps.add(s);
    }
    Expr head = first;
    return focus -> {
      List<Base> work = head == null ? focus : head.evaluate(focus);
      for (Step s : steps) {
        List<Base> next = new ArrayList<>();
        for (Base item : work) {
          s.select(item, next);
        }
        work = next;
      }
      return work;
    };
  }

  private static Step step(ExpressionNode n, DataTypes types) {
    if (n.getKind() == Kind.Name) {
      String name = n.getName();
      // Type names ("Patient.x" at the start) and variables ("$this") need the engine.
      if (name == null || name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
        return null;
      }
      return (item, out) -> children(item, name, out);
    }
    if (n.getKind() != Kind.Function || n.getParameters().size() != 1) {
      return null;
    }
    ExpressionNode p = n.getParameters().get(0);
    if (n.getFunction() == Function.Extension
        && p.getKind() == Kind.Constant
        && p.getInner() == null
        && p.getOperation() == null
        && p.getConstant() != null
        && p.getConstant().isPrimitive()) {
      String url = p.getConstant().primitiveValue();
      return (item, out) -> extensions(item, url, out);
    }
    if (n.getFunction() == Function.OfType
        && p.getKind() == Kind.Name
        && p.getInner() == null
        && p.getOperation() == null
        && types.isKnown(p.getName())) {
      String type = p.getName();
      return (item, out) -> {
        if (types.isA(item.fhirType(), type)) {
          out.add(item);
        }
      };
    }
    return null;
  }

  /** The engine's child lookup: the element's values by name, ids without type and version. */
  private static void children(Base item, String name, List<Base> out) {
    Base[] values = item.listChildrenByName(name, false);
    if (values == null) {
      return;
    }
    for (Base v : values) {
      if (v != null) {
        out.add(
            v instanceof IIdType id
                ? (Base) id.toUnqualifiedVersionless().withResourceType(null)
                : v);
      }
    }
  }

  /** {@code extension(url)}: the extensions and modifier extensions with that url. */
  private static void extensions(Base item, String url, List<Base> out) {
    List<Base> all = new ArrayList<>();
    children(item, "extension", all);
    children(item, "modifierExtension", all);
    for (Base ext : all) {
      List<Base> urls = new ArrayList<>(1);
      children(ext, "url", urls);
      StringBuilder text = new StringBuilder();
      for (Base u : urls) {
        if (text.length() > 0) {
          text.append(',');
        }
        text.append(u.primitiveValue());
      }
      if (text.toString().equals(url)) {
        out.add(ext);
      }
    }
  }

  /** Union removes duplicates: primitives of equal value, or deeply equal elements. */
  private static boolean contains(List<Base> list, Base b) {
    for (Base o : list) {
      boolean same =
          o == b
              || (o.isPrimitive() && b.isPrimitive()
                  ? java.util.Objects.equals(o.primitiveValue(), b.primitiveValue())
                  : Base.compareDeep(o, b, false));
      if (same) {
        return true;
      }
    }
    return false;
  }
}
