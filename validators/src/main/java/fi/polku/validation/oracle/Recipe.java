package fi.polku.validation.oracle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One kind of fault (or, for a few recipes, a change that keeps the instance valid), injected into
 * a copy of a base instance.
 *
 * @param name the recipe's stable name, part of case ids ({@code Learner/x~name})
 * @param types the corpus types it applies to; empty for every type
 * @param fault what it does
 */
record Recipe(String name, Set<String> types, Fault fault) {

  /** Node factory keeping decimals exactly as written ({@code 2.50} stays {@code 2.50}). */
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  boolean appliesTo(String type) {
    return types.isEmpty() || types.contains(type);
  }

  /** Injects a fault; returns what was done (for reports), or null if the target has no place. */
  @FunctionalInterface
  interface Fault {
    String inject(Target target);
  }

  /** The instance a fault is injected into, with a seeded random source for choosing a place. */
  static final class Target {

    private final ModelFacts facts;
    private final String type;
    private final ObjectNode root;
    private final SplittableRandom random;

    Target(ModelFacts facts, String type, ObjectNode root, SplittableRandom random) {
      this.facts = facts;
      this.type = type;
      this.root = root;
      this.random = random;
    }

    ModelFacts facts() {
      return facts;
    }

    /** The corpus type (model resource or profile name). */
    String type() {
      return type;
    }

    /** The instance (a copy: change it freely). */
    ObjectNode root() {
      return root;
    }

    /** The sites of the instance matching {@code filter}, in document order. */
    List<Site> sites(Predicate<Site> filter) {
      return Site.all(facts, type, root).stream().filter(filter).toList();
    }

    /** One of {@code options}, chosen by the seed; null if there are none. */
    <T> T pick(List<T> options) {
      return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }
  }
}
