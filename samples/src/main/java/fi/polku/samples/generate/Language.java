package fi.polku.samples.generate;

/**
 * A mother tongue and how its speakers are generated.
 *
 * @param code the code in the national {@code kieli} list (upper case, e.g. {@code FI})
 * @param culture the naming tradition of its speakers
 * @param nationalities the nationalities (code list {@code maatjavaltiot2}) of its non-Finnish
 *     citizen speakers
 */
public record Language(String code, NameCulture culture, Weighted<String> nationalities) {}
