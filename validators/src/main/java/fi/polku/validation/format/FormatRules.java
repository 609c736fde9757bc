package fi.polku.validation.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link FormatRule}s in force, indexed for the engine: by identifier system and by datatype
 * element. Immutable.
 */
public final class FormatRules {

  private final Map<String, List<FormatRule>> bySystem;
  private final Map<String, List<FormatRule>> byElement;

  private FormatRules(List<FormatRule> rules) {
    Map<String, List<FormatRule>> systems = new HashMap<>();
    Map<String, List<FormatRule>> elements = new HashMap<>();
    for (FormatRule rule : rules) {
      if (rule.identifierSystem() != null) {
        systems.computeIfAbsent(rule.identifierSystem(), k -> new ArrayList<>()).add(rule);
      }
      if (rule.element() != null) {
        elements.computeIfAbsent(rule.element(), k -> new ArrayList<>()).add(rule);
      }
    }
    systems.replaceAll((k, v) -> List.copyOf(v));
    elements.replaceAll((k, v) -> List.copyOf(v));
    this.bySystem = Map.copyOf(systems);
    this.byElement = Map.copyOf(elements);
  }

  /** Every rule registered with {@link ServiceLoader} (the built-in ones and any added). */
  public static FormatRules load() {
    List<FormatRule> rules = new ArrayList<>();
    ServiceLoader.load(FormatRule.class, FormatRules.class.getClassLoader()).forEach(rules::add);
    return new FormatRules(rules);
  }

  /** Exactly {@code rules}. */
  public static FormatRules of(List<FormatRule> rules) {
    return new FormatRules(List.copyOf(rules));
  }

  /** Rules for Identifier.value with {@code system}; empty if none. */
  public List<FormatRule> forSystem(String system) {
    return bySystem.getOrDefault(system, List.of());
  }

  /** Rules for the datatype element {@code typeDotElement}; empty if none. */
  public List<FormatRule> forElement(String typeDotElement) {
    return byElement.getOrDefault(typeDotElement, List.of());
  }
}
