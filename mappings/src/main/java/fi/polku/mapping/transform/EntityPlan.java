package fi.polku.mapping.transform;

import fi.polku.mapping.codes.RowIssue;
import fi.polku.mapping.source.SourceRecord;
import fi.polku.mapping.spec.EntitySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled plan of one entity: turns each of its source records into resources. Thread-safe:
 * all per-record state lives in the {@link RowContext} and {@link Scope} of the call.
 */
public final class EntityPlan {

  private final EntitySpec spec;
  private final Template key;
  private final ResourcePlan[] resources;
  private final List<ResourcePlan> all;
  private final SourceCoverage coverage;
  private final String[] unusedColumns;
  private final int[] unusedOrdinals;

  EntityPlan(
      EntitySpec spec,
      Template key,
      List<ResourcePlan> resources,
      List<ResourcePlan> all,
      SourceCoverage coverage,
      List<String> unusedColumns) {
    this.spec = spec;
    this.key = key;
    this.resources = resources.toArray(new ResourcePlan[0]);
    this.all = List.copyOf(all);
    this.coverage = coverage;
    this.unusedColumns = unusedColumns.toArray(new String[0]);
    this.unusedOrdinals = unusedColumns.stream().mapToInt(spec.columns()::indexOf).toArray();
  }

  /** The entity as written in the spec (file, table, columns...). */
  public EntitySpec spec() {
    return spec;
  }

  /** The entity's name. */
  public String name() {
    return spec.name();
  }

  /**
   * The fields of {@code record} that hold a value but that the spec does not load: parts of a
   * document it does not read, columns of a file it does not list, and columns it lists but reads
   * nowhere.
   */
  public List<String> unread(SourceRecord record) {
    if (record.document() != null) {
      return List.copyOf(coverage.unread(record.document()));
    }
    if (unusedColumns.length == 0) {
      return record.unreadColumns();
    }
    List<String> out = new ArrayList<>(record.unreadColumns());
    for (int i = 0; i < unusedColumns.length; i++) {
      if (!Values.isEmpty(record.value(unusedOrdinals[i]))) {
        out.add(unusedColumns[i]);
      }
    }
    return out;
  }

  /** Every output resource plan of the entity, nested ones included, in dependency order. */
  public List<ResourcePlan> resourcePlans() {
    return all;
  }

  /** Transforms a record. Never throws for bad data: problems are in the output. */
  public RowOutput transform(SourceRecord record) {
    return transform(record, false);
  }

  /**
   * Transforms a record, optionally tracing which source field wrote which element (used to explain
   * a validator's finding in terms of the source).
   */
  public RowOutput transform(SourceRecord record, boolean tracing) {
    return transform(record, new RowContext(tracing));
  }

  RowOutput transform(SourceRecord record, RowContext ctx) {
    if (record.problem() != null) {
      return RowOutput.rejected(record, null, List.of(record.problem()));
    }
    Scope scope = Scope.of(record);
    String k = key == null ? null : key.evaluate(scope);
    RowOutput out = new RowOutput(record, k);
    for (ResourcePlan r : resources) {
      r.produce(scope, out, ctx);
    }
    if (ctx.failed()) {
      return RowOutput.rejected(record, k, ctx.issues());
    }
    return out;
  }

  /**
   * Finds the source column that wrote the element at {@code location} (a validator's FHIRPath such
   * as {@code Learner.identifier[1].value}) of resource number {@code index} of the record's
   * output, by transforming the record again with tracing.
   */
  public String columnOf(SourceRecord record, int index, String location) {
    RowContext ctx = new RowContext(true);
    RowOutput out = transform(record, ctx);
    if (index >= out.resources().size() || location == null) {
      return null;
    }
    return Traces.column(ctx, out.resources().get(index).json(), location);
  }

  /**
   * The conditional URLs of the resources a record with {@code key} would have produced under the
   * entity's own key (for telling later records that their reference was rejected).
   */
  public List<String> conditionsFor(String key) {
    List<String> out = new java.util.ArrayList<>();
    for (ResourcePlan r : resources) {
      if (r.sourceKeySystem() != null && r.usesEntityKey()) {
        out.add(StructuredConversions.condition(r.type(), r.sourceKeySystem(), key));
      }
    }
    return out;
  }

  static RowOutput reject(SourceRecord record, String key, RowIssue issue) {
    return RowOutput.rejected(record, key, List.of(issue));
  }
}
