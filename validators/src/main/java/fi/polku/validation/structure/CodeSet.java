package fi.polku.validation.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A value set expanded to codes at start-up. Code systems whose codes Polku does not carry (content
 * {@code not-present}, grammar-based systems such as BCP 47, unsupported filters) are kept as
 * "open": any code of them is accepted, because it cannot be checked.
 */
final class CodeSet {

  /** Whether a code is in the set. */
  enum Membership {
    IN,
    OUT,
    UNKNOWN
  }

  private final Map<String, Set<String>> codes;
  private final Set<String> open;

  CodeSet(Map<String, Set<String>> codes, Set<String> open) {
    Map<String, Set<String>> copy = new HashMap<>();
    codes.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    this.codes = Map.copyOf(copy);
    this.open = Set.copyOf(open);
  }

  /** A set about which nothing can be said. */
  static CodeSet unknown(String system) {
    return new CodeSet(Map.of(), Set.of(system == null ? "" : system));
  }

  /** True if no code of this set can be checked. */
  boolean uncheckable() {
    return codes.isEmpty();
  }

  /** Membership of {@code system|code}. */
  Membership contains(String system, String code) {
    if (system == null) {
      return containsCode(code);
    }
    Set<String> set = codes.get(system);
    if (set != null && set.contains(code)) {
      return Membership.IN;
    }
    return open.contains(system) || open.contains("") ? Membership.UNKNOWN : Membership.OUT;
  }

  /** Membership of a bare {@code code} (a FHIR {@code code} element, system implied). */
  Membership containsCode(String code) {
    for (Set<String> set : codes.values()) {
      if (set.contains(code)) {
        return Membership.IN;
      }
    }
    return open.isEmpty() ? Membership.OUT : Membership.UNKNOWN;
  }

  /** True if {@code system} is one of this set's code systems. */
  boolean hasSystem(String system) {
    return codes.containsKey(system) || open.contains(system);
  }

  /** The only code system of this set, or null if it has several or none. */
  String singleSystem() {
    Set<String> all = new HashSet<>(codes.keySet());
    all.addAll(open);
    all.remove("");
    return all.size() == 1 ? all.iterator().next() : null;
  }

  /** This set without {@code excluded} codes of {@code system}. */
  CodeSet without(String system, Set<String> excluded) {
    Set<String> set = codes.get(system);
    if (set == null) {
      return this;
    }
    Map<String, Set<String>> copy = new HashMap<>(codes);
    Set<String> rest = new HashSet<>(set);
    rest.removeAll(excluded);
    copy.put(system, rest);
    return new CodeSet(copy, open);
  }

  /** Union of two sets. */
  CodeSet union(CodeSet other) {
    Map<String, Set<String>> merged = new HashMap<>();
    codes.forEach((k, v) -> merged.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    other.codes.forEach((k, v) -> merged.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    Set<String> openAll = new HashSet<>(open);
    openAll.addAll(other.open);
    return new CodeSet(merged, openAll);
  }
}
