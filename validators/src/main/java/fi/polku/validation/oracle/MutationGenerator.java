package fi.polku.validation.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Derives faulty instances from the base instances, one fault each. Every base gets {@link
 * #RECIPES_PER_BASE} recipes, chosen by a seed from its own id (so adding a base changes no other
 * case), and every recipe that applies anywhere is used at least once. The place of a fault within
 * an instance is also chosen by a seed from the case id: the same corpus comes out on every run.
 */
public final class MutationGenerator {

  /** The seed of every choice. Changing it changes the generated corpus. */
  public static final long SEED = 20_251_128L;

  /** How many recipes each base instance gets. */
  public static final int RECIPES_PER_BASE = 5;

  /** Each recipe gets at least this many cases (if it applies to that many bases). */
  public static final int MIN_CASES_PER_RECIPE = 3;

  private final ModelFacts facts;
  private final List<Recipe> recipes;
  private final ObjectMapper json =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(Recipe.NODES);

  /** A generator over the model package on the class path. */
  public MutationGenerator() {
    this.facts = ModelFacts.load();
    this.recipes =
        Stream.concat(GenericRecipes.all().stream(), ModelRecipes.all().stream()).toList();
  }

  /** The names of all recipes. */
  public List<String> recipeNames() {
    return recipes.stream().map(Recipe::name).toList();
  }

  /** The generated cases for {@code bases}, in a stable order. */
  public List<OracleCase> generate(List<OracleCase> bases) {
    List<OracleCase> out = new ArrayList<>();
    Map<String, Set<String>> used = new HashMap<>();
    for (OracleCase base : bases) {
      int made = 0;
      for (Recipe r : shuffled(recipes, base.id())) {
        if (made == RECIPES_PER_BASE) {
          break;
        }
        OracleCase c = apply(base, r);
        if (c != null) {
          out.add(c);
          used.computeIfAbsent(r.name(), k -> new HashSet<>()).add(base.id());
          made++;
        }
      }
    }
    // Recipes with few applicable bases rarely come up in a shuffle: top each one up.
    for (Recipe r : recipes) {
      Set<String> done = used.computeIfAbsent(r.name(), k -> new HashSet<>());
      for (OracleCase base : shuffled(bases, r.name())) {
        if (done.size() >= MIN_CASES_PER_RECIPE) {
          break;
        }
        OracleCase c = done.contains(base.id()) ? null : apply(base, r);
        if (c != null) {
          out.add(c);
          done.add(base.id());
        }
      }
    }
    return out;
  }

  /** {@code items} in an order seeded by {@code key} (a Fisher-Yates shuffle). */
  private static <T> List<T> shuffled(List<T> items, String key) {
    List<T> order = new ArrayList<>(items);
    SplittableRandom random = new SplittableRandom(SEED ^ key.hashCode());
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T tmp = order.get(i);
      order.set(i, order.get(j));
      order.set(j, tmp);
    }
    return order;
  }

  private OracleCase apply(OracleCase base, Recipe recipe) {
    if (!recipe.appliesTo(base.type())) {
      return null;
    }
    String id = base.id() + "~" + recipe.name();
    ObjectNode root;
    try {
      root = (ObjectNode) json.readTree(base.json());
    } catch (IOException e) {
      throw new UncheckedIOException("Base instance " + base.id() + " is not JSON", e);
    }
    Recipe.Target target =
        new Recipe.Target(
            facts, base.type(), root, new SplittableRandom(SEED * 31 + id.hashCode()));
    String description = recipe.fault().inject(target);
    if (description == null) {
      return null;
    }
    try {
      return new OracleCase(
          id,
          base.type(),
          OracleCase.Kind.GENERATED,
          recipe.name(),
          description,
          json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
