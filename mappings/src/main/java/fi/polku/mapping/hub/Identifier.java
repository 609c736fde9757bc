package fi.polku.mapping.hub;

/**
 * An identifier to find resources by.
 *
 * @param system the identifier system
 * @param value the value
 */
public record Identifier(String system, String value) {}
