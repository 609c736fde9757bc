package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A resource built from a source record, ready for validation and submission.
 *
 * @param plan the plan that built it (type, name, repeat policy)
 * @param key its source key value, or null if it has none
 * @param condition the upsert condition ({@code identifier=<system>|<value>}, URL-encoded) by which
 *     the hub finds an existing version
 * @param json the resource
 * @param references the references it makes, for explaining unresolvable ones
 * @param matchIds identifiers it is matched by, in order of preference (source key included)
 */
public record ProducedResource(
    ResourcePlan plan,
    String key,
    String condition,
    ObjectNode json,
    List<Ref> references,
    List<IdentifierKey> matchIds) {

  /** The resource type. */
  public String type() {
    return plan.type();
  }

  /** The full conditional URL ({@code Learner?identifier=...}). */
  public String conditionalUrl() {
    return plan.type() + "?" + condition;
  }

  /**
   * A reference made by the resource.
   *
   * @param condition the conditional reference ({@code Learner?identifier=...})
   * @param column the source field it came from
   * @param target the referenced record as shown in messages
   */
  public record Ref(String condition, String column, String target) {}

  /**
   * An identifier.
   *
   * @param system its system
   * @param value its value
   */
  public record IdentifierKey(String system, String value) {}
}
