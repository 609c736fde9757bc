package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One compiled field mapping: writes into the resource (or structure) being built. */
abstract class FieldPlan {

  private final Condition when;

  FieldPlan(Condition when) {
    this.when = when;
  }

  /** Applies the mapping if its condition holds. */
  final void apply(Scope scope, ObjectNode target, RowContext ctx) {
    if (when == null || when.test(scope)) {
      write(scope, target, ctx);
    }
  }

  abstract void write(Scope scope, ObjectNode target, RowContext ctx);
}
