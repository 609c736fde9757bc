package fi.polku.mapping.transform;

import java.util.Map;

/**
 * A text in several languages: the value of a FHIR string element plus its other language versions,
 * written as the standard {@code translation} extension of the element.
 *
 * @param text the element's value (Finnish when there is one)
 * @param language the language of {@code text} when it is not Finnish ({@code sv}, {@code en}),
 *     else null; written as the standard {@code language} extension of the element so that an
 *     export can give the text back in its own language
 * @param translations other languages ({@code sv}, {@code en}) to their texts
 */
public record Localized(String text, String language, Map<String, String> translations) {}
