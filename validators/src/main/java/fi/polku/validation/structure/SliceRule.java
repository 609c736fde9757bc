package fi.polku.validation.structure;

/**
 * An extension slice of a profile: extensions with {@code url} are validated with {@code rules} and
 * counted against {@code min..max}.
 */
record SliceRule(String name, String url, int min, int max, StructureRules rules) {}
