package fi.polku.validation.format;

/**
 * A format check for one kind of Finnish identifier or value, plugged into the structural engine. A
 * rule applies either to the {@code value} of every {@code Identifier} with a given {@link
 * #identifierSystem() system}, wherever that Identifier occurs (also inside references), or to one
 * {@link #element() element of a FHIR datatype} (e.g. {@code Address.postalCode}).
 *
 * <p>Adding an identifier system is one class: implement this interface with a public no-argument
 * constructor and list it in {@code META-INF/services/fi.polku.validation.format.FormatRule}. Its
 * issue codes belong in a {@link fi.polku.validation.catalogue.Catalogue}. Implementations must be
 * stateless and thread-safe, and their results must never quote the value (it may be personal
 * data).
 */
public interface FormatRule {

  /** A short stable name of the rule, used as the rule id. */
  default String id() {
    return "format:" + getClass().getSimpleName();
  }

  /** The Identifier.system whose values this rule checks, or null. */
  default String identifierSystem() {
    return null;
  }

  /** The datatype element this rule checks, as {@code Type.element}, or null. */
  default String element() {
    return null;
  }

  /**
   * Checks {@code value}.
   *
   * @param value the primitive value, never null or empty
   * @param context the value's surroundings
   * @return {@link FormatResult#ok()} or the fault
   */
  FormatResult check(String value, FormatContext context);
}
