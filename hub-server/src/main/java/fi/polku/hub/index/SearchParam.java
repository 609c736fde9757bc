package fi.polku.hub.index;

import java.util.List;
import java.util.Set;

/**
 * A search parameter of one resource type, compiled: its FHIRPath is compiled once at start-up and
 * evaluated on each resource indexed.
 *
 * @param resourceType the type the parameter applies to
 * @param code the parameter name used in URLs
 * @param type the parameter type
 * @param expression the FHIRPath as declared (documentation, fingerprint)
 * @param compiled the compiled FHIRPath, relative to the resource; null for parameters the index
 *     fills from columns ({@code _id}, {@code _lastUpdated})
 * @param targets resource types a reference parameter may point to; empty when any
 * @param url canonical URL of the SearchParameter
 * @param description what the parameter searches
 */
public record SearchParam(
    String resourceType,
    String code,
    ParamType type,
    String expression,
    CompiledPath compiled,
    Set<String> targets,
    String url,
    String description) {

  /** Whether the parameter's values come from the stored row rather than the content. */
  public boolean fromColumns() {
    return compiled == null;
  }

  /** Reference targets in a stable order. */
  public List<String> sortedTargets() {
    return targets.stream().sorted().toList();
  }
}
