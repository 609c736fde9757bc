package fi.polku.model.compiler.ir;

/**
 * A FHIRPath invariant on a resource or element.
 *
 * @param key stable key, e.g. {@code lrn-1}
 * @param severity error or warning
 * @param expression FHIRPath, evaluated with the element as context
 * @param human what the rule means, in fi/sv/en
 * @param source where it was declared
 */
public record Invariant(
    String key, Severity severity, String expression, LocalizedText human, SourceLocation source) {}
