package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A field building a nested structure from its own field mappings: once in the current scope, once
 * for a JSON object ({@code from}), or once per element of repeated parts ({@code each}). Nested
 * fields are held in a {@link Group} so that a group can contain itself (KOSKI's {@code
 * osasuoritukset} inside {@code osasuoritukset}).
 */
final class StructureField extends FieldPlan {

  /** The nested field mappings; filled after construction when a group is recursive. */
  static final class Group {
    private FieldPlan[] fields = new FieldPlan[0];

    void set(List<FieldPlan> plans) {
      fields = plans.toArray(new FieldPlan[0]);
    }
  }

  private final Accessor[] each;
  private final Accessor from;
  private final Group group;
  private final TargetPath path;
  private final String column;

  StructureField(
      Condition when, Accessor[] each, Accessor from, Group group, TargetPath path, String column) {
    super(when);
    this.each = each;
    this.from = from;
    this.group = group;
    this.path = path;
    this.column = column;
  }

  @Override
  void write(Scope scope, ObjectNode target, RowContext ctx) {
    if (each != null) {
      int i = 0;
      for (Accessor a : each) {
        i = elements(scope, a.get(scope), i, target, ctx);
      }
    } else if (from != null) {
      elements(scope, from.get(scope), 0, target, ctx);
    } else {
      build(scope, target, ctx);
    }
  }

  /** Builds one structure per element (an object counts as one); returns the next index. */
  private int elements(Scope scope, Object value, int index, ObjectNode target, RowContext ctx) {
    if (!(value instanceof JsonNode n)) {
      return index;
    }
    int i = index;
    if (n.isArray()) {
      for (JsonNode e : n) {
        if (e.isObject()) {
          build(scope.child(e, i), target, ctx);
        }
        i++;
      }
    } else if (n.isObject()) {
      build(scope.child(n, i), target, ctx);
      i++;
    }
    return i;
  }

  private void build(Scope scope, ObjectNode target, RowContext ctx) {
    ObjectNode o = Shapes.NODES.objectNode();
    for (FieldPlan f : group.fields) {
      f.apply(scope, o, ctx);
    }
    if (!o.isEmpty()) {
      ctx.trace(path.write(target, o, null), column);
    }
  }
}
