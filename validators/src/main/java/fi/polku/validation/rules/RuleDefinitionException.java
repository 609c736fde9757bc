package fi.polku.validation.rules;

/**
 * A rule file that cannot be used: unreadable Turtle, a missing or malformed annotation, a SPARQL
 * query that does not parse, a duplicate code. Thrown once at start-up, naming the file and the
 * rule, so that a broken rule set never validates anything.
 */
public final class RuleDefinitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  RuleDefinitionException(String source, String rule, String problem) {
    super(source + (rule != null ? ": rule " + rule : "") + ": " + problem);
  }

  RuleDefinitionException(String source, String rule, String problem, Throwable cause) {
    super(source + (rule != null ? ": rule " + rule : "") + ": " + problem, cause);
  }
}
