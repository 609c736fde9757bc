package fi.polku.model.compiler.ir;

/**
 * A terminology binding of a coded element.
 *
 * @param strength how strongly the value set applies
 * @param valueSet canonical URL of the value set
 * @param description optional fi/sv/en description of the binding
 */
public record Binding(BindingStrength strength, String valueSet, LocalizedText description) {}
