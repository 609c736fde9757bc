package fi.polku.mapping.transform;

import java.util.Map;

/**
 * A text in several languages: the value of a FHIR string element plus its other language versions,
 * written as the standard {@code translation} extension of the element.
 *
 * @param text the element's value (Finnish when there is one)
 * @param translations other languages ({@code sv}, {@code en}) to their texts
 */
public record Localized(String text, Map<String, String> translations) {}
