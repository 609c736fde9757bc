package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.MappingCodes;
import java.util.Map;

/**
 * A reference to another resource, as a conditional reference the hub resolves inside the
 * transaction: by a national identifier ({@code Organization?identifier=urn:oid:...|<oid>}), by the
 * source key of another resource of the spec ({@code Learner?identifier=<source key
 * system>|<key>}), or to a resource produced earlier from the same record (the study right of an
 * attainment).
 */
final class ReferenceField extends FieldPlan {

  /** How the referenced resource is identified. */
  interface Target {
    /** The condition, or null if the record has no value for it. */
    String condition(Scope scope);

    /** The referenced record as shown in messages ({@code pupil 100045}). */
    String describe(Scope scope);
  }

  private final Target target;
  private final FieldInfo info;
  private final boolean required;
  private final TargetPath path;

  ReferenceField(Condition when, Target target, FieldInfo info, boolean required, TargetPath path) {
    super(when);
    this.target = target;
    this.info = info;
    this.required = required;
    this.path = path;
  }

  @Override
  void write(Scope scope, ObjectNode out, RowContext ctx) {
    String condition = target.condition(scope);
    if (condition == null) {
      if (required) {
        ctx.fail(
            MappingCodes.REQUIRED_VALUE_MISSING, info.column(), Map.of("column", info.column()));
      }
      return;
    }
    ctx.reference(new ProducedResource.Ref(condition, info.column(), target.describe(scope)));
    ctx.trace(path.write(out, StructuredConversions.reference(condition), null), info.column());
  }

  /** By identifier: {@code type?identifier=system|value}, the value read from the source. */
  static Target byIdentifier(String type, String system, Accessor value, String label) {
    return new Target() {
      @Override
      public String condition(Scope scope) {
        String v = Values.text(value.get(scope));
        return v == null ? null : StructuredConversions.condition(type, system, v.trim());
      }

      @Override
      public String describe(Scope scope) {
        return label + " " + Values.text(value.get(scope));
      }
    };
  }

  /** By the source key of another resource of the spec, built with {@code key}. */
  static Target bySourceKey(String type, String system, Template key, String label) {
    return new Target() {
      @Override
      public String condition(Scope scope) {
        String k = key.evaluate(scope);
        return k == null ? null : StructuredConversions.condition(type, system, k);
      }

      @Override
      public String describe(Scope scope) {
        return label + " " + key.evaluate(scope);
      }
    };
  }

  /** The resource in {@code slot} produced earlier from the same record. */
  static Target produced(int slot, String label) {
    return new Target() {
      @Override
      public String condition(Scope scope) {
        return scope.producedCondition(slot);
      }

      @Override
      public String describe(Scope scope) {
        String k = scope.producedKey(slot);
        return k == null ? label : label + " " + k;
      }
    };
  }
}
