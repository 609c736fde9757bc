package fi.polku.validation.rules;

import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.algebra.Op;

/**
 * A rule with its SPARQL query compiled and optimised once at load time.
 *
 * @param rule the declaration
 * @param query the optimised algebra of the {@code sh:select} query, {@code $this} still free
 * @param parameters the variables the message template uses, in first-use order
 * @param unguarded where the query hands a variable it may leave unbound to a rule function without
 *     testing BOUND ({@link UnguardedVariables}): logged at load, empty in a rule written well
 */
record CompiledRule(BusinessRule rule, Op query, List<String> parameters, Set<String> unguarded) {}
