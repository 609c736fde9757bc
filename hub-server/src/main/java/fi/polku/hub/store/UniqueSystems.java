package fi.polku.hub.store;

import java.util.List;

/**
 * The identifier systems whose values must be unique per resource type. An entry ending in {@code
 * /} is a prefix (all source-key systems are under {@code https://polku.fi/fhir/source/}).
 */
public final class UniqueSystems {

  private final List<String> exact;
  private final List<String> prefixes;

  /** The systems {@code systems} (exact, or prefixes when ending in {@code /}). */
  public UniqueSystems(List<String> systems) {
    this.exact = systems.stream().filter(s -> !s.endsWith("/")).toList();
    this.prefixes = systems.stream().filter(s -> s.endsWith("/")).toList();
  }

  /** Whether values of {@code system} are unique per resource type. */
  public boolean isUnique(String system) {
    if (exact.contains(system)) {
      return true;
    }
    for (String p : prefixes) {
      if (system.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
