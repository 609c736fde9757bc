package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.spec.ResourceSpec.Repeat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiled plan of one output resource: its identity (source key, match identifiers), its field
 * mappings and the resources built in its scope. Public accessors are what the loader needs to
 * order, de-duplicate and merge resources.
 */
public final class ResourcePlan {

  private final String name;
  private final String type;
  private final int slot;
  private final int order;
  private final String sourceKeySystem;
  private final Template key;
  private final List<String> matchSystems;
  private final Repeat repeat;
  private final Condition when;
  private final Accessor[] each;
  private final int slots;
  private boolean usesEntityKey;
  private FieldPlan[] fields = new FieldPlan[0];
  private ResourcePlan[] nested = new ResourcePlan[0];
  private CheckPlan[] checks = new CheckPlan[0];

  /** A check against reference data with compiled accessors. */
  record CheckPlan(String kind, Accessor unit, Accessor organisation) {}

  ResourcePlan(
      String name,
      String type,
      int slot,
      int order,
      String sourceKeySystem,
      Template key,
      List<String> matchSystems,
      Repeat repeat,
      Condition when,
      Accessor[] each,
      int slots) {
    this.name = name;
    this.type = type;
    this.slot = slot;
    this.order = order;
    this.sourceKeySystem = sourceKeySystem;
    this.key = key;
    this.matchSystems = List.copyOf(matchSystems);
    this.repeat = repeat;
    this.when = when;
    this.each = each;
    this.slots = slots;
  }

  void entityKey(boolean uses) {
    this.usesEntityKey = uses;
  }

  void complete(List<FieldPlan> fields, List<ResourcePlan> nested, List<CheckPlan> checks) {
    this.fields = fields.toArray(new FieldPlan[0]);
    this.nested = nested.toArray(new ResourcePlan[0]);
    this.checks = checks.toArray(new CheckPlan[0]);
  }

  /** The output's name in the spec. */
  public String name() {
    return name;
  }

  /** The FHIR resource type. */
  public String type() {
    return type;
  }

  /** Position in the spec's dependency order (lower is written first). */
  public int order() {
    return order;
  }

  /** The source key system, or null if the resource has no source key. */
  public String sourceKeySystem() {
    return sourceKeySystem;
  }

  /** Identifier systems an existing resource is found by, in order of preference. */
  public List<String> matchSystems() {
    return matchSystems;
  }

  /** What several records producing this resource means. */
  public Repeat repeat() {
    return repeat;
  }

  /** Whether the source key is the entity's key (the resource is built once per record). */
  boolean usesEntityKey() {
    return each == null && usesEntityKey;
  }

  /** Whether an existing resource is found by a national identifier and merged with. */
  public boolean mergesWithExisting() {
    for (String s : matchSystems) {
      if (!s.equals(sourceKeySystem)) {
        return true;
      }
    }
    return false;
  }

  void produce(Scope scope, RowOutput out, RowContext ctx) {
    if (each == null) {
      one(scope, out, ctx);
      return;
    }
    int i = 0;
    for (Accessor a : each) {
      Object v = a.get(scope);
      if (!(v instanceof JsonNode n)) {
        continue;
      }
      if (n.isArray()) {
        for (JsonNode e : n) {
          one(scope.child(e, i++), out, ctx);
        }
      } else if (n.isObject()) {
        one(scope.child(n, i++), out, ctx);
      }
    }
  }

  /** Builds one resource; the condition is tested in its own scope (an element of {@code each}). */
  private void one(Scope scope, RowOutput out, RowContext ctx) {
    if (when != null && !when.test(scope)) {
      return;
    }
    ObjectNode res = Shapes.NODES.objectNode();
    res.put("resourceType", type);
    String k = key == null ? null : key.evaluate(scope);
    if (sourceKeySystem != null) {
      if (k == null) {
        ctx.fail(MappingCodes.EMPTY_KEY, null, Map.of("what", name));
        return;
      }
      res.putArray("identifier")
          .add(StructuredConversions.identifier(sourceKeySystem, "secondary", "source-key", k));
    }
    int mark = ctx.referenceMark();
    for (FieldPlan f : fields) {
      f.apply(scope, res, ctx);
    }
    List<ProducedResource.Ref> refs = ctx.takeReferences(mark);
    List<ProducedResource.IdentifierKey> matchIds = matchIds(res);
    if (matchIds.isEmpty()) {
      ctx.fail(
          MappingCodes.NO_MATCH_IDENTIFIER,
          null,
          Map.of("resource", name, "systems", String.join(", ", matchSystems)));
      return;
    }
    ProducedResource.IdentifierKey first = matchIds.get(0);
    String condition =
        StructuredConversions.condition(type, first.system(), first.value())
            .substring(type.length() + 1);
    scope.produced(slot, k, type + "?" + condition, slots);
    out.add(new ProducedResource(this, k, condition, res, refs, matchIds));
    for (CheckPlan c : checks) {
      String unit = Values.text(c.unit().get(scope));
      String org = Values.text(c.organisation().get(scope));
      if (unit != null && org != null) {
        out.addCheck(new RowOutput.PendingCheck(c.kind(), unit, org, c.unit().name()));
      }
    }
    for (ResourcePlan n : nested) {
      n.produce(scope, out, ctx);
    }
  }

  /** The resource's identifiers in the match systems, in their order of preference. */
  private List<ProducedResource.IdentifierKey> matchIds(ObjectNode res) {
    List<ProducedResource.IdentifierKey> out = new ArrayList<>(2);
    JsonNode ids = res.get("identifier");
    if (ids == null) {
      return out;
    }
    for (String system : matchSystems) {
      for (JsonNode id : ids) {
        if (system.equals(id.path("system").asText()) && id.hasNonNull("value")) {
          out.add(new ProducedResource.IdentifierKey(system, id.get("value").asText()));
          break;
        }
      }
    }
    return out;
  }
}
