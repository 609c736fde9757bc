package fi.polku.mapping.transform;

/**
 * Converts one non-empty raw source value into a typed value ({@link String}, {@link Coded}, {@link
 * java.time.LocalDate}, {@link Boolean}, {@link java.math.BigDecimal}, {@link Localized} or a ready
 * JSON structure). A value that cannot be converted is reported to the context and null is
 * returned. Implementations are immutable and built once per field.
 */
interface Conversion {

  Object convert(Object raw, FieldInfo field, RowContext ctx);
}
