package fi.polku.validation.rules;

import fi.polku.validation.api.IssueCode;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The business rules, loaded and compiled once: by default every {@code *.ttl} under {@value
 * #CLASSPATH_FOLDER} on the classpath. Also the catalogue of the rules' issue codes ({@link
 * #codes()}), {@code POLKU-VAL-0500}..{@code 0599}, category {@code rule}, for the error catalogue
 * to register. Immutable and thread-safe.
 */
public final class RuleSet {

  /** Where rule files are looked up on the classpath. */
  public static final String CLASSPATH_FOLDER = "polku/rules";

  /** First code number reserved for business rules ({@code POLKU-VAL-0500}). */
  public static final int FIRST_CODE = RuleLoader.FIRST_CODE;

  /** Last code number reserved for business rules ({@code POLKU-VAL-0599}). */
  public static final int LAST_CODE = RuleLoader.LAST_CODE;

  private final List<CompiledRule> rules;
  private final Map<String, List<CompiledRule>> byType;

  private RuleSet(List<CompiledRule> rules) {
    this.rules = List.copyOf(rules);
    Map<String, List<CompiledRule>> index = new LinkedHashMap<>();
    for (CompiledRule r : rules) {
      index.computeIfAbsent(r.rule().resourceType(), t -> new ArrayList<>()).add(r);
    }
    index.replaceAll((t, list) -> List.copyOf(list));
    this.byType = Collections.unmodifiableMap(index);
  }

  /**
   * The predicates the rules' queries can match, or {@code null} for any ({@link RulePredicates}).
   * Worked out on each call: the engine asks once.
   */
  Set<Node> predicates() {
    return RulePredicates.of(rules.stream().map(CompiledRule::query).toList());
  }

  /**
   * The rules on the classpath.
   *
   * @throws RuleDefinitionException when a rule file is broken, naming the file and rule
   */
  public static RuleSet fromClasspath() {
    ClassLoader loader = RuleSet.class.getClassLoader();
    return new RuleSet(RuleLoader.load(RuleSources.classpath(loader, CLASSPATH_FOLDER)));
  }

  /**
   * The rules of {@code files} (Turtle), e.g. for testing a rule set that is not on the classpath.
   *
   * @throws RuleDefinitionException when a rule file is broken, naming the file and rule
   */
  public static RuleSet of(List<URL> files) {
    List<RuleSources.Source> sources = new ArrayList<>();
    for (URL f : files) {
      String path = f.getPath();
      sources.add(new RuleSources.Source(path.substring(path.lastIndexOf('/') + 1), f));
    }
    return new RuleSet(RuleLoader.load(sources));
  }

  /** Every rule, ordered by file name and then by rule IRI. */
  public List<BusinessRule> rules() {
    return rules.stream().map(CompiledRule::rule).toList();
  }

  /**
   * The issue codes of every rule, in {@link #rules()} order: the rule part of the error catalogue.
   */
  public List<IssueCode> codes() {
    return rules.stream().map(r -> r.rule().code()).toList();
  }

  /** The rules for {@code resourceType} in effect on {@code day}. */
  List<CompiledRule> inEffect(String resourceType, LocalDate day) {
    List<CompiledRule> forType = byType.getOrDefault(resourceType, List.of());
    List<CompiledRule> active = new ArrayList<>(forType.size());
    for (CompiledRule r : forType) {
      if (r.rule().inEffectOn(day)) {
        active.add(r);
      }
    }
    return active;
  }
}
