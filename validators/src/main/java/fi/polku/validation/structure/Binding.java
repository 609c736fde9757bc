package fi.polku.validation.structure;

/**
 * A checked binding of a coded element.
 *
 * @param required true for required (violations are errors), false for extensible (warnings)
 * @param valueSet canonical URL of the value set, for messages
 * @param codes the value set expanded to codes
 */
record Binding(boolean required, String valueSet, CodeSet codes) {}
